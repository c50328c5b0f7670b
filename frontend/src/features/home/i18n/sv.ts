import type { WordsOf } from "@/shared/i18n/words";

/** Swedish words of the home feature: the source of its message keys. */
export const sv = {
  "start.title": "Start",
  "start.counsellor.title": "Mina klienter",
  "start.coordinator.title": "Anordnarregistret",
  "start.supervisor.title": "Enhetens ärenden",
  "start.admin.title": "Administration",
  "start.admin.intro": "Varje läsning och ändring av en klients uppgifter loggas och kan inte ändras i efterhand.",
  "start.admin.auditLink": "Granska loggen",
  "start.provider_admin.title": "Anordnarens ärenden",
  "start.provider_staff.title": "Mina uppdrag",
  "start.provider_staff.queueLink": "Se kön med klienter som väntar på att bemannas",
  "start.none.empty": "Ditt konto har ingen roll ännu. Kontakta en systemspecialist.",
} satisfies Record<string, string>;

/** The English words must have exactly these keys: a missing or extra one is a type error. */
export type Words = WordsOf<typeof sv>;

declare module "@/shared/i18n/words" {
  interface MessageKeys extends Words {}
}
