import type { WordsOf } from "@/shared/i18n/words";

/** Swedish words of the stats feature: the source of its message keys. */
export const sv = {
  "stats.title": "Statistik",
  "stats.intro":
    "Kvartalets indikatorer per anordnare och insats, räknade ur Kundvals egna ärenden. Välj kvartal; förvalt är det senaste hela kvartalet.",
  "stats.quarter": "Kvartal",
  "stats.ongoing": "(pågår)",
  "stats.downloadCsv": "Ladda ner CSV",
  "stats.empty": "Inga ärenden under kvartalet.",
  "stats.tableHeading": "Indikatorer {from} – {to}",
  "stats.table.caption": "Indikatorer per anordnare och insats, {quarter}",
  "stats.chartsHeading": "Andelar i diagram",
  "stats.chart.workOrStudiesHelp": "Stapel bara där avsluten räcker för en andel.",
  "stats.provider": "Anordnare",
  "stats.intervention": "Insats",
  "stats.active": "Aktiva",
  "stats.started": "Startade",
  "stats.ended": "Avslutade",
  "stats.workOrStudies": "Till arbete eller studier",
  "stats.medianDaysToWork": "Mediantid till arbete",
  "stats.plansWithinDays": "Genomförandeplan inom {plan_within_days|# dag|# dagar}",
  "stats.reportsOnTime": "Månadsrapporter i tid",
  "stats.documentsReturned": "Återremitterade dokument",
  "stats.endings": "Avslutsorsaker",
  "stats.countOf": "{part} av {of} ({percent})",
  "stats.countShare": "{part} av {of}: {percent} (troligen mellan {low} och {high})",
  "stats.countTooFew": "{part} av {of} (för få för en andel)",
  "stats.noneToCount": "inga",
  "stats.noEndings": "inga avslut",
  "stats.tooFew": "för få",
  "stats.medianDays": "{value|# dag|# dagar} (troligen mellan {low} och {high})",
  "stats.definitions.heading": "Så räknas indikatorerna",
  "stats.definitions.active":
    "Ärenden som var pågående någon gång under kvartalet. Startade och avslutade: start- eller slutdatum inom kvartalet.",
  "stats.definitions.workOrStudies":
    "Av insatserna som avslutades under kvartalet: de som avslutades för arbete, studier eller eget företag. Andelen anges med ett 95-procentigt intervall.",
  "stats.definitions.medianDaysToWork":
    "Dagar från start till slut för dem som avslutades för arbete; hälften kortare, hälften längre.",
  "stats.definitions.plans":
    "Av besluten under kvartalet vars {plan_within_days|# dag|# dagar} har gått eller som har en plan: de där den första genomförandeplanen kom in inom {plan_within_days|# dag|# dagar} från beslutet (rutin 6.3.1).",
  "stats.definitions.reports":
    "Av månadsrapporterna för kvartalets månader: de som lämnades in senast den 7:e i månaden efter (rutin 6.4).",
  "stats.definitions.returned": "Återremisser under kvartalet, av de dokument som skickades in under kvartalet.",
  "stats.definitions.tooFewTerm": "För få",
  "stats.definitions.tooFew":
    "Med färre än 5 avslut anges ingen andel eller mediantid: så få säger inte mycket och kan peka ut enskilda.",
  "stats.report.title": "Rapport till nämnden",
  "stats.report.documentTitle": "Rapport till nämnden, {quarter}",
  "stats.report.subtitle": "Kundval arbetsmarknadsinsatser, {quarter}",
  "stats.report.back": "Tillbaka till statistiken",
  "stats.report.print": "Skriv ut",
  "stats.report.period": "Perioden {from} – {to}. Uttaget {date} ur Kundval.",
  "stats.report.summary": "Sammanfattning",
  "stats.report.figures": "Siffrorna per anordnare och insats",
  "stats.report.nothing": "Inga ärenden under kvartalet.",
  "stats.report.volume":
    "Under kvartalet hade {active} kunder en pågående insats hos {providers} anordnare. {started} började och {ended} avslutade en insats.",
  "stats.report.workOrStudies":
    "{of|Av den # som|Av de # som} avslutade gick {part} till arbete, studier eller eget företag ({percent}).",
  "stats.report.noEndings": "Ingen insats avslutades under kvartalet.",
  "stats.report.plans":
    "Genomförandeplanen kom inom {plan_within_days|# dag|# dagar} från beslutet i {part} av {of} fall ({percent}).",
  "stats.report.noPlans": "Inga genomförandeplaner var att vänta under kvartalet.",
  "stats.report.reports": "{part} av {of|# månadsrapport|# månadsrapporter} lämnades i tid ({percent}).",
  "stats.report.noReports": "Inga månadsrapporter skulle lämnas för kvartalets månader.",
  "stats.report.returned": "{part} av {of|# inskickat dokument|# inskickade dokument} återremitterades ({percent}).",
  "stats.report.noSubmissions": "Inga dokument skickades in under kvartalet.",
  "stats.report.rowShare": "{provider}, {intervention}: till arbete eller studier {text}.",
  "stats.report.rowMedian": "{provider}, {intervention}: mediantid till arbete {text}.",
} satisfies Record<string, string>;

/** The English words must have exactly these keys: a missing or extra one is a type error. */
export type Words = WordsOf<typeof sv>;

declare module "@/shared/i18n/words" {
  interface MessageKeys extends Words {}
}
