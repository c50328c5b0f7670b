import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";

export async function getCase(caseId: string) {
  return ok(await api.GET("/api/cases/{case_id}", { params: { path: { case_id: caseId } } }));
}

export const caseQueryOptions = (caseId: string) =>
  queryOptions({ queryKey: ["cases", "one", caseId], queryFn: () => getCase(caseId) });

export function useCase(caseId: string) {
  return useQuery(caseQueryOptions(caseId));
}
