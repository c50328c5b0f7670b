import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";

export async function getClient(clientId: string) {
  return ok(await api.GET("/api/clients/{client_id}", { params: { path: { client_id: clientId } } }));
}

export const clientQueryOptions = (clientId: string) =>
  queryOptions({ queryKey: ["clients", "one", clientId], queryFn: () => getClient(clientId) });

export function useClient(clientId: string) {
  return useQuery(clientQueryOptions(clientId));
}
