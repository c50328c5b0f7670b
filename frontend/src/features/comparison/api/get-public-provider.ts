import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import { PUBLIC_STALE_TIME } from "./get-public-providers";

/** One provider's public page, with results for every intervention it offers (ETag-cached like the list). */
export async function getPublicProvider(providerId: string) {
  return ok(
    await api.GET("/api/public/providers/{provider_id}", {
      params: { path: { provider_id: providerId } },
      cache: "default",
    }),
  );
}

export const publicProviderQueryOptions = (providerId: string) =>
  queryOptions({
    queryKey: ["public-providers", "one", providerId],
    queryFn: () => getPublicProvider(providerId),
    staleTime: PUBLIC_STALE_TIME,
  });

export function usePublicProvider(providerId: string) {
  return useQuery(publicProviderQueryOptions(providerId));
}
