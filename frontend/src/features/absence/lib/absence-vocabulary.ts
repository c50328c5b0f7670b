import type { MessageKey } from "@/shared/i18n/words";
import type { AbsenceType, CertificateKind, InvalidGround } from "../api/get-absences";

// Records rather than lists so that TypeScript insists on every value of the schema, and no other.

/** The absence types of routine 002 §3.6 with their labels. */
export const ABSENCE_TYPE_LABELS: Record<AbsenceType, MessageKey> = {
  sick: "absence.type.sick",
  child_care: "absence.type.child_care",
  other_actor: "absence.type.other_actor",
  invalid: "absence.type.invalid",
  holiday_leave: "absence.type.holiday_leave",
  other: "absence.type.other",
};
export const ABSENCE_TYPES = Object.keys(ABSENCE_TYPE_LABELS) as AbsenceType[];

/** The certificate a long sick or child-care spell needs. */
export const CERTIFICATE_LABELS: Partial<Record<CertificateKind, MessageKey>> = {
  medical_certificate: "documents.kind.medical_certificate",
  child_care_certificate: "documents.kind.child_care_certificate",
};

/** The grounds of invalid absence (routine 002 §3.6.4). */
export const INVALID_GROUND_LABELS: Record<InvalidGround, MessageKey> = {
  unreachable: "absence.ground.unreachable",
  no_show: "absence.ground.no_show",
  unacceptable_reason: "absence.ground.unacceptable_reason",
};
export const INVALID_GROUNDS = Object.keys(INVALID_GROUND_LABELS) as InvalidGround[];
