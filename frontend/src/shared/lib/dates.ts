const stockholmDay = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" });

/** Today's date in the municipality ("2026-11-23"), the default of date fields. */
export function todayIso(now: Date = new Date()): string {
  return stockholmDay.format(now);
}
