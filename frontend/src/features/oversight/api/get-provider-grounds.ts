import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";

/** Every provider with a late report or a telling, those with a §7.6 ground first (coordinator, supervisor). */
export async function getProviderGrounds() {
  return ok(await api.GET("/api/oversight/providers"));
}

export const providerGroundsQueryOptions = () =>
  queryOptions({ queryKey: ["oversight", "providers"], queryFn: getProviderGrounds });

export function useProviderGrounds() {
  return useQuery(providerGroundsQueryOptions());
}
