import type { WordsOf } from "@/shared/i18n/words";

/** Swedish words of the providers feature: the source of its message keys. */
export const sv = {
  "staff.title": "Personal",
  "staff.caption": "Anordnarens konton",
  "staff.name": "Namn",
  "staff.username": "Användarnamn",
  "staff.email": "E-post",
  "staff.role": "Roll",
  "staff.state": "Konto",
  "staff.active": "Aktivt",
  "staff.inactive": "Inaktiverat",
  "staff.activeCases": "Pågående ärenden",
  "staff.deactivate": "Inaktivera",
  "staff.deactivated": "Kontot för {name} är inaktiverat.",
  "staff.empty": "Anordnaren har inga konton.",

  "staffForm.title": "Nytt konto",
  "staffForm.usernameHelp": "Bokstäver a–z, siffror och . _ @ -",
  "staffForm.usernameInvalid": "Använd bara bokstäver a–z, siffror och . _ @ - (minst två tecken).",
  "staffForm.password": "Lösenord",
  "staffForm.name": "Fullständigt namn",
  "staffForm.passwordHelp": "Minst {min_password_length} tecken. Ge det till personen på ett säkert sätt.",
  "staffForm.passwordShort": "Lösenordet måste ha minst {min_password_length} tecken.",
  "staffForm.admin": "Administratör",
  "staffForm.adminHelp": "Ser alla anordnarens ärenden och hanterar personalen.",
  "staffForm.submit": "Skapa konto",
  "staffForm.created": "Kontot för {name} är skapat.",

  "providers.title": "Anordnare",
  "providers.new": "Ny anordnare",
  "providers.caption": "Anordnarregistret",
  "providers.authorizedToday": "Auktoriserad i dag för",
  "providers.noAuthorization": "Ingen insats",
  "providers.empty": "Det finns inga anordnare ännu.",

  "providerStatus.authorized": "Auktoriserad",
  "providerStatus.suspended": "Avstängd",
  "providerStatus.terminated": "Avslutad",

  "provider.name": "Namn",
  "provider.orgNumber": "Organisationsnummer",
  "provider.email": "E-post",
  "provider.phone": "Telefon",
  "provider.status": "Status",
  "provider.districts": "Områden",
  "provider.addresses": "Adresser",
  "provider.street": "Gatuadress",
  "provider.postalCode": "Postnummer",
  "provider.city": "Ort",
  "provider.authorizations": "Auktorisationer",
  "provider.validFrom": "Gäller från",
  "provider.validTo": "Gäller till",

  "providerForm.newTitle": "Ny anordnare",
  "providerForm.editTitle": "Anordnare",
  "providerForm.orgNumberHelp": "NNNNNN-NNNN.",
  "providerForm.orgNumberFixed": "Organisationsnumret kan inte ändras.",
  "providerForm.emailHelp": "Anordnarens gemensamma brevlåda; dit går meddelanden om kön.",
  "providerForm.districtsHelp": "Frivilligt. Skilj områdena åt med komma.",
  "providerForm.addressN": "Adress {n}",
  "providerForm.addAddress": "Lägg till adress",
  "providerForm.removeAddress": "Ta bort adress {n}",
  "providerForm.postalCodeInvalid": "Skriv postnumret som 123 45.",
  "providerForm.authorizationsHelp": "De insatser anordnaren får ta emot klienter för, och under vilken tid.",
  "providerForm.noAuthorizations": "Inga auktorisationer.",
  "providerForm.authorizationN": "Auktorisation {n}",
  "providerForm.addAuthorization": "Lägg till auktorisation",
  "providerForm.removeAuthorization": "Ta bort auktorisation {n}",
  "providerForm.validToHelp": "Frivilligt. Tomt betyder tills vidare.",
  "providerForm.endBeforeStart": "Slutet kan inte ligga före starten.",
  "providerForm.submit": "Spara anordnare",
  "providerForm.saved": "Anordnaren {name} är sparad.",
} satisfies Record<string, string>;

/** The English words must have exactly these keys: a missing or extra one is a type error. */
export type Words = WordsOf<typeof sv>;

declare module "@/shared/i18n/words" {
  interface MessageKeys extends Words {}
}
