import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { JsonBody } from "@/shared/api/types";

export type ProfileInput = JsonBody<"/api/providers/{provider_id}/profile", "post">;

/** The provider administrator proposes a new public profile; it replaces a proposal still waiting. */
export async function proposeProfile(providerId: string, body: ProfileInput) {
  return ok(
    await api.POST("/api/providers/{provider_id}/profile", { params: { path: { provider_id: providerId } }, body }),
  );
}

export function useProposeProfile(providerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProfileInput) => proposeProfile(providerId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["profiles"] }),
  });
}
