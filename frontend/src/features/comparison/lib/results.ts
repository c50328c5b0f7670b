import type { Language } from "@/shared/i18n/language";
import { formatPercent } from "@/shared/lib/format";
import type { MessageKey } from "@/shared/i18n/words";
import type { PublicResults } from "../api/get-public-providers";

type T = (key: MessageKey, params?: Record<string, string | number>) => string;
type Interval = { value: number; low: number; high: number };

/** Whole days; the median of an even count can be a half day, which is not worth saying. */
export function formatDays(days: number, language: Language): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(Math.round(days));
}

/** "75 % (troligen mellan 41 % och 93 %)": the value always with its interval, in words. */
export function shareText(share: Interval, t: T, language: Language): string {
  return t("comparison.shareValue", {
    value: formatPercent(share.value, language),
    low: formatPercent(share.low, language),
    high: formatPercent(share.high, language),
  });
}

/** "165 dagar (troligen mellan 60 och 300)". */
export function medianText(median: Interval, t: T, language: Language): string {
  return t("comparison.medianValue", {
    value: formatDays(median.value, language),
    low: formatDays(median.low, language),
    high: formatDays(median.high, language),
  });
}

/** "För få avslut för att visa (färre än 5)": said instead of every figure when the sample is too small. */
export function tooFewText(result: Pick<PublicResults, "min_sample">, t: T): string {
  return t("comparison.tooFew", { min: result.min_sample });
}

export type ResultLine = { label: MessageKey; text: string; share?: Interval };

/**
 * The figures of one intervention as label and text, in the order they are shown. Too few ended
 * interventions give one line that says so and no number at all, not even the count.
 */
export function resultLines(result: PublicResults, t: T, language: Language): ResultLine[] {
  if (result.too_few || result.ended === null) return [{ label: "comparison.endedLabel", text: tooFewText(result, t) }];
  const missing = tooFewText(result, t);
  return [
    { label: "comparison.endedLabel", text: String(result.ended) },
    {
      label: "comparison.shareLabel",
      text: result.work_or_studies ? shareText(result.work_or_studies, t, language) : missing,
      share: result.work_or_studies ?? undefined,
    },
    {
      label: "comparison.medianLabel",
      text: result.median_days ? medianText(result.median_days, t, language) : missing,
    },
  ];
}

/** A date of the API ("2026-11-23") or an instant, as people write it ("23 november 2026"). */
export function formatLongDate(iso: string, language: Language): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "Europe/Stockholm" }).format(date);
}
