import type { Words } from "./sv";

export const en: Words = {
  "start.title": "Start",
  "start.counsellor.title": "My clients",
  "start.coordinator.title": "Provider register",
  "start.supervisor.title": "The unit's cases",
  "start.admin.title": "Administration",
  "start.admin.intro": "Every read or change of a client's data is logged and cannot be edited afterwards.",
  "start.admin.auditLink": "Review the log",
  "start.provider_admin.title": "The provider's cases",
  "start.provider_staff.title": "My assignments",
  "start.provider_staff.queueLink": "See the queue of clients waiting to be claimed",
  "start.none.empty": "Your account has no role yet. Contact a system specialist.",
};
