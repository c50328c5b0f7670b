import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";

/** The register's case: its client for the title, its dates and status (registration only while active). */
export async function getAbsenceCase(caseId: string) {
  return ok(await api.GET("/api/cases/{case_id}", { params: { path: { case_id: caseId } } }));
}

// The cases' own key, so the case page and the register share the cached case.
export const absenceCaseQueryOptions = (caseId: string) =>
  queryOptions({ queryKey: ["cases", "one", caseId], queryFn: () => getAbsenceCase(caseId) });

export function useAbsenceCase(caseId: string) {
  return useQuery(absenceCaseQueryOptions(caseId));
}
