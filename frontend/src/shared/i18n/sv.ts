/** Swedish UI strings: the default language and the source of the message keys. */
export const sv = {
  "app.name": "Kundval",
  "app.skipToContent": "Hoppa till innehållet",
  "app.mainNav": "Huvudmeny",
  "app.signedInAs": "Inloggad som",
  "app.logout": "Logga ut",
  "app.loading": "Laddar…",
  "app.error": "Något gick fel. Försök igen om en stund.",
  "language.switchTo": "English",

  "nav.start": "Start",
  "nav.interventions": "Insatser och ersättningar",

  "role.counsellor": "Karriärvägledare",
  "role.coordinator": "Kundkoordinator",
  "role.supervisor": "Arbetsledare",
  "role.admin": "Systemspecialist",
  "role.provider_admin": "Anordnare, administratör",
  "role.provider_staff": "Jobbexpert",

  "login.title": "Logga in",
  "login.intro": "Logga in med ditt användarnamn och lösenord.",
  "login.username": "Användarnamn",
  "login.password": "Lösenord",
  "login.submit": "Logga in",
  "login.submitting": "Loggar in…",
  "login.missing": "Fyll i både användarnamn och lösenord.",

  "start.title": "Start",
  "start.counsellor.title": "Mina klienter",
  "start.counsellor.empty": "Här kommer dina klienter och deras insatser att visas, med det som väntar på dig först.",
  "start.coordinator.title": "Anordnarregistret",
  "start.coordinator.empty": "Här kommer anordnarna och deras auktorisationer per insats att visas.",
  "start.supervisor.title": "Enhetens ärenden",
  "start.supervisor.empty": "Här kommer enhetens alla ärenden, månadens utbetalningsunderlag och uppföljningen att visas.",
  "start.admin.title": "Administration",
  "start.admin.empty": "Här kommer konton, roller, ersättningsnivåer och loggar att visas.",
  "start.provider_admin.title": "Anordnarens ärenden",
  "start.provider_admin.empty": "Här kommer kön, alla era ärenden och era utbetalningar att visas.",
  "start.provider_staff.title": "Mina uppdrag",
  "start.provider_staff.empty": "Här kommer de klienter du är coach för och de rapporter som ska lämnas att visas.",
  "start.none.empty": "Ditt konto har ingen roll ännu. Kontakta en systemspecialist.",

  "interventions.title": "Insatser och ersättningar",
  "interventions.caption": "Insatstyper med gällande ersättning per deltagare",
  "interventions.name": "Insats",
  "interventions.monthlyRate": "Ersättning per månad",
  "interventions.dailyRate": "Ersättning per dag",
  "interventions.validFrom": "Gäller från",
  "interventions.noRate": "Ingen gällande ersättning",
  "interventions.empty": "Det finns inga insatstyper.",

  "notFound.title": "Sidan finns inte",
  "notFound.text": "Sidan du söker finns inte eller har flyttats.",
  "notFound.home": "Till startsidan",
} satisfies Record<string, string>;

export type MessageKey = keyof typeof sv;
/** Every language has exactly the Swedish keys: a missing or extra key is a type error. */
export type Messages = Record<MessageKey, string>;
