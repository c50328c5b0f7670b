import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { QueryParams } from "@/shared/api/types";

export type MessagesQuery = QueryParams<"/api/messages", "get">;

/** The caller's inbox (and, for provider accounts, the provider's), newest first, with the unread count. */
export async function getMessages(query: MessagesQuery) {
  return ok(await api.GET("/api/messages", { params: { query } }));
}

export const messagesQueryOptions = (query: MessagesQuery) =>
  queryOptions({ queryKey: ["messages", query], queryFn: () => getMessages(query), placeholderData: keepPreviousData });

export function useMessages(query: MessagesQuery) {
  return useQuery(messagesQueryOptions(query));
}

/** The number of unread messages, for the menu; checked every minute. */
export function useUnreadCount({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    ...messagesQueryOptions({ limit: 1, offset: 0 }),
    select: (inbox) => inbox.unread,
    refetchInterval: 60_000,
    enabled,
  });
}
