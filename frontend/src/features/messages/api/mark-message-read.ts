import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";

export async function markMessageRead(messageId: string) {
  return ok(await api.POST("/api/messages/{message_id}/read", { params: { path: { message_id: messageId } } }));
}

export function useMarkMessageRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markMessageRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["messages"] }),
  });
}
