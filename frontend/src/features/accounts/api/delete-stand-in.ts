import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/client";

export async function deleteStandIn(standInId: string): Promise<void> {
  await api.DELETE("/api/stand-ins/{stand_in_id}", { params: { path: { stand_in_id: standInId } } });
}

export function useDeleteStandIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteStandIn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["stand-ins"] }),
  });
}
