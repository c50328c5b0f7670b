import { queryOptions, useQuery, type QueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import { isApiError } from "@/shared/api/api-error";
import type { Me } from "@/shared/api/types";

export const meQueryKey = ["me"] as const;

/** The signed-in account, or null when there is no session (401): anonymity is a state, not an error. */
export async function getMe(): Promise<Me | null> {
  try {
    return ok(await api.GET("/api/me"));
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export const meQueryOptions = () => queryOptions({ queryKey: meQueryKey, queryFn: getMe, staleTime: 5 * 60 * 1000 });

export function useMe() {
  return useQuery(meQueryOptions());
}

/**
 * Switches the cached account (null: signed out) and drops every other cached answer, which
 * belonged to the previous session. The `me` query itself stays so its observers see the change.
 */
export function setSession(queryClient: QueryClient, me: Me | null): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
  queryClient.setQueryData(meQueryKey, me);
}
