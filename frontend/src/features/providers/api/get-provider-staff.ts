import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";

/** The provider's accounts with their number of open cases (provider admin: own provider; coordinator). */
export async function getProviderStaff(providerId: string) {
  return ok(await api.GET("/api/providers/{provider_id}/staff", { params: { path: { provider_id: providerId } } }));
}

export const providerStaffQueryOptions = (providerId: string) =>
  queryOptions({ queryKey: ["providers", "staff", providerId], queryFn: () => getProviderStaff(providerId) });

export function useProviderStaff(
  providerId: string | null | undefined,
  { enabled = true }: { enabled?: boolean } = {},
) {
  return useQuery({ ...providerStaffQueryOptions(providerId ?? ""), enabled: enabled && !!providerId });
}
