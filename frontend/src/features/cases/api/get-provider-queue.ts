import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";

/** The caller's provider's queued cases, oldest first, without personal numbers. */
export async function getProviderQueue() {
  return ok(await api.GET("/api/provider/queue"));
}

export const providerQueueQueryOptions = () =>
  queryOptions({ queryKey: ["cases", "provider-queue"], queryFn: getProviderQueue, refetchInterval: 60_000 });

export function useProviderQueue() {
  return useQuery(providerQueueQueryOptions());
}
