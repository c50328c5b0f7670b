import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { JsonBody } from "@/shared/api/types";
import { caseChanged } from "./case-changed";

export type ClaimCaseInput = JsonBody<"/api/cases/{case_id}/claim", "post">;

/** Step 4: the provider claims (bemannar) the case and names the coach; a lost race answers 409. */
export async function claimCase(caseId: string, body: ClaimCaseInput) {
  return ok(await api.POST("/api/cases/{case_id}/claim", { params: { path: { case_id: caseId } }, body }));
}

export function useClaimCase(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ClaimCaseInput) => claimCase(caseId, body),
    // Not awaited: the caller's onSuccess (the status message) must run before the refetched case
    // replaces the form that made the call.
    onSettled: () => void caseChanged(queryClient),
  });
}
