import type { WordsOf } from "@/shared/i18n/words";

/** Swedish words of the notification settings: the source of their message keys. */
export const sv = {
  "notifications.title": "Inställningar",
  "notifications.link": "Inställningar",
  "notifications.intro":
    "Välj vilka e-postmeddelanden du vill få. Breven säger bara att något har hänt och länkar hit, utan namn eller personnummer.",
  "notifications.email": "Breven går till {email}.",
  "notifications.noEmail": "Ditt konto har ingen e-postadress, så du får inga brev. Be en administratör lägga till en.",
  "notifications.sharedMailbox": "Er gemensamma brevlåda får alltid ett brev när en ny kund ställs i kö hos er.",
  "notifications.group.documents_to_review": "Dokument att granska",
  "notifications.group.documents_returned": "Återremitterade dokument",
  "notifications.group.conversation": "Meddelanden i ärenden",
  "notifications.group.case_events": "Händelser i ärenden",
  "notifications.group.late": "Försenat",
  "notifications.describe.documents_to_review": "En plan eller rapport har lämnats in till dig.",
  "notifications.describe.documents_returned": "Ett dokument har skickats tillbaka för att rättas.",
  "notifications.describe.conversation": "Någon har skrivit i ett ärendes samtal.",
  "notifications.describe.case_events": "Bemanning, publicering, avslut, godkännanden och andra händelser.",
  "notifications.describe.late": "Det som är försenat för dig, räknat per regel.",
  "notifications.delivery.immediately": "Direkt",
  "notifications.delivery.digest": "I dagens sammanfattning",
  "notifications.delivery.off": "Inte alls",
  "notifications.default": "(förval)",
  "notifications.save": "Spara",
  "notifications.saved": "Dina val är sparade.",
} satisfies Record<string, string>;

/** The English words must have exactly these keys: a missing or extra one is a type error. */
export type Words = WordsOf<typeof sv>;

declare module "@/shared/i18n/words" {
  interface MessageKeys extends Words {}
}
