import type { Words } from "./sv";

export const en: Words = {
  "app.name": "Kundval",
  "app.mainNav": "Main menu",
  "app.signedInAs": "Signed in as",
  "app.logout": "Log out",

  "nav.start": "Start",
  "nav.interventions": "Interventions and rates",
  "nav.clients": "My clients",
  "nav.queue": "Queue",
  "nav.myCases": "My cases",
  "nav.allCases": "All cases",
  "nav.staff": "Staff",
  "nav.providers": "Providers",
  "nav.unitCases": "The unit's cases",
  "nav.standIns": "Stand-ins",
  "nav.audit": "Log",
  "nav.calendar": "Calendar",
  "nav.ourProfile": "Our profile",
  "nav.pendingProfiles": "Profiles to approve",
  "nav.stats": "Statistics",
  "nav.reviews": "To review",
  "nav.messages": "Messages",
  "nav.unread": "{count} unread",

  "role.counsellor": "Career counsellor",
  "role.coordinator": "Customer coordinator",
  "role.supervisor": "Supervisor",
  "role.admin": "System specialist",
  "role.provider_admin": "Provider, administrator",
  "role.provider_staff": "Job coach",

  "pager.label": "Pages",
  "pager.previous": "Previous",
  "pager.next": "Next",
  "pager.position": "Page {page} of {pages}",

  "table.scrollHint": "The table is wider than the screen: swipe or scroll sideways to see every column.",
  "table.scrollRegion": "Table that scrolls sideways",

  "myCases.title": "My cases",
  "myCases.caption": "Cases where you are the coach",
  "myCases.empty": "You have no cases yet. Claim a client from the queue.",

  "allCases.title": "All cases",
  "allCases.caption": "All the provider's cases",
  "allCases.empty": "The provider has no cases yet.",

  "unitCases.title": "The unit's cases",
  "unitCases.caption": "All the unit's cases",
  "unitCases.empty": "The unit has no cases yet.",

  "notFound.home": "Go to the start page",

  "languagePicker.search": "Search for a language",
  "languagePicker.searchHelp":
    "Type the start of the language's name, in English, Swedish or in the language itself. Enter picks the first match.",
  "languagePicker.common": "Common languages",
  "languagePicker.found": "Matching languages",
  "languagePicker.matches": "{count|# language matches|# languages match}.",
  "languagePicker.noMatch": "No language matches “{q}”. Try another spelling or the language's name in Swedish.",
  "languagePicker.chosen": "Chosen languages",
  "languagePicker.noneChosen": "No language chosen.",
  "languagePicker.remove": "Remove {name}",
  "languagePicker.removeShort": "Remove",
};
