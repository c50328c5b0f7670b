import type { DocumentItem, DocumentReview } from "../api/get-document";

/** The last return of the document: the comment the provider answers with a corrected version. */
export function latestReturn(document: Pick<DocumentItem, "reviews">): DocumentReview | undefined {
  return document.reviews.filter((review) => review.action === "return").at(-1);
}

/** A returned document is handed in again only with a version newer than the one returned. */
export function needsNewVersion(
  document: Pick<DocumentItem, "status" | "reviews" | "versions" | "structured">,
): boolean {
  if (document.status !== "returned" || document.structured) return false;
  const returned = latestReturn(document);
  const latest = document.versions.at(-1)?.number ?? 0;
  return !!returned && latest <= returned.version_number;
}
