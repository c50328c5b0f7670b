import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import { documentsChanged } from "./documents-changed";

/** Provider: hand the latest version in for the counsellor's review. */
export async function submitDocument(documentId: string) {
  return ok(await api.POST("/api/documents/{document_id}/submit", { params: { path: { document_id: documentId } } }));
}

export function useSubmitDocument(documentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => submitDocument(documentId),
    onSettled: () => void documentsChanged(queryClient),
  });
}
