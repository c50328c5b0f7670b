import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/client";

/** Deactivates an account; the API refuses (409, with a clear detail) while the coach has open cases. */
export async function deactivateProviderStaff(providerId: string, userId: string): Promise<void> {
  await api.POST("/api/providers/{provider_id}/staff/{user_id}/deactivate", {
    params: { path: { provider_id: providerId, user_id: userId } },
  });
}

export function useDeactivateProviderStaff(providerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => deactivateProviderStaff(providerId, userId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["providers", "staff", providerId] }),
  });
}
