import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { JsonBody } from "@/shared/api/types";

export type UpdateClientInput = JsonBody<"/api/clients/{client_id}", "patch">;

/** Changes the fields sent; lifting protected identity needs `reason`. */
export async function updateClient(clientId: string, body: UpdateClientInput) {
  return ok(await api.PATCH("/api/clients/{client_id}", { params: { path: { client_id: clientId } }, body }));
}

export function useUpdateClient(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateClientInput) => updateClient(clientId, body),
    // The client shows in lists, cases and the queue: refresh everything about clients and cases.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["clients"] }),
        queryClient.invalidateQueries({ queryKey: ["cases"] }),
      ]),
  });
}
