import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { QueryParams } from "@/shared/api/types";

export type ClientsQuery = QueryParams<"/api/clients", "get">;

/** The caller's clients; `q` is a personal number (exact) or part of a name. */
export async function getClients(query: ClientsQuery) {
  return ok(await api.GET("/api/clients", { params: { query } }));
}

export const clientsQueryOptions = (query: ClientsQuery) =>
  queryOptions({ queryKey: ["clients", "list", query], queryFn: () => getClients(query), placeholderData: keepPreviousData });

export function useClients(query: ClientsQuery) {
  return useQuery(clientsQueryOptions(query));
}
