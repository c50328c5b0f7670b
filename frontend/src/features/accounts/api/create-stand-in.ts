import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { JsonBody } from "@/shared/api/types";

export type CreateStandInInput = JsonBody<"/api/stand-ins", "post">;

/** Names a counsellor to cover a colleague's caseload for a period (both days included). */
export async function createStandIn(body: CreateStandInInput) {
  return ok(await api.POST("/api/stand-ins", { body }));
}

export function useCreateStandIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createStandIn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["stand-ins"] }),
  });
}
