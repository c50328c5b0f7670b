import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { OkJson, QueryParams } from "@/shared/api/types";

export type PublicProviders = OkJson<"/api/public/providers", "get">;
export type PublicProvider = PublicProviders["items"][number];
export type PublicResults = PublicProvider["results"][number];
export type PublicFilters = QueryParams<"/api/public/providers", "get">;

/** The server keeps an answer fresh for five minutes (Cache-Control: max-age=300); so does the SPA. */
export const PUBLIC_STALE_TIME = 5 * 60 * 1000;

/**
 * Authorized providers with approved profiles and their results, filtered by the server. `cache: "default"`
 * lets the browser's HTTP cache keep the answer and revalidate it with If-None-Match, so a repeated
 * query costs a 304 and no body.
 */
export async function getPublicProviders(filters: PublicFilters) {
  return ok(await api.GET("/api/public/providers", { params: { query: filters }, cache: "default" }));
}

export const publicProvidersQueryOptions = (filters: PublicFilters = {}) =>
  queryOptions({
    queryKey: ["public-providers", "list", filters],
    queryFn: () => getPublicProviders(filters),
    staleTime: PUBLIC_STALE_TIME,
  });

/** The filtered list; while a new filter loads, the previous result stays on screen. */
export function usePublicProviders(filters: PublicFilters = {}) {
  return useQuery({ ...publicProvidersQueryOptions(filters), placeholderData: keepPreviousData });
}
