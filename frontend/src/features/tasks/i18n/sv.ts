import type { WordsOf } from "@/shared/i18n/words";

/** Swedish words of the to-do lists: the source of their message keys. */
export const sv = {
  "tasks.title": "Att göra",
  "tasks.count": "{n|# st|# st}",
  "tasks.lateCount": "{n|# är försenad|# är försenade}.",
  "tasks.late": "Försenad",
  "tasks.due": "Senast {date}",
  "tasks.owedBy": "ska göras av {name}",
  "tasks.week.title": "Min vecka",
  "tasks.week.late": "Försenat",
  "tasks.week.lateEmpty": "Inget är försenat.",
  "tasks.week.thisWeek": "Ska vara klart denna vecka",
  "tasks.week.thisWeekEmpty": "Inget mer ska vara klart denna vecka.",
  "tasks.week.returned": "Återremitterat till dig",
  "tasks.week.returnedEmpty": "Inget har kommit tillbaka.",
  "tasks.week.later": "Senare",
  "tasks.week.laterEmpty": "Inget längre fram.",
  "tasks.claim.title": "Klienter i kön att bemanna",
  "tasks.claim.empty": "Ingen klient väntar i kön.",
  "tasks.reviews.title": "Granska",
  "tasks.reviews.empty": "Inga planer eller rapporter väntar på granskning.",
  "tasks.publish.title": "Publicera uppdrag",
  "tasks.publish.empty": "Inget uppdrag väntar på publicering.",
  "tasks.absence.title": "Frånvaro som kräver åtgärd",
  "tasks.absence.empty": "Ingen frånvaro kräver något av dig.",
  "tasks.lateProviders.title": "Anordnare som är sena",
  "tasks.lateProviders.empty": "Ingen anordnare är sen med planer eller rapporter.",
  "tasks.other.title": "Övrigt att göra",
  "tasks.other.empty": "Inget övrigt.",
  "tasks.lateReports.title": "Sena rapporter",
  "tasks.lateReports.empty": "Inga sena planer eller rapporter.",
  "tasks.overview.title": "Försenat i enheten",
  "tasks.overview.total": "{n|# försenad uppgift|# försenade uppgifter} i enheten.",
  "tasks.overview.byCounsellor": "Försenat per karriärvägledare",
  "tasks.overview.byProvider": "Försenat per anordnare",
  "tasks.overview.byRule": "Försenat per regel",
  "tasks.overview.name": "Namn",
  "tasks.overview.overdue": "Försenade",
  "tasks.overview.empty": "Inget är försenat i enheten.",
  "tasks.overview.rule": "Regel",
  "tasks.rule.claim": "Bemanna",
  "tasks.rule.publish": "Publicera",
  "tasks.rule.first_plan": "Första genomförandeplan",
  "tasks.rule.plan_review": "Granska plan",
  "tasks.rule.monthly_report": "Månadsrapport",
  "tasks.rule.monthly_report_review": "Granska månadsrapport",
  "tasks.rule.returned": "Återremitterat",
  "tasks.rule.final_report": "Slutrapport",
  "tasks.rule.certificate": "Intyg",
  "tasks.rule.invalid_absence": "Ogiltig frånvaro",
  "tasks.rule.leave_over_limit": "Ledighet över gränsen",
  "tasks.rule.progression_review": "Uppföljning av progression",
} satisfies Record<string, string>;

/** The English words must have exactly these keys: a missing or extra one is a type error. */
export type Words = WordsOf<typeof sv>;

declare module "@/shared/i18n/words" {
  interface MessageKeys extends Words {}
}
