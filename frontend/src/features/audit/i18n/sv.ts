import type { WordsOf } from "@/shared/i18n/words";

/** Swedish words of the audit feature: the source of its message keys. */
export const sv = {
  "audit.title": "Logg",
  "audit.filters": "Filtrera loggen",
  "audit.from": "Från",
  "audit.to": "Till",
  "audit.apply": "Filtrera",
  "audit.clear": "Rensa",
  "audit.caption": "Loggade händelser, senaste först",
  "audit.count": "{total|# händelse|# händelser}",
  "audit.at": "Tid",
  "audit.user": "Användare",
  "audit.roles": "Roller",
  "audit.action": "Händelse",
  "audit.detail": "Detalj",
  "audit.empty": "Inga händelser matchar filtret.",
  "audit.person": "Person",
  "audit.everyone": "Alla personer",
  "audit.allEvents": "Alla händelser",
  "audit.client": "Klient",
  "audit.listed": "i en lista med {count|# klient|# klienter}",
  "audit.export": "Exportera CSV",
  "audit.captionClient": "Loggade händelser om {client}, senaste först",
  "audit.clientHeading": "Vem har läst klienten?",
  "audit.clientSearch": "Klient",
  "audit.clientSearchHelp": "Namn, personnummer (ÅÅÅÅMMDD-NNNN) eller referens (K-…)",
  "audit.clientSearchMissing": "Skriv ett namn, ett personnummer eller en referens.",
  "audit.clientFind": "Sök klient",
  "audit.clientNone": "Ingen klient hittades. Kontrollera stavningen, eller sök på personnummer eller referens.",
  "audit.clientMatches": "Klienter som matchar",
  "audit.clientChoose": "Visa {client}",
  "audit.clientChosen": "Visar händelser om {client}.",
  "audit.clientClear": "Visa alla klienter",
} satisfies Record<string, string>;

/** The English words must have exactly these keys: a missing or extra one is a type error. */
export type Words = WordsOf<typeof sv>;

declare module "@/shared/i18n/words" {
  interface MessageKeys extends Words {}
}
