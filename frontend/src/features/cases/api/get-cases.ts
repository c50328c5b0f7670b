import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { QueryParams } from "@/shared/api/types";

export type CasesQuery = QueryParams<"/api/cases", "get">;

/** The cases the caller may see (their own, their provider's or the unit's), newest decision first. */
export async function getCases(query: CasesQuery) {
  return ok(await api.GET("/api/cases", { params: { query } }));
}

export const casesQueryOptions = (query: CasesQuery) =>
  queryOptions({
    queryKey: ["cases", "list", query],
    queryFn: () => getCases(query),
    placeholderData: keepPreviousData,
  });

export function useCases(query: CasesQuery) {
  return useQuery(casesQueryOptions(query));
}
