import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { OkJson } from "@/shared/api/types";

export type Report = OkJson<"/api/documents/{document_id}", "get">;
export type ReportKind = Report["kind"];
export type ReportReview = Report["reviews"][number];

/** A report is a document: its working copy (provider), its handed-in versions and review steps. */
export async function getReport(documentId: string) {
  return ok(await api.GET("/api/documents/{document_id}", { params: { path: { document_id: documentId } } }));
}

// The documents' own key: the case page's list and this page share one cache entry per document.
export const reportQueryOptions = (documentId: string) =>
  queryOptions({ queryKey: ["documents", "one", documentId], queryFn: () => getReport(documentId) });

export function useReport(documentId: string) {
  return useQuery(reportQueryOptions(documentId));
}
