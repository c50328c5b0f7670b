import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";

/** Sends a proposal back with a comment (required); the published profile stays as it was. */
export async function rejectProfile(profileId: string, comment: string) {
  return ok(
    await api.POST("/api/profiles/{profile_id}/reject", {
      params: { path: { profile_id: profileId } },
      body: { comment },
    }),
  );
}

export function useRejectProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ profileId, comment }: { profileId: string; comment: string }) => rejectProfile(profileId, comment),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["profiles"] }),
  });
}
