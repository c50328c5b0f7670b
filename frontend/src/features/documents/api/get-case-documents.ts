import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";

/** The case's documents, oldest first, with their versions and review steps. */
export async function getCaseDocuments(caseId: string) {
  return ok(await api.GET("/api/cases/{case_id}/documents", { params: { path: { case_id: caseId } } }));
}

export const caseDocumentsQueryOptions = (caseId: string) =>
  queryOptions({ queryKey: ["documents", "case", caseId], queryFn: () => getCaseDocuments(caseId) });

export function useCaseDocuments(caseId: string) {
  return useQuery(caseDocumentsQueryOptions(caseId));
}
