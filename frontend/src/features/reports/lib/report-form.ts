import { isApiError } from "@/shared/api/api-error";
import { invalidFields } from "@/shared/api/field-errors";
import type { InterventionCode, JsonBody, OkJson } from "@/shared/api/types";

export type ReportTemplate = OkJson<"/api/report-templates", "get">["items"][number];
export type ReportSection = ReportTemplate["sections"][number];
export type ReportContent = JsonBody<"/api/documents/{document_id}/draft", "put">["content"];
export type SectionAnswer = NonNullable<ReportContent["sections"]>[string];
export type AbsenceLine = NonNullable<ReportContent["absences"]>[number];

/** One activity row as typed: hours stay text until the form is saved. */
export type ActivityRow = { name: string; hours: string };

/** What the form holds for one section, whatever its type. */
export type SectionState = {
  text: string;
  date: string;
  activities: ActivityRow[];
  notApplicable: boolean;
  reason: string;
};

export type FormState = Record<string, SectionState>;

/** Why a section is marked: the server's reason in `extra[].message`, or the form's own checks. */
export type SectionProblem = "unanswered" | "hours" | "unknown" | "reasonMissing" | "activityIncomplete" | "invalid";

/** The sections of a template that apply to the case's intervention (SFI progress only in SAI). */
export function sectionsFor(template: ReportTemplate, intervention: InterventionCode): ReportSection[] {
  return template.sections.filter((section) => !section.only_for || section.only_for.includes(intervention));
}

/** Sections that need an answer or "Ej aktuellt"; the absence section is filled from the register. */
export function answerable(section: Pick<ReportSection, "type">): boolean {
  return section.type !== "absence";
}

/**
 * Hours a week the assignment's scope suggests: full time scaled by the case's scope (routine 002 §3.2), to the
 * half hour. A guide the form compares the activities with; the routine sets no total they must reach.
 */
export function plannedHours(fullTimeHoursPerWeek: number, scopePercent: number): number {
  return Math.round((fullTimeHoursPerWeek * scopePercent * 2) / 100) / 2;
}

/** Hours of one row in whole or half hours ("2,5" or "2.5"), or null while it is not 0,5–40 in such steps. */
export function rowHours(row: ActivityRow): number | null {
  const text = row.hours.trim();
  if (!/^\d+([.,][05])?$/.test(text)) return null;
  const hours = Number(text.replace(",", "."));
  return hours >= 0.5 && hours <= 40 ? hours : null;
}

/** Hours as the UI language writes them: "2,5" in Swedish, "2.5" in English. */
export function formatHours(hours: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(hours);
}

/** The running sum of the rows' hours (rows without valid hours count as 0). */
export function activitySum(rows: readonly ActivityRow[]): number {
  return rows.reduce((sum, row) => sum + (rowHours(row) ?? 0), 0);
}

function emptySection(): SectionState {
  return { text: "", date: "", activities: [], notApplicable: false, reason: "" };
}

/** The form's state from saved content (the draft, or the returned version's answers). */
export function toFormState(sections: readonly ReportSection[], content: ReportContent | null | undefined): FormState {
  const state: FormState = {};
  for (const section of sections) {
    const answer = content?.sections?.[section.key];
    state[section.key] = {
      ...emptySection(),
      text: answer?.text ?? "",
      date: answer?.date ?? "",
      activities: (answer?.activities ?? []).map((a) => ({ name: a.name, hours: String(a.hours_per_week) })),
      notApplicable: !!answer?.not_applicable_reason,
      reason: answer?.not_applicable_reason ?? "",
    };
    if (section.type === "activities" && state[section.key]!.activities.length === 0) {
      state[section.key]!.activities = [{ name: "", hours: "" }];
    }
  }
  return state;
}

/**
 * The content to save. A section marked "Ej aktuellt" sends only its reason; activity rows are
 * sent once complete (a name and 0,5–40 hours), since the API refuses half a row even in a draft.
 */
export function toContent(sections: readonly ReportSection[], state: FormState): ReportContent {
  const answers: Record<string, SectionAnswer> = {};
  for (const section of sections) {
    const value = state[section.key];
    if (!value) continue;
    if (value.notApplicable && answerable(section)) {
      answers[section.key] = { not_applicable_reason: value.reason };
      continue;
    }
    if (section.type === "activities") {
      const rows = value.activities
        .map((row) => ({ name: row.name.trim(), hours_per_week: rowHours(row) }))
        .filter((row): row is { name: string; hours_per_week: number } => !!row.name && row.hours_per_week !== null);
      if (rows.length > 0) answers[section.key] = { activities: rows };
    } else if (section.type === "date") {
      if (value.date) answers[section.key] = { date: value.date };
    } else if (value.text) {
      answers[section.key] = { text: value.text };
    }
  }
  return { sections: answers };
}

/** The form's own checks before handing in: a reason for every "Ej aktuellt", no half-typed activity rows. */
export function ownSectionProblems(
  sections: readonly ReportSection[],
  state: FormState,
): Record<string, SectionProblem> {
  const problems: Record<string, SectionProblem> = {};
  for (const section of sections) {
    const value = state[section.key];
    if (!value || !answerable(section)) continue;
    if (value.notApplicable) {
      if (!value.reason.trim()) problems[section.key] = "reasonMissing";
    } else if (
      section.type === "activities" &&
      value.activities.some(
        (row) => (row.name.trim() || row.hours.trim()) && (!row.name.trim() || rowHours(row) === null),
      )
    ) {
      problems[section.key] = "activityIncomplete";
    }
  }
  return problems;
}

/**
 * The sections a refused submit names: the API puts `sections.<key>` in `extra` with a reason
 * ("unanswered", "hours", "unknown"). Keys of other fields name no section.
 */
export function sectionProblems(error: unknown): Record<string, SectionProblem> {
  const problems: Record<string, SectionProblem> = {};
  if (!isApiError(error) || !Array.isArray(error.extra)) return problems;
  const known = new Set(invalidFields(error));
  for (const item of error.extra as unknown[]) {
    if (!item || typeof item !== "object" || !("key" in item) || typeof item.key !== "string") continue;
    if (!known.has(item.key) || !item.key.startsWith("sections.")) continue;
    const key = item.key.slice("sections.".length);
    if (!key || key in problems) continue;
    const message = "message" in item && typeof item.message === "string" ? item.message : "";
    problems[key] = message === "unanswered" || message === "hours" || message === "unknown" ? message : "invalid";
  }
  return problems;
}

/** Saved content as the API returns it (an open JSON object), read as report content. */
export function asReportContent(value: unknown): ReportContent | null {
  if (!value || typeof value !== "object") return null;
  const { sections, absences } = value as { sections?: unknown; absences?: unknown };
  return {
    sections: sections && typeof sections === "object" ? (sections as ReportContent["sections"]) : {},
    absences: Array.isArray(absences) ? (absences as AbsenceLine[]) : [],
  };
}
