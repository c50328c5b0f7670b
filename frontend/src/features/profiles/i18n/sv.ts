import type { WordsOf } from "@/shared/i18n/words";

/** Swedish words of the profiles feature: the source of its message keys. */
export const sv = {
  "profiles.description": "Beskrivning",
  "profiles.languages": "Språk",
  "profiles.industries": "Branscher",
  "profiles.specialisations": "Inriktningar",
  "profiles.targetGroups": "Målgrupper",
  "profiles.groupActivities": "Gruppaktiviteter",
  "profiles.remote": "Distans",
  "profiles.onSite": "På plats",
  "profiles.website": "Webbplats",
  "profiles.our.title": "Vår profil",
  "profiles.our.intro":
    "Profilen visas för invånarna i den offentliga jämförelsen när kundkoordinatorn har godkänt den. Skriv sakligt, med det som hjälper en kund att välja, och med enkla ord.",
  "profiles.our.stateHeading": "Läge",
  "profiles.our.published": "Publicerad profil",
  "profiles.our.approvedAt": "Godkänd {date}.",
  "profiles.our.seePublic": "Se den i jämförelsen",
  "profiles.our.noPublished": "Ingen publicerad profil ännu.",
  "profiles.our.pending": "Väntar på godkännande",
  "profiles.our.pendingSince": "Ändring skickad {date}. Skickar ni en ny ersätter den den väntande.",
  "profiles.our.noPending": "Ingen ändring väntar.",
  "profiles.our.rejected": "Förra ändringen avslogs {date}",
  "profiles.our.rejectedComment": "Kundkoordinatorns kommentar:",
  "profiles.our.formHeading": "Ändra profilen",
  "profiles.our.sent":
    "Profilen är skickad för godkännande. Den syns i jämförelsen när kundkoordinatorn har godkänt den.",
  "profiles.form.descriptionHelp": "Vad ni gör, hur ni arbetar och vad kunden kan vänta sig. Högst 4 000 tecken.",
  "profiles.form.descriptionMissing": "Skriv en beskrivning.",
  "profiles.form.descriptionTooLong": "Beskrivningen får vara högst {max} tecken.",
  "profiles.form.languagesHelp": "Språk som personalen kan använda med kunden.",
  "profiles.form.languagesMissing": "Välj minst ett språk.",
  "profiles.form.listHelp": "Skriv flera med kommatecken emellan.",
  "profiles.form.howLegend": "Hur ni arbetar",
  "profiles.form.websiteHelp": "Frivilligt. En adress som börjar med https://.",
  "profiles.form.websiteFormat": "Skriv en adress som börjar med https://.",
  "profiles.form.submit": "Skicka för godkännande",
  "profiles.pending.title": "Profiler att godkänna",
  "profiles.pending.intro":
    "Kontrollera att uppgifterna är sakliga, relevanta och lätta att förstå innan invånarna ser dem. Ändrade uppgifter är markerade.",
  "profiles.pending.empty": "Inga profiler väntar på godkännande.",
  "profiles.pending.submitted": "Skickad {date}",
  "profiles.pending.caption": "{provider}: publicerad profil och förslag, {count|# uppgift ändrad|# uppgifter ändrade}",
  "profiles.pending.field": "Uppgift",
  "profiles.pending.publishedNow": "Publicerad nu",
  "profiles.pending.proposed": "Föreslagen",
  "profiles.pending.changed": "ändrad",
  "profiles.decision.comment": "Kommentar",
  "profiles.decision.commentHelp": "Går till anordnaren. Behövs när du avslår.",
  "profiles.decision.commentMissing": "Skriv varför ändringen inte godkänns.",
  "profiles.decision.approve": "Godkänn",
  "profiles.decision.reject": "Avslå",
  "profiles.decision.approved": "Profilen för {provider} är godkänd och syns nu i jämförelsen.",
  "profiles.decision.rejected": "Ändringen för {provider} är avslagen. Anordnaren ser din kommentar.",
} satisfies Record<string, string>;

/** The English words must have exactly these keys: a missing or extra one is a type error. */
export type Words = WordsOf<typeof sv>;

declare module "@/shared/i18n/words" {
  interface MessageKeys extends Words {}
}
