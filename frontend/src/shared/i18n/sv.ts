import type { WordsOf } from "@/shared/i18n/words";

/** Swedish words of every page, the public comparison too: the source of its message keys. */
export const sv = {
  "app.skipToContent": "Hoppa till innehållet",
  "app.loading": "Laddar…",
  "app.error": "Något gick fel. Försök igen om en stund.",

  "language.switchTo": "English",

  "form.choose": "Välj …",
  "form.chooseOne": "Välj ett alternativ.",
  "form.required": "Fyll i fältet.",
  "form.optional": "Frivilligt.",
  "form.checkField": "Kontrollera uppgiften.",
  "form.fixMarked": "Rätta de markerade fälten.",
  "form.cancel": "Avbryt",
  "form.yes": "Ja",
  "form.no": "Nej",

  "notFound.title": "Sidan finns inte",
  "notFound.text": "Sidan du söker finns inte eller har flyttats.",
} satisfies Record<string, string>;

/** The English words must have exactly these keys: a missing or extra one is a type error. */
export type Words = WordsOf<typeof sv>;

declare module "@/shared/i18n/words" {
  interface MessageKeys extends Words {}
}
