import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";

/** Every step of the case, oldest first (the API sends the whole history in one page). */
export async function getCaseHistory(caseId: string) {
  return ok(await api.GET("/api/cases/{case_id}/history", { params: { path: { case_id: caseId } } }));
}

export const caseHistoryQueryOptions = (caseId: string) =>
  queryOptions({ queryKey: ["cases", "history", caseId], queryFn: () => getCaseHistory(caseId) });

export function useCaseHistory(caseId: string) {
  return useQuery(caseHistoryQueryOptions(caseId));
}
