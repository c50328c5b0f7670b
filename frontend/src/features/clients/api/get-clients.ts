import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";

export type ClientsQuery = { limit?: number; offset?: number; q?: string };

/**
 * The caller's clients; `q` is a personal number (exact) or part of a name. A search goes in a POST body, never
 * in the URL: a personal number in a URL ends up in access logs and the browser's history.
 */
export async function getClients({ q, limit = 50, offset = 0 }: ClientsQuery) {
  if (q) return ok(await api.POST("/api/clients/search", { body: { q, limit, offset } }));
  return ok(await api.GET("/api/clients", { params: { query: { limit, offset } } }));
}

export const clientsQueryOptions = (query: ClientsQuery) =>
  queryOptions({
    queryKey: ["clients", "list", query],
    queryFn: () => getClients(query),
    placeholderData: keepPreviousData,
  });

export function useClients(query: ClientsQuery) {
  return useQuery(clientsQueryOptions(query));
}
