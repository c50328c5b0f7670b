import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { JsonBody } from "@/shared/api/types";
import { caseChanged } from "./case-changed";

export type EndCaseInput = JsonBody<"/api/cases/{case_id}/end", "post">;

/** Ends the intervention with a reason (§7); `changed_provider` also queues a new case at the new provider. */
export async function endCase(caseId: string, body: EndCaseInput) {
  return ok(await api.POST("/api/cases/{case_id}/end", { params: { path: { case_id: caseId } }, body }));
}

export function useEndCase(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndCaseInput) => endCase(caseId, body),
    // Not awaited: the caller's onSuccess (the status message) must run before the refetched case
    // replaces the form that made the call.
    onSettled: () => void caseChanged(queryClient),
  });
}
