import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { JsonBody } from "@/shared/api/types";
import { caseChanged } from "./case-changed";

export type ReopenCaseInput = JsonBody<"/api/cases/{case_id}/reopen", "post">;

/** Undoes a mistaken ending, with a reason, while no successor case exists. */
export async function reopenCase(caseId: string, body: ReopenCaseInput) {
  return ok(await api.POST("/api/cases/{case_id}/reopen", { params: { path: { case_id: caseId } }, body }));
}

export function useReopenCase(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReopenCaseInput) => reopenCase(caseId, body),
    // Not awaited: the caller's onSuccess (the status message) must run before the refetched case
    // replaces the form that made the call.
    onSettled: () => void caseChanged(queryClient),
  });
}
