import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";

/** Publishes a proposed profile: the public comparison shows it from now on. */
export async function approveProfile(profileId: string, comment: string) {
  return ok(
    await api.POST("/api/profiles/{profile_id}/approve", {
      params: { path: { profile_id: profileId } },
      body: { comment },
    }),
  );
}

export function useApproveProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ profileId, comment }: { profileId: string; comment: string }) => approveProfile(profileId, comment),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["profiles"] }),
        queryClient.invalidateQueries({ queryKey: ["public-providers"] }),
      ]),
  });
}
