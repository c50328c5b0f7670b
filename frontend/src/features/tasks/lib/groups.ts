import type { OkJson } from "@/shared/api/types";

export type Task = OkJson<"/api/tasks", "get">["items"][number];

/** The rules a counsellor reviews: plans and monthly reports handed in. */
export const REVIEW_RULES = new Set(["plan_review", "monthly_report_review"]);
/** What a client's absence demands of the counsellor, or of the provider (certificates). */
export const ABSENCE_RULES = new Set(["invalid_absence", "leave_over_limit", "certificate"]);
/** What the provider hands in: late ones are "late providers" on the counsellor's page, "late reports" on the
 * provider administrator's. */
export const REPORT_RULES = new Set(["first_plan", "monthly_report", "final_report", "returned", "certificate"]);

/** The last day (Sunday) of the ISO week of `today` (YYYY-MM-DD), as YYYY-MM-DD. */
export function endOfWeek(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  date.setUTCDate(date.getUTCDate() + 6 - weekday);
  return date.toISOString().slice(0, 10);
}

/** The coach's week: what is late, what else is due by Sunday, and what comes later. */
export function weekOf(items: Task[], today: string) {
  const sunday = endOfWeek(today);
  return {
    late: items.filter((item) => item.overdue),
    thisWeek: items.filter((item) => !item.overdue && item.due <= sunday),
    later: items.filter((item) => !item.overdue && item.due > sunday),
  };
}

/** The soonest due first, as the API sorts; kept for lists filtered here. */
export function byDue(items: Task[]): Task[] {
  return [...items].sort((a, b) => a.due.localeCompare(b.due));
}
