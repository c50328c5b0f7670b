import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { QueryParams } from "@/shared/api/types";

export type MarkAllQuery = QueryParams<"/api/messages/read-all", "post">;

/**
 * Marks every unread message in the caller's inbox (and their provider's) as read; with a case or group, only
 * those the inbox's same filters show.
 */
export async function markAllMessagesRead(query: MarkAllQuery = {}) {
  return ok(await api.POST("/api/messages/read-all", { params: { query } }));
}

export function useMarkAllMessagesRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (query: MarkAllQuery = {}) => markAllMessagesRead(query),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["messages"] }),
        queryClient.invalidateQueries({ queryKey: ["cases", "list"] }),
      ]),
  });
}
