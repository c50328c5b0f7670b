import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";

export async function getProvider(providerId: string) {
  return ok(await api.GET("/api/providers/{provider_id}", { params: { path: { provider_id: providerId } } }));
}

export const providerQueryOptions = (providerId: string) =>
  queryOptions({ queryKey: ["providers", "one", providerId], queryFn: () => getProvider(providerId) });

export function useProvider(providerId: string) {
  return useQuery(providerQueryOptions(providerId));
}
