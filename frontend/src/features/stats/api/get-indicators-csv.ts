import type { Language } from "@/shared/i18n/language";

/**
 * The same indicators as a CSV file (semicolon-separated, for Excel). The browser downloads it through an
 * ordinary link, so the session cookie goes along and the server's file name is kept; no fetch is needed.
 */
export function indicatorsCsvUrl(quarter: string, lang: Language): string {
  // A link cannot send Accept-Language: the UI language goes along as `lang`, so the file's words match the page.
  return `/api/stats/indicators.csv?${new URLSearchParams({ quarter, lang })}`;
}
