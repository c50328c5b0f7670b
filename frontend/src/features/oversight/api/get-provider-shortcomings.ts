import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";

/** A provider's late reports, the tellings recorded and the §7.6 ground (coordinator, supervisor). */
export async function getProviderShortcomings(providerId: string) {
  return ok(
    await api.GET("/api/providers/{provider_id}/shortcomings", { params: { path: { provider_id: providerId } } }),
  );
}

export const providerShortcomingsQueryOptions = (providerId: string) =>
  queryOptions({
    queryKey: ["oversight", "shortcomings", providerId],
    queryFn: () => getProviderShortcomings(providerId),
  });

export function useProviderShortcomings(providerId: string) {
  return useQuery(providerShortcomingsQueryOptions(providerId));
}
