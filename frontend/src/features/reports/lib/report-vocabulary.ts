import type { MessageKey } from "@/shared/i18n/words";
import type { ReportKind } from "../api/get-report";
import type { AbsenceLine, ReportSection, ReportTemplate, SectionProblem } from "./report-form";

/** The reports a provider starts from the case page, in the order of the case flow. */
export const NEW_REPORT_KINDS: readonly { kind: ReportKind; label: MessageKey }[] = [
  { kind: "implementation_plan", label: "reports.new.implementation_plan" },
  { kind: "revised_plan", label: "reports.new.revised_plan" },
  { kind: "final_report", label: "reports.new.final_report" },
  { kind: "bonus_report", label: "reports.new.bonus_report" },
];

/** Absence types as the absence section names them (the register's own words). */
export const ABSENCE_TYPE_LABELS: Record<string, MessageKey> = {
  sick: "absence.type.sick",
  child_care: "absence.type.child_care",
  other_actor: "absence.type.other_actor",
  invalid: "absence.type.invalid",
  holiday_leave: "absence.type.holiday_leave",
  other: "absence.type.other",
};

export const PROBLEM_LABELS: Record<SectionProblem, MessageKey> = {
  unanswered: "reports.problem.unanswered",
  hours: "reports.problem.hours",
  unknown: "reports.problem.unknown",
  reasonMissing: "reports.problem.reasonMissing",
  activityIncomplete: "reports.problem.activityIncomplete",
  invalid: "form.checkField",
};

/** Template and section texts in the UI language. */
export function templateTitle(template: ReportTemplate, language: string): string {
  return language === "en" ? template.title_en : template.title_sv;
}

export function sectionTitle(section: ReportSection, language: string): string {
  return language === "en" ? section.title_en : section.title_sv;
}

export function sectionHelp(section: ReportSection, language: string): string {
  return language === "en" ? section.help_en : section.help_sv;
}

/** Days of an absence line, both ends included. */
export function absenceDays(line: Pick<AbsenceLine, "date_from" | "date_to">): number {
  const from = Date.parse(`${line.date_from}T00:00:00Z`);
  const to = Date.parse(`${line.date_to}T00:00:00Z`);
  return Math.round((to - from) / 86_400_000) + 1;
}

/** "2026-11" as "november 2026" in the UI language. */
export function formatMonth(month: string | null | undefined, language: string): string {
  if (!month) return "";
  const [year, number] = month.split("-").map(Number);
  if (!year || !number) return month;
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : "sv-SE", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, number - 1, 1)));
}

const timeOfDay = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Stockholm",
  hour: "2-digit",
  minute: "2-digit",
});

/** "13:47", Swedish local time. */
export function formatTime(date: Date): string {
  return timeOfDay.format(date);
}
