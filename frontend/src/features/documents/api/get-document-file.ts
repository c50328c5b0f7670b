import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/client";

/** The file of one version as a blob, to show in the page (the server always sends it as an attachment). */
export async function getDocumentFile(documentId: string, version: number): Promise<Blob> {
  const result = await api.GET("/api/documents/{document_id}/file", {
    params: { path: { document_id: documentId }, query: { version } },
    parseAs: "blob",
  });
  if (!(result.data instanceof Blob)) throw new Error("The API answered without a file");
  return result.data;
}

export const documentFileQueryOptions = (documentId: string, version: number) =>
  queryOptions({
    queryKey: ["documents", "file", documentId, version],
    queryFn: () => getDocumentFile(documentId, version),
    // A version never changes once written.
    staleTime: Infinity,
  });

export function useDocumentFile(documentId: string, version: number, options: { enabled?: boolean } = {}) {
  return useQuery({ ...documentFileQueryOptions(documentId, version), ...options });
}

/** Where a version downloads from (an attachment, so a plain link saves the file). */
export function documentFileUrl(documentId: string, version: number): string {
  return `/api/documents/${encodeURIComponent(documentId)}/file?version=${version}`;
}
