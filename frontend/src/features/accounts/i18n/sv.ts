import type { WordsOf } from "@/shared/i18n/words";

/** Swedish words of the accounts feature: the source of its message keys. */
export const sv = {
  "standIns.title": "Ställföreträdare",
  "standIns.intro":
    "En ställföreträdare ser och arbetar med en kollegas klienter under en period, båda dagarna inräknade.",
  "standIns.caption": "Ställföreträdare",
  "standIns.counsellor": "Karriärvägledare",
  "standIns.standIn": "Ställföreträdare",
  "standIns.from": "Från",
  "standIns.to": "Till",
  "standIns.delete": "Ta bort",
  "standIns.deleteFor": "Ta bort {standIn} som ställföreträdare för {counsellor}",
  "standIns.deleted": "{standIn} är inte längre ställföreträdare för {counsellor}.",
  "standIns.empty": "Det finns inga ställföreträdare.",
  "standIns.newTitle": "Ny ställföreträdare",
  "standIns.samePerson": "Välj en annan karriärvägledare än den som ska ersättas.",
  "standIns.endBeforeStart": "Slutdatum kan inte ligga före startdatum.",
  "standIns.submit": "Lägg till",
  "standIns.created": "{standIn} är ställföreträdare för {counsellor}.",
} satisfies Record<string, string>;

/** The English words must have exactly these keys: a missing or extra one is a type error. */
export type Words = WordsOf<typeof sv>;

declare module "@/shared/i18n/words" {
  interface MessageKeys extends Words {}
}
