import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { JsonBody } from "@/shared/api/types";
import { caseChanged } from "./case-changed";

export type PublishCaseInput = JsonBody<"/api/cases/{case_id}/publish", "post">;

/** Step 5: the counsellor publishes the assignment and future plan; the case becomes active. */
export async function publishCase(caseId: string, body: PublishCaseInput) {
  return ok(await api.POST("/api/cases/{case_id}/publish", { params: { path: { case_id: caseId } }, body }));
}

export function usePublishCase(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PublishCaseInput) => publishCase(caseId, body),
    // Not awaited: the caller's onSuccess (the status message) must run before the refetched case
    // replaces the form that made the call.
    onSettled: () => void caseChanged(queryClient),
  });
}
