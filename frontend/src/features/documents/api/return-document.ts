import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { JsonBody } from "@/shared/api/types";
import { documentsChanged } from "./documents-changed";

export type ReturnDocumentInput = JsonBody<"/api/documents/{document_id}/return", "post">;

/** Counsellor: return (återremittera) the submitted version with a comment for the provider to answer. */
export async function returnDocument(documentId: string, body: ReturnDocumentInput) {
  return ok(
    await api.POST("/api/documents/{document_id}/return", { params: { path: { document_id: documentId } }, body }),
  );
}

export function useReturnDocument(documentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReturnDocumentInput) => returnDocument(documentId, body),
    onSettled: () => void documentsChanged(queryClient),
  });
}
