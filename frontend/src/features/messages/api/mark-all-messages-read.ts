import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";

/** Marks every unread message in the caller's inbox (and their provider's) as read. */
export async function markAllMessagesRead() {
  return ok(await api.POST("/api/messages/read-all"));
}

export function useMarkAllMessagesRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllMessagesRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["messages"] }),
  });
}
