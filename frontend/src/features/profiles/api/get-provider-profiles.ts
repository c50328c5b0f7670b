import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { OkJson } from "@/shared/api/types";

export type ProviderProfiles = OkJson<"/api/providers/{provider_id}/profile", "get">;
export type Profile = NonNullable<ProviderProfiles["published"]>;

/** A provider's published profile, the change waiting for approval and the last rejected one. */
export async function getProviderProfiles(providerId: string) {
  return ok(await api.GET("/api/providers/{provider_id}/profile", { params: { path: { provider_id: providerId } } }));
}

export const providerProfilesQueryOptions = (providerId: string) =>
  queryOptions({ queryKey: ["profiles", "provider", providerId], queryFn: () => getProviderProfiles(providerId) });

export function useProviderProfiles(providerId: string) {
  return useQuery({ ...providerProfilesQueryOptions(providerId), enabled: !!providerId });
}
