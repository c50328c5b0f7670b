import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { JsonBody } from "@/shared/api/types";
import { caseChanged } from "./case-changed";

export type HandBackCaseInput = JsonBody<"/api/cases/{case_id}/hand-back", "post">;

/** The provider declines a queued client, with a reason; the case goes back to the counsellor. */
export async function handBackCase(caseId: string, body: HandBackCaseInput) {
  return ok(await api.POST("/api/cases/{case_id}/hand-back", { params: { path: { case_id: caseId } }, body }));
}

export function useHandBackCase(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: HandBackCaseInput) => handBackCase(caseId, body),
    // Not awaited: the caller's onSuccess (the status message) must run before the refetched case
    // replaces the form that made the call.
    onSettled: () => void caseChanged(queryClient),
  });
}
