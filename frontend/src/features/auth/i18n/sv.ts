import type { WordsOf } from "@/shared/i18n/words";

/** Swedish words of the auth feature: the source of its message keys. */
export const sv = {
  "forbidden.title": "Ingen behörighet",
  "forbidden.text": "Din roll ger inte tillgång till den här sidan. Välj en sida i menyn.",

  "login.title": "Logga in",
  "login.intro": "Logga in med ditt användarnamn och lösenord.",
  "login.username": "Användarnamn",
  "login.password": "Lösenord",
  "login.submit": "Logga in",
  "login.submitting": "Loggar in…",
  "login.missing": "Fyll i både användarnamn och lösenord.",
} satisfies Record<string, string>;

/** The English words must have exactly these keys: a missing or extra one is a type error. */
export type Words = WordsOf<typeof sv>;

declare module "@/shared/i18n/words" {
  interface MessageKeys extends Words {}
}
