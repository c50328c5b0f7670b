import type { WordsOf } from "@/shared/i18n/words";

/** Swedish words of the calendar feature: the source of its message keys. */
export const sv = {
  "calendar.title": "Kalender",
  "calendar.intro":
    "Alla regler som räknar arbetsdagar hoppar över helger, helgdagar och de lediga dagar kommunen lägger till här, t.ex. en klämdag.",
  "calendar.newTitle": "Lägg till ledig dag",
  "calendar.yearTitle": "Lediga dagar {year}",
  "calendar.previousYear": "Föregående år ({year})",
  "calendar.nextYear": "Nästa år ({year})",
  "calendar.caption": "Helgdagar och kommunens lediga dagar {year}",
  "calendar.day": "Datum",
  "calendar.dayHelp": "En vardag som inte redan är en helgdag.",
  "calendar.weekday": "Veckodag",
  "calendar.name": "Helgdag eller orsak",
  "calendar.source": "Typ",
  "calendar.actions": "Åtgärder",
  "calendar.holiday": "Helgdag",
  "calendar.municipal": "Kommunens lediga dag",
  "calendar.addedBy": "Tillagd av {name}",
  "calendar.remove": "Ta bort",
  "calendar.removeDay": "Ta bort den lediga dagen {day} ({reason})",
  "calendar.removed": "{day} ({reason}) är en arbetsdag igen.",
  "calendar.reason": "Orsak",
  "calendar.reasonHelp": "T.ex. ”klämdag”, högst {max} tecken.",
  "calendar.reasonRequired": "Skriv en orsak, t.ex. ”klämdag”.",
  "calendar.reasonTooLong": "Orsaken får vara högst {max} tecken.",
  "calendar.submit": "Lägg till",
  "calendar.added": "{day} ({reason}) är nu en ledig dag.",
} satisfies Record<string, string>;

/** The English words must have exactly these keys: a missing or extra one is a type error. */
export type Words = WordsOf<typeof sv>;

declare module "@/shared/i18n/words" {
  interface MessageKeys extends Words {}
}
