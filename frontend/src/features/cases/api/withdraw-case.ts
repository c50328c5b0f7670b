import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { JsonBody } from "@/shared/api/types";
import { caseChanged } from "./case-changed";

export type WithdrawCaseInput = JsonBody<"/api/cases/{case_id}/withdraw", "post">;

/** Takes a queued client back out of the provider's queue before the claim, with a reason. */
export async function withdrawCase(caseId: string, body: WithdrawCaseInput) {
  return ok(await api.POST("/api/cases/{case_id}/withdraw", { params: { path: { case_id: caseId } }, body }));
}

export function useWithdrawCase(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WithdrawCaseInput) => withdrawCase(caseId, body),
    // Not awaited: the caller's onSuccess (the status message) must run before the refetched case
    // replaces the form that made the call.
    onSettled: () => void caseChanged(queryClient),
  });
}
