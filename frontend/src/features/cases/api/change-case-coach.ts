import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { JsonBody } from "@/shared/api/types";
import { caseChanged } from "./case-changed";

export type ChangeCaseCoachInput = JsonBody<"/api/cases/{case_id}/coach", "post">;

/** The provider administrator hands the case over to another coach. */
export async function changeCaseCoach(caseId: string, body: ChangeCaseCoachInput) {
  return ok(await api.POST("/api/cases/{case_id}/coach", { params: { path: { case_id: caseId } }, body }));
}

export function useChangeCaseCoach(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangeCaseCoachInput) => changeCaseCoach(caseId, body),
    // Not awaited: the caller's onSuccess (the status message) must run before the refetched case
    // replaces the form that made the call.
    onSettled: () => void caseChanged(queryClient),
  });
}
