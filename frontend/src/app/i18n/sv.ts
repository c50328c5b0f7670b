import type { WordsOf } from "@/shared/i18n/words";

/** Swedish words of the signed-in app's frame (menu, roles, start page): the source of its message keys. */
export const sv = {
  "app.name": "Kundval",
  "app.mainNav": "Huvudmeny",
  "app.signedInAs": "Inloggad som",
  "app.logout": "Logga ut",

  "nav.start": "Start",
  "nav.interventions": "Insatser och ersättningar",
  "nav.clients": "Mina klienter",
  "nav.queue": "Kö",
  "nav.myCases": "Mina ärenden",
  "nav.allCases": "Alla ärenden",
  "nav.staff": "Personal",
  "nav.providers": "Anordnare",
  "nav.unitCases": "Enhetens ärenden",
  "nav.standIns": "Ställföreträdare",
  "nav.audit": "Logg",
  "nav.calendar": "Kalender",
  "nav.ourProfile": "Vår profil",
  "nav.pendingProfiles": "Profiler att godkänna",
  "nav.stats": "Statistik",
  "nav.reviews": "Att granska",
  "nav.messages": "Meddelanden",
  "nav.unread": "{count|# oläst|# olästa}",

  "role.counsellor": "Karriärvägledare",
  "role.coordinator": "Kundkoordinator",
  "role.supervisor": "Arbetsledare",
  "role.admin": "Systemspecialist",
  "role.provider_admin": "Anordnare, administratör",
  "role.provider_staff": "Jobbexpert",

  "pager.label": "Sidor",
  "pager.previous": "Föregående",
  "pager.next": "Nästa",
  "pager.position": "Sida {page} av {pages}",

  "table.scrollHint": "Tabellen är bredare än skärmen: svep eller scrolla i sidled för att se alla kolumner.",
  "table.scrollRegion": "Tabell som scrollar i sidled",

  "myCases.title": "Mina ärenden",
  "myCases.caption": "Ärenden där du är jobbexpert",
  "myCases.empty": "Du har inga ärenden ännu. Bemanna en klient från kön.",

  "allCases.title": "Alla ärenden",
  "allCases.caption": "Anordnarens alla ärenden",
  "allCases.empty": "Anordnaren har inga ärenden ännu.",

  "unitCases.title": "Enhetens ärenden",
  "unitCases.caption": "Enhetens alla ärenden",
  "unitCases.empty": "Enheten har inga ärenden ännu.",

  "notFound.home": "Till startsidan",

  "languagePicker.search": "Sök språk",
  "languagePicker.searchHelp":
    "Skriv början av språkets namn, på svenska, engelska eller på språket självt. Enter väljer det första som matchar.",
  "languagePicker.common": "Vanliga språk",
  "languagePicker.found": "Språk som matchar",
  "languagePicker.matches": "{count} språk matchar.",
  "languagePicker.noMatch": "Inget språk matchar ”{q}”. Prova en annan stavning eller språkets namn på engelska.",
  "languagePicker.chosen": "Valda språk",
  "languagePicker.noneChosen": "Inget språk valt.",
  "languagePicker.remove": "Ta bort {name}",
  "languagePicker.removeShort": "Ta bort",
} satisfies Record<string, string>;

/** The English words must have exactly these keys: a missing or extra one is a type error. */
export type Words = WordsOf<typeof sv>;

declare module "@/shared/i18n/words" {
  interface MessageKeys extends Words {}
}
