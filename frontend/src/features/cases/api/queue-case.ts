import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { JsonBody } from "@/shared/api/types";
import { caseChanged } from "./case-changed";

export type QueueCaseInput = JsonBody<"/api/cases/{case_id}/queue", "post">;

/** Step 3 (day 1): put the client in the chosen provider's queue. */
export async function queueCase(caseId: string, body: QueueCaseInput) {
  return ok(await api.POST("/api/cases/{case_id}/queue", { params: { path: { case_id: caseId } }, body }));
}

export function useQueueCase(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: QueueCaseInput) => queueCase(caseId, body),
    // Not awaited: the caller's onSuccess (the status message) must run before the refetched case
    // replaces the form that made the call.
    onSettled: () => void caseChanged(queryClient),
  });
}
