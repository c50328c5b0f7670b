import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { OkJson } from "@/shared/api/types";
import { useI18n } from "@/shared/i18n/i18n";
import type { Language } from "@/shared/i18n/language";

export type Conversation = OkJson<"/api/cases/{case_id}/conversation", "get">;
export type ThreadItem = Conversation["items"][number];

/** A case's thread: its posts and the system's events, oldest first, the events in the UI language. */
export async function getConversation(caseId: string) {
  return ok(await api.GET("/api/cases/{case_id}/conversation", { params: { path: { case_id: caseId } } }));
}

// The language is part of the key: the events are worded by the server in the reader's language.
export const conversationQueryOptions = (caseId: string, language: Language) =>
  queryOptions({
    queryKey: ["conversation", caseId, language],
    queryFn: () => getConversation(caseId),
    refetchInterval: 60_000,
  });

export function useConversation(caseId: string) {
  const { language } = useI18n();
  return useQuery(conversationQueryOptions(caseId, language));
}

/** Where a post's attachment is downloaded (an attachment, audited by the server). */
export function attachmentUrl(caseId: string, postId: string): string {
  return `/api/cases/${encodeURIComponent(caseId)}/conversation/posts/${encodeURIComponent(postId)}/attachment`;
}
