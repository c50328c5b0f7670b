import type { Words } from "./sv";

/** English words of the notification settings. */
export const en: Words = {
  "notifications.title": "Settings",
  "notifications.link": "Settings",
  "notifications.intro":
    "Choose which e-mails you want. A mail only says that something has happened and links here, without names or personal numbers.",
  "notifications.email": "Your mails go to {email}.",
  "notifications.noEmail": "Your account has no e-mail address, so you get no mail. Ask an administrator to add one.",
  "notifications.sharedMailbox": "Your shared mailbox always gets a mail when a new client is queued with you.",
  "notifications.group.documents_to_review": "Documents to review",
  "notifications.group.documents_returned": "Returned documents",
  "notifications.group.conversation": "Messages on cases",
  "notifications.group.case_events": "Events on cases",
  "notifications.group.late": "Late",
  "notifications.describe.documents_to_review": "A plan or report has been handed in to you.",
  "notifications.describe.documents_returned": "A document has been sent back to be corrected.",
  "notifications.describe.conversation": "Someone has written in a case's conversation.",
  "notifications.describe.case_events": "Claims, publications, endings, approvals and other events.",
  "notifications.describe.late": "What is late for you, counted per rule.",
  "notifications.delivery.immediately": "At once",
  "notifications.delivery.digest": "In the daily summary",
  "notifications.delivery.off": "Not at all",
  "notifications.default": "(default)",
  "notifications.save": "Save",
  "notifications.saved": "Your choices are saved.",
};
