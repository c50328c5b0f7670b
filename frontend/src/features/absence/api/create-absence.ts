import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { JsonBody } from "@/shared/api/types";
import { absencesChanged } from "./absences-changed";

export type CreateAbsenceInput = JsonBody<"/api/cases/{case_id}/absences", "post">;

/** Register absence within the intervention's dates; invalid absence needs its ground and, when the client
 * was unreachable, three contact attempts. */
export async function createAbsence(caseId: string, body: CreateAbsenceInput) {
  return ok(await api.POST("/api/cases/{case_id}/absences", { params: { path: { case_id: caseId } }, body }));
}

export function useCreateAbsence(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAbsenceInput) => createAbsence(caseId, body),
    onSuccess: () => absencesChanged(queryClient, caseId),
  });
}
