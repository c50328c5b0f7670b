import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";

/** The whole provider register with authorizations (a few hundred rows at most, sent in one page). */
export async function getProviders() {
  return ok(await api.GET("/api/providers"));
}

export const providersQueryOptions = () => queryOptions({ queryKey: ["providers", "list"], queryFn: getProviders });

export function useProviders({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...providersQueryOptions(), enabled });
}
