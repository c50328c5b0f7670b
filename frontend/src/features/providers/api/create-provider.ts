import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { JsonBody } from "@/shared/api/types";

export type CreateProviderInput = JsonBody<"/api/providers", "post">;

/** Registers a provider with its authorizations (coordinator). */
export async function createProvider(body: CreateProviderInput) {
  return ok(await api.POST("/api/providers", { body }));
}

export function useCreateProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProvider,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["providers"] }),
  });
}
