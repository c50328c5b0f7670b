import { todayIso } from "@/shared/lib/dates";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A month written YYYY-MM, as the API and the page addresses take it. */
export function isMonth(value: string | null | undefined): value is string {
  return !!value && MONTH.test(value);
}

/** This month in the municipality. */
export function currentMonth(today: string = todayIso()): string {
  return today.slice(0, 7);
}

/** The month `delta` months from "YYYY-MM". */
export function shiftMonth(month: string, delta: number): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  const index = year * 12 + (number - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

function daysIn(month: string): number {
  const [year, number] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, number, 0)).getUTCDate();
}

/** The ISO date of day `day` of "YYYY-MM". */
export function dayOf(month: string, day: number): string {
  return `${month}-${String(day).padStart(2, "0")}`;
}

/**
 * The month as calendar weeks, Monday first (as in Sweden): each week seven cells, the month's
 * dates in order and null before the 1st and after the last day.
 */
export function monthGrid(month: string): (string | null)[][] {
  const [year, number] = month.split("-").map(Number) as [number, number];
  // getUTCDay: 0 is Sunday; shifted so that Monday is column 0.
  const lead = (new Date(Date.UTC(year, number - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = [...Array<null>(lead).fill(null)];
  for (let day = 1; day <= daysIn(month); day++) cells.push(dayOf(month, day));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Saturday or Sunday. */
export function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

type Period = { date_from: string; date_to: string };

/** The registrations covering each day of the month, keyed by ISO date (days without absence left out). */
export function absencesByDay<T extends Period>(items: readonly T[], month: string): Map<string, T[]> {
  const days = new Map<string, T[]>();
  for (let day = 1; day <= daysIn(month); day++) {
    const date = dayOf(month, day);
    const covering = items.filter((item) => item.date_from <= date && date <= item.date_to);
    if (covering.length > 0) days.set(date, covering);
  }
  return days;
}

/** The registrations that touch the month, in date order. */
export function absencesInMonth<T extends Period>(items: readonly T[], month: string): T[] {
  const first = dayOf(month, 1);
  const last = dayOf(month, daysIn(month));
  return items
    .filter((item) => item.date_from <= last && item.date_to >= first)
    .sort((a, b) => a.date_from.localeCompare(b.date_from));
}

/** Weekday names Monday first, short and long, in the UI language. */
export function weekdayNames(language: string): { short: string; long: string }[] {
  const locale = language === "en" ? "en-GB" : "sv-SE";
  const short = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
  const long = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const date = new Date(Date.UTC(2024, 0, 1 + i));
    return { short: short.format(date), long: long.format(date) };
  });
}

/** "2026-11" as "november 2026" in the UI language. */
export function formatMonth(month: string, language: string): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : "sv-SE", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, number - 1, 1)));
}
