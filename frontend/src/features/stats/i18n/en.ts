import type { Words } from "./sv";

export const en: Words = {
  "stats.title": "Statistics",
  "stats.intro":
    "The quarter's indicators per provider and intervention, counted from Kundval's own cases. Choose a quarter; the last complete one is chosen first.",
  "stats.quarter": "Quarter",
  "stats.ongoing": "(in progress)",
  "stats.downloadCsv": "Download CSV",
  "stats.empty": "No cases in the quarter.",
  "stats.tableHeading": "Indicators {from} – {to}",
  "stats.table.caption": "Indicators per provider and intervention, {quarter}",
  "stats.chartsHeading": "Shares in charts",
  "stats.chart.workOrStudiesHelp": "A bar only where there are enough endings for a share.",
  "stats.provider": "Provider",
  "stats.intervention": "Intervention",
  "stats.active": "Active",
  "stats.started": "Started",
  "stats.ended": "Ended",
  "stats.workOrStudies": "To work or studies",
  "stats.medianDaysToWork": "Median time to work",
  "stats.plansWithinDays": "Implementation plan within {plan_within_days|# day|# days}",
  "stats.reportsOnTime": "Monthly reports on time",
  "stats.documentsReturned": "Documents returned",
  "stats.endings": "Reasons for ending",
  "stats.countOf": "{part} of {of} ({percent})",
  "stats.countShare": "{part} of {of}: {percent} (likely between {low} and {high})",
  "stats.countTooFew": "{part} of {of} (too few for a share)",
  "stats.noneToCount": "none",
  "stats.noEndings": "no endings",
  "stats.tooFew": "too few",
  "stats.medianDays": "{value|# day|# days} (likely between {low} and {high})",
  "stats.definitions.heading": "How the indicators are counted",
  "stats.definitions.active":
    "Cases in progress at some time in the quarter. Started and ended: start or end date within the quarter.",
  "stats.definitions.workOrStudies":
    "Of the interventions ended in the quarter: those ended for work, studies or own business. The share is given with a 95 per cent interval.",
  "stats.definitions.medianDaysToWork":
    "Days from start to end for those who ended for work; half shorter, half longer.",
  "stats.definitions.plans":
    "Of the decisions in the quarter whose {plan_within_days|# day has|# days have} passed or that have a plan: those whose first implementation plan arrived within {plan_within_days|# day|# days} of the decision (routine 6.3.1).",
  "stats.definitions.reports":
    "Of the monthly reports for the quarter's months: those handed in by the 7th of the following month (routine 6.4).",
  "stats.definitions.returned": "Returns in the quarter, of the documents submitted in the quarter.",
  "stats.definitions.tooFewTerm": "Too few",
  "stats.definitions.tooFew":
    "With fewer than 5 endings no share or median is given: so few say little and can point to individuals.",
  "stats.report.title": "Report to the board",
  "stats.report.documentTitle": "Report to the board, {quarter}",
  "stats.report.subtitle": "Customer choice labour-market interventions, {quarter}",
  "stats.report.back": "Back to the statistics",
  "stats.report.print": "Print",
  "stats.report.period": "The period {from} – {to}. Taken from Kundval on {date}.",
  "stats.report.summary": "Summary",
  "stats.report.figures": "The figures per provider and intervention",
  "stats.report.nothing": "No cases in the quarter.",
  "stats.report.volume":
    "In the quarter {active} clients had an intervention in progress with {providers} providers. {started} started and {ended} ended an intervention.",
  "stats.report.workOrStudies":
    "Of the {of} who ended, {part} went to work, studies or their own business ({percent}).",
  "stats.report.noEndings": "No intervention ended in the quarter.",
  "stats.report.plans":
    "The implementation plan came within {plan_within_days|# day|# days} of the decision in {part} of {of|# case|# cases} ({percent}).",
  "stats.report.noPlans": "No implementation plans were due in the quarter.",
  "stats.report.reports": "{part} of {of|# monthly report was|# monthly reports were} handed in on time ({percent}).",
  "stats.report.noReports": "No monthly reports were due for the quarter's months.",
  "stats.report.returned": "{part} of {of|# submitted document was|# submitted documents were} returned ({percent}).",
  "stats.report.noSubmissions": "No documents were submitted in the quarter.",
  "stats.report.rowShare": "{provider}, {intervention}: to work or studies {text}.",
  "stats.report.rowMedian": "{provider}, {intervention}: median time to work {text}.",
};
