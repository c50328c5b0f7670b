import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";

/** Profile changes waiting for the coordinator, oldest first (one per provider at most). */
export async function getPendingProfiles() {
  return ok(await api.GET("/api/profiles/pending"));
}

export const pendingProfilesQueryOptions = () =>
  queryOptions({ queryKey: ["profiles", "pending"], queryFn: getPendingProfiles });

export function usePendingProfiles() {
  return useQuery(pendingProfilesQueryOptions());
}
