import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { JsonBody } from "@/shared/api/types";
import { reportsChanged } from "./reports-changed";

export type ReturnReportInput = JsonBody<"/api/documents/{document_id}/return", "post">;

/** Counsellor: return the report with a general comment, comments on sections, or both. */
export async function returnReport(documentId: string, body: ReturnReportInput) {
  return ok(
    await api.POST("/api/documents/{document_id}/return", { params: { path: { document_id: documentId } }, body }),
  );
}

export function useReturnReport(documentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReturnReportInput) => returnReport(documentId, body),
    onSettled: () => void reportsChanged(queryClient),
  });
}
