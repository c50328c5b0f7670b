import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { JsonBody } from "@/shared/api/types";

export type UpdateProviderInput = JsonBody<"/api/providers/{provider_id}", "patch">;

/** Changes a provider; sent `authorizations` replace the whole list. */
export async function updateProvider(providerId: string, body: UpdateProviderInput) {
  return ok(await api.PATCH("/api/providers/{provider_id}", { params: { path: { provider_id: providerId } }, body }));
}

export function useUpdateProvider(providerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProviderInput) => updateProvider(providerId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["providers"] }),
  });
}
