import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { QueryParams } from "@/shared/api/types";
import { useI18n } from "@/shared/i18n/i18n";
import type { Language } from "@/shared/i18n/language";

export type MessagesQuery = QueryParams<"/api/messages", "get">;

/**
 * The caller's inbox (and, for provider accounts, the provider's), newest first, with the unread count. The
 * server writes each message in the UI language (the client sends it as Accept-Language).
 */
export async function getMessages(query: MessagesQuery) {
  return ok(await api.GET("/api/messages", { params: { query } }));
}

// The language is part of the key so that switching it fetches the messages in the new language.
export const messagesQueryOptions = (query: MessagesQuery, language: Language) =>
  queryOptions({
    queryKey: ["messages", query, language],
    queryFn: () => getMessages(query),
    placeholderData: keepPreviousData,
  });

export function useMessages(query: MessagesQuery) {
  const { language } = useI18n();
  return useQuery(messagesQueryOptions(query, language));
}

/** The number of unread messages, for the menu; checked every minute. */
export function useUnreadCount({ enabled = true }: { enabled?: boolean } = {}) {
  const { language } = useI18n();
  return useQuery({
    ...messagesQueryOptions({ limit: 1, offset: 0 }, language),
    select: (inbox) => inbox.unread,
    refetchInterval: 60_000,
    enabled,
  });
}
