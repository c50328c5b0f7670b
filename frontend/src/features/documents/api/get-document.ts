import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { OkJson } from "@/shared/api/types";

export type DocumentItem = OkJson<"/api/documents/{document_id}", "get">;
export type DocumentKind = DocumentItem["kind"];
export type DocumentStatus = DocumentItem["status"];
export type DocumentVersion = DocumentItem["versions"][number];
export type DocumentReview = DocumentItem["reviews"][number];

/** A document with every version and review step. */
export async function getDocument(documentId: string) {
  return ok(await api.GET("/api/documents/{document_id}", { params: { path: { document_id: documentId } } }));
}

export const documentQueryOptions = (documentId: string) =>
  queryOptions({ queryKey: ["documents", "one", documentId], queryFn: () => getDocument(documentId) });

export function useDocument(documentId: string) {
  return useQuery(documentQueryOptions(documentId));
}
