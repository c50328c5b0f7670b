import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";

/** The report's case: its client, intervention (which sections apply) and scope (the planned hours). */
export async function getReportCase(caseId: string) {
  return ok(await api.GET("/api/cases/{case_id}", { params: { path: { case_id: caseId } } }));
}

// The cases' own key, so the case page and the report share the cached case.
export const reportCaseQueryOptions = (caseId: string) =>
  queryOptions({ queryKey: ["cases", "one", caseId], queryFn: () => getReportCase(caseId) });

export function useReportCase(caseId: string | undefined) {
  return useQuery({ ...reportCaseQueryOptions(caseId ?? ""), enabled: !!caseId });
}
