import type { WordsOf } from "@/shared/i18n/words";

/** Swedish words of the interventions feature: the source of its message keys. */
export const sv = {
  "interventions.title": "Insatser och ersättningar",
  "interventions.caption": "Insatstyper med gällande ersättning per deltagare",
  "interventions.name": "Insats",
  "interventions.monthlyRate": "Ersättning per månad",
  "interventions.dailyRate": "Ersättning per dag",
  "interventions.validFrom": "Gäller från",
  "interventions.noRate": "Ingen gällande ersättning",
  "interventions.empty": "Det finns inga insatstyper.",
} satisfies Record<string, string>;

/** The English words must have exactly these keys: a missing or extra one is a type error. */
export type Words = WordsOf<typeof sv>;

declare module "@/shared/i18n/words" {
  interface MessageKeys extends Words {}
}
