import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import { reportsChanged } from "./reports-changed";

/** Counsellor: approve the handed-in version; the report is locked from then on. */
export async function approveReport(documentId: string) {
  return ok(await api.POST("/api/documents/{document_id}/approve", { params: { path: { document_id: documentId } } }));
}

export function useApproveReport(documentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => approveReport(documentId),
    onSettled: () => void reportsChanged(queryClient),
  });
}
