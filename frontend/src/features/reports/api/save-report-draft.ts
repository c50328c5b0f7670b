import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { ReportContent } from "../lib/report-form";
import { reportQueryOptions } from "./get-report";

/** Autosave: the provider's working copy; partial answers are fine until the report is handed in. */
export async function saveReportDraft(documentId: string, content: ReportContent) {
  return ok(
    await api.PUT("/api/documents/{document_id}/draft", {
      params: { path: { document_id: documentId } },
      body: { content },
    }),
  );
}

export function useSaveReportDraft(documentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (content: ReportContent) => saveReportDraft(documentId, content),
    // The answer is the document as saved; the form keeps its own state and is not reset by it.
    onSuccess: (document) => queryClient.setQueryData(reportQueryOptions(documentId).queryKey, document),
  });
}
