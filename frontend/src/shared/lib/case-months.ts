import { todayIso } from "@/shared/lib/dates";

type CaseDates = { start_date: string | null; end_date: string | null; status: string };

/**
 * The months (YYYY-MM) a monthly report may be written for, newest first: from the month the
 * intervention started to the month it ended, or to this month while it goes on (routine 002 §6.4).
 */
export function reportMonths(item: CaseDates, today: string = todayIso()): string[] {
  if (!item.start_date || (item.status !== "active" && item.status !== "ended")) return [];
  const first = item.start_date.slice(0, 7);
  const lastDay = item.end_date ?? (today > item.start_date ? today : item.start_date);
  const months: string[] = [];
  for (let month = lastDay.slice(0, 7); month >= first; month = previousMonth(month)) months.push(month);
  return months;
}

/** The month before "YYYY-MM". */
export function previousMonth(month: string): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  return number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, "0")}`;
}
