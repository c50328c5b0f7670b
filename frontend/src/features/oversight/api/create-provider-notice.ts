import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { JsonBody } from "@/shared/api/types";

export type NoticeInput = JsonBody<"/api/providers/{provider_id}/notices", "post">;

/** Records that the provider was told of a shortcoming (§7.6). */
export async function createProviderNotice(providerId: string, body: NoticeInput) {
  return ok(
    await api.POST("/api/providers/{provider_id}/notices", { params: { path: { provider_id: providerId } }, body }),
  );
}

export function useCreateProviderNotice(providerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NoticeInput) => createProviderNotice(providerId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["oversight"] }),
  });
}
