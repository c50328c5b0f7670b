import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { JsonBody } from "@/shared/api/types";
import { caseChanged } from "./case-changed";

export type ReassignCaseInput = JsonBody<"/api/cases/{case_id}/reassign", "post">;

/** The supervisor moves the case and its client to another counsellor. */
export async function reassignCase(caseId: string, body: ReassignCaseInput) {
  return ok(await api.POST("/api/cases/{case_id}/reassign", { params: { path: { case_id: caseId } }, body }));
}

export function useReassignCase(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReassignCaseInput) => reassignCase(caseId, body),
    // Not awaited: the caller's onSuccess (the status message) must run before the refetched case
    // replaces the form that made the call.
    onSettled: () => void caseChanged(queryClient),
  });
}
