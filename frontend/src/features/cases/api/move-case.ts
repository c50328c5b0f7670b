import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { JsonBody } from "@/shared/api/types";
import { caseChanged } from "./case-changed";

export type MoveCaseInput = JsonBody<"/api/cases/{case_id}/move", "post">;

/** Moves a queued client to another authorized provider before the claim. */
export async function moveCase(caseId: string, body: MoveCaseInput) {
  return ok(await api.POST("/api/cases/{case_id}/move", { params: { path: { case_id: caseId } }, body }));
}

export function useMoveCase(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MoveCaseInput) => moveCase(caseId, body),
    // Not awaited: the caller's onSuccess (the status message) must run before the refetched case
    // replaces the form that made the call.
    onSettled: () => void caseChanged(queryClient),
  });
}
