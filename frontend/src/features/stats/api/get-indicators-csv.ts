/**
 * The same indicators as a CSV file (semicolon-separated, for Excel). The browser downloads it through an
 * ordinary link, so the session cookie goes along and the server's file name is kept; no fetch is needed.
 */
export function indicatorsCsvUrl(quarter: string): string {
  return `/api/stats/indicators.csv?${new URLSearchParams({ quarter })}`;
}
