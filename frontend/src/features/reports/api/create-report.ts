import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { JsonBody } from "@/shared/api/types";
import { reportsChanged } from "./reports-changed";

export type CreateReportInput = JsonBody<"/api/cases/{case_id}/reports", "post">;

/** Start a report as a draft; a monthly report names its month (one per month the case was active). */
export async function createReport(caseId: string, body: CreateReportInput) {
  return ok(await api.POST("/api/cases/{case_id}/reports", { params: { path: { case_id: caseId } }, body }));
}

export function useCreateReport(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReportInput) => createReport(caseId, body),
    onSettled: () => void reportsChanged(queryClient),
  });
}
