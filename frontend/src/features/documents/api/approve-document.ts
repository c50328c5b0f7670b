import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import { documentsChanged } from "./documents-changed";

/** Counsellor: approve the submitted version; the document is locked from then on. */
export async function approveDocument(documentId: string) {
  return ok(await api.POST("/api/documents/{document_id}/approve", { params: { path: { document_id: documentId } } }));
}

export function useApproveDocument(documentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => approveDocument(documentId),
    onSettled: () => void documentsChanged(queryClient),
  });
}
