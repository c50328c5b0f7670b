import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import { reportsChanged } from "./reports-changed";

/**
 * Hand the report in: the server checks every section (422 naming `sections.<key>` in `extra`),
 * snapshots the working copy into a new version and, for a monthly report, fills in the absences.
 */
export async function submitReport(documentId: string) {
  return ok(await api.POST("/api/documents/{document_id}/submit", { params: { path: { document_id: documentId } } }));
}

export function useSubmitReport(documentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => submitReport(documentId),
    onSettled: () => void reportsChanged(queryClient),
  });
}
