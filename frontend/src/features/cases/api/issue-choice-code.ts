import { useMutation } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";

/**
 * Step 2 (§6.2): a one-time code with which the client chooses a provider in the public comparison. The
 * server keeps only a hash, so the code is shown this once; a new code makes the earlier ones invalid.
 */
export async function issueChoiceCode(caseId: string) {
  return ok(await api.POST("/api/cases/{case_id}/choice-code", { params: { path: { case_id: caseId } } }));
}

export function useIssueChoiceCode(caseId: string) {
  return useMutation({ mutationFn: () => issueChoiceCode(caseId) });
}
