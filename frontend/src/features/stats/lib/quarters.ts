import type { Language } from "@/shared/i18n/language";

/** A calendar quarter, as the API writes it: "2026Q3". */
export type Quarter = { year: number; quarter: 1 | 2 | 3 | 4 };

/** "2026Q3" (or "2026q3 ") → {year: 2026, quarter: 3}; anything else → null. */
export function parseQuarter(text: string | null | undefined): Quarter | null {
  const match = /^(\d{4})Q([1-4])$/.exec((text ?? "").trim().toUpperCase());
  if (!match) return null;
  return { year: Number(match[1]), quarter: Number(match[2]) as Quarter["quarter"] };
}

export function formatQuarter({ year, quarter }: Quarter): string {
  return `${year}Q${quarter}`;
}

/** The quarter `today` ("2026-11-23", a Stockholm date) falls in. */
export function quarterOf(today: string): Quarter {
  const [year, month] = today.split("-").map(Number);
  return { year: year!, quarter: (Math.floor((month! - 1) / 3) + 1) as Quarter["quarter"] };
}

export function previousQuarter({ year, quarter }: Quarter): Quarter {
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: (quarter - 1) as Quarter["quarter"] };
}

/** The default: the last quarter that has ended, the one the board gets its report on. */
export function lastCompleteQuarter(today: string): string {
  return formatQuarter(previousQuarter(quarterOf(today)));
}

/** The quarter in progress and the `count` before it, newest first: the choices of the quarter select. */
export function quarterChoices(today: string, count = 8): { value: string; current: boolean }[] {
  let q = quarterOf(today);
  const choices = [{ value: formatQuarter(q), current: true }];
  for (let i = 0; i < count; i++) {
    q = previousQuarter(q);
    choices.push({ value: formatQuarter(q), current: false });
  }
  return choices;
}

/** The quarter the URL asks for, or the default when it asks for none or for nonsense. */
export function quarterFromParam(param: string | null, today: string): string {
  const parsed = parseQuarter(param);
  return parsed ? formatQuarter(parsed) : lastCompleteQuarter(today);
}

/** "juli–september 2026" / "July–September 2026": how people name a quarter. */
export function quarterLabel(value: string, language: Language): string {
  const parsed = parseQuarter(value);
  if (!parsed) return value;
  const month = new Intl.DateTimeFormat(language, { month: "long", timeZone: "UTC" });
  const first = month.format(new Date(Date.UTC(parsed.year, (parsed.quarter - 1) * 3, 15)));
  const last = month.format(new Date(Date.UTC(parsed.year, (parsed.quarter - 1) * 3 + 2, 15)));
  return `${first}–${last} ${parsed.year}`;
}
