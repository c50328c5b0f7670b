import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { JsonBody } from "@/shared/api/types";

export type CreateClientInput = JsonBody<"/api/clients", "post">;

/** Registers a client in the caller's caseload. */
export async function createClient(body: CreateClientInput) {
  return ok(await api.POST("/api/clients", { body }));
}

export function useCreateClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createClient,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["clients"] }),
  });
}
