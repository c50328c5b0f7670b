import type { InterventionCode } from "@/shared/api/types";
import type { Language } from "@/shared/i18n/language";
import { isMessageKey } from "@/shared/i18n/i18n";
import type { MessageKey } from "@/shared/i18n/words";
import { formatPercent } from "@/shared/lib/format";
import type { Count, IndicatorRow, Indicators } from "../api/get-indicators";

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** part / of, or null when there is nothing to divide (no plans due, no reports, no submissions). */
export function ratio({ part, of }: Count): number | null {
  return of > 0 ? part / of : null;
}

/** "2 av 3 (67 %)"; "inga" when there were none to count. */
export function countText(count: Count, t: T, language: Language): string {
  const share = ratio(count);
  if (share === null) return t("stats.noneToCount");
  return t("stats.countOf", { part: count.part, of: count.of, percent: formatPercent(share, language) });
}

/** Ended to work or studies: the count always, the share with its interval only when the API gives one. */
export function workOrStudiesText(row: IndicatorRow, t: T, language: Language): string {
  const { part, of } = row.work_or_studies_count;
  if (of === 0) return t("stats.noEndings");
  if (!row.work_or_studies) return t("stats.countTooFew", { part, of });
  return t("stats.countShare", {
    part,
    of,
    percent: formatPercent(row.work_or_studies.value, language),
    low: formatPercent(row.work_or_studies.low, language),
    high: formatPercent(row.work_or_studies.high, language),
  });
}

/** Median days from start to work, with its interval; "för få" where the API gives none. */
export function medianDaysText(row: IndicatorRow, t: T): string {
  const median = row.median_days_to_work;
  if (!median) return t("stats.tooFew");
  return t("stats.medianDays", {
    value: Math.round(median.value),
    low: Math.round(median.low),
    high: Math.round(median.high),
  });
}

/** "Arbete 2, Sjukskrivning 1", most common first; a reason this UI does not know shows its code. */
export function endingsText(endings: Record<string, number>, t: T): string {
  const entries = Object.entries(endings).filter(([, n]) => n > 0);
  if (entries.length === 0) return "–";
  return entries
    .sort((a, b) => b[1] - a[1])
    .map(([reason, n]) => {
      const key = `endReason.${reason}`;
      return `${isMessageKey(key) ? t(key) : reason} ${n}`;
    })
    .join(", ");
}

const sum = (counts: Count[]): Count => ({
  part: counts.reduce((s, c) => s + c.part, 0),
  of: counts.reduce((s, c) => s + c.of, 0),
});

/** The quarter as a whole, over every provider and intervention. */
export function totals(rows: readonly IndicatorRow[]) {
  return {
    providers: new Set(rows.map((r) => r.provider_id)).size,
    active: rows.reduce((s, r) => s + r.active, 0),
    started: rows.reduce((s, r) => s + r.started, 0),
    ended: rows.reduce((s, r) => s + r.ended, 0),
    workOrStudies: sum(rows.map((r) => r.work_or_studies_count)),
    plans: sum(rows.map((r) => r.plans_within_30_days)),
    reports: sum(rows.map((r) => r.monthly_reports_on_time)),
    returned: sum(rows.map((r) => r.documents_returned)),
  };
}

/**
 * The board report's summary: one plain sentence per indicator for the whole quarter, then the providers'
 * own figures where they stand out. Shares of work or studies are given only where the API gives them
 * (enough endings); otherwise the sentence keeps to the counts.
 */
export function summarySentences(
  data: Indicators,
  t: T,
  language: Language,
  nameOf: (code: InterventionCode) => string,
): string[] {
  if (data.rows.length === 0) return [t("stats.report.nothing")];
  const all = totals(data.rows);
  const pct = (count: Count) => formatPercent(ratio(count) ?? 0, language);
  const sentences = [
    t("stats.report.volume", { active: all.active, providers: all.providers, started: all.started, ended: all.ended }),
    all.workOrStudies.of > 0
      ? t("stats.report.workOrStudies", {
          part: all.workOrStudies.part,
          of: all.workOrStudies.of,
          percent: pct(all.workOrStudies),
        })
      : t("stats.report.noEndings"),
    all.plans.of > 0
      ? t("stats.report.plans", { part: all.plans.part, of: all.plans.of, percent: pct(all.plans) })
      : t("stats.report.noPlans"),
    all.reports.of > 0
      ? t("stats.report.reports", { part: all.reports.part, of: all.reports.of, percent: pct(all.reports) })
      : t("stats.report.noReports"),
    all.returned.of > 0
      ? t("stats.report.returned", { part: all.returned.part, of: all.returned.of, percent: pct(all.returned) })
      : t("stats.report.noSubmissions"),
  ];
  for (const row of data.rows) {
    if (row.work_or_studies) {
      sentences.push(
        t("stats.report.rowShare", {
          provider: row.provider_name,
          intervention: nameOf(row.intervention),
          text: workOrStudiesText(row, t, language),
        }),
      );
    }
    if (row.median_days_to_work) {
      sentences.push(
        t("stats.report.rowMedian", {
          provider: row.provider_name,
          intervention: nameOf(row.intervention),
          text: medianDaysText(row, t),
        }),
      );
    }
  }
  return sentences;
}
