import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { JsonBody } from "@/shared/api/types";
import { caseChanged } from "./case-changed";

export type CorrectCaseInput = JsonBody<"/api/cases/{case_id}", "patch">;

/** Corrects the decision's dates, scope and texts with a reason; only the fields sent change. */
export async function correctCase(caseId: string, body: CorrectCaseInput) {
  return ok(await api.PATCH("/api/cases/{case_id}", { params: { path: { case_id: caseId } }, body }));
}

export function useCorrectCase(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CorrectCaseInput) => correctCase(caseId, body),
    onSettled: () => void caseChanged(queryClient),
  });
}
