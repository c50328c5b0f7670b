import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { JsonBody } from "@/shared/api/types";

export type CreateStaffInput = JsonBody<"/api/providers/{provider_id}/staff", "post">;

/** Creates a coach (or, with `admin`, another administrator) at the caller's provider. */
export async function createProviderStaff(providerId: string, body: CreateStaffInput) {
  return ok(
    await api.POST("/api/providers/{provider_id}/staff", { params: { path: { provider_id: providerId } }, body }),
  );
}

export function useCreateProviderStaff(providerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateStaffInput) => createProviderStaff(providerId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["providers", "staff", providerId] }),
  });
}
