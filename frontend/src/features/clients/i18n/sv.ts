import type { WordsOf } from "@/shared/i18n/words";

/** Swedish words of the clients feature: the source of its message keys. */
export const sv = {
  "clients.title": "Mina klienter",
  "clients.new": "Ny klient",
  "clients.search": "Sök klient",
  "clients.searchHelp": "Hela personnumret eller en del av namnet.",
  "clients.searchSubmit": "Sök",
  "clients.caption": "Mina klienter",
  "clients.captionSearch": "Klienter som matchar ”{q}”",
  "clients.empty": "Du har inga klienter ännu. Registrera en med ”Ny klient”.",
  "clients.noMatch": "Ingen klient matchar ”{q}”.",

  "client.title": "Klient",
  "client.name": "Namn",
  "client.personalNumber": "Personnummer",
  "client.firstName": "Förnamn",
  "client.lastName": "Efternamn",
  "client.email": "E-post",
  "client.phone": "Telefon",
  "client.language": "Språk",
  "client.district": "Område",
  "client.reference": "Referens",
  "client.protectedIdentity": "Skyddad identitet",
  "client.protected": "Skyddad",
  "client.targetGroups": "Målgrupp",
  "client.socialAssistance": "Försörjningsstöd",
  "client.establishmentProgramme": "Etableringsprogrammet",
  "client.languageObstacle": "Bristande svenskkunskaper",
  "client.noTargetGroup": "Ingen angiven",
  "client.casesHeading": "Insatser",
  "client.casesCaption": "Insatser för {name}",
  "client.noCases": "Klienten har inga insatser ännu.",
  "client.newDecision": "Nytt beslut",

  "clientForm.title": "Ny klient",
  "clientForm.personalNumberHelp": "ÅÅÅÅMMDD-NNNN. Samordningsnummer går också bra.",
  "clientForm.personalNumberMissing": "Fyll i personnummer.",
  "clientForm.personalNumberFormat": "Skriv personnumret som ÅÅÅÅMMDD-NNNN.",
  "clientForm.firstNameMissing": "Fyll i förnamn.",
  "clientForm.lastNameMissing": "Fyll i efternamn.",
  "clientForm.emailInvalid": "Skriv e-postadressen som namn@exempel.se.",
  "clientForm.phoneInvalid": "Skriv telefonnumret med siffror, till exempel 070-123 45 67.",
  "clientForm.languageHelp": "Frivilligt. Det språk klienten helst talar.",
  "clientForm.protectedIdentityHelp": "Bara du ser då klientens namn, personnummer och kontaktuppgifter.",
  "clientForm.targetGroupsHelp": "Markera det som gäller klienten.",
  "clientForm.submit": "Spara klient",
  "clientForm.saved": "Klienten {name} är sparad.",

  "clientEdit.detailsHeading": "Uppgifter",
  "clientEdit.open": "Ändra uppgifter",
  "clientEdit.title": "Ändra uppgifter",
  "clientEdit.submit": "Spara ändringar",
  "clientEdit.saved": "Uppgifterna om {name} är sparade.",
  "clientEdit.reason": "Varför hävs skyddet?",
  "clientEdit.reasonHelp": "Till exempel att Skatteverket har tagit bort skyddet. Skälet sparas i loggen.",
  "clientEdit.reasonMissing": "Skriv varför skyddet av identiteten hävs.",
} satisfies Record<string, string>;

/** The English words must have exactly these keys: a missing or extra one is a type error. */
export type Words = WordsOf<typeof sv>;

declare module "@/shared/i18n/words" {
  interface MessageKeys extends Words {}
}
