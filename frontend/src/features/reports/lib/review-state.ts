import type { Report, ReportReview } from "../api/get-report";

/** The last return of the report: its general comment and comments per section. */
export function latestReturn(report: Pick<Report, "reviews">): ReportReview | undefined {
  return report.reviews.filter((review) => review.action === "return").at(-1);
}
