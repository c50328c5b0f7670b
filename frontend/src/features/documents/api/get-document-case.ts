import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";

/** The document's case, for the client's name in the page title. */
export async function getDocumentCase(caseId: string) {
  return ok(await api.GET("/api/cases/{case_id}", { params: { path: { case_id: caseId } } }));
}

// The cases' own key, so the case page and the document share the cached case.
export const documentCaseQueryOptions = (caseId: string) =>
  queryOptions({ queryKey: ["cases", "one", caseId], queryFn: () => getDocumentCase(caseId) });

export function useDocumentCase(caseId: string | undefined) {
  return useQuery({ ...documentCaseQueryOptions(caseId ?? ""), enabled: !!caseId });
}
