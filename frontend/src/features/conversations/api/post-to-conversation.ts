import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toApiError } from "@/shared/api/api-error";
import { api, ok, readCookie } from "@/shared/api/client";
import { getLanguage } from "@/shared/i18n/language";
import type { ThreadItem } from "./get-conversation";

export type PostInput = { text: string; file: File | null };

/** A post: JSON without a file, multipart (text, then the file) with one. */
export async function postToConversation(caseId: string, { text, file }: PostInput): Promise<ThreadItem> {
  if (!file) {
    return ok(
      await api.POST("/api/cases/{case_id}/conversation", {
        params: { path: { case_id: caseId } },
        body: { text },
      }),
    );
  }
  const body = new FormData();
  body.append("text", text);
  body.append("file", file, file.name);
  const headers: Record<string, string> = { Accept: "application/json", "Accept-Language": getLanguage() };
  const token = readCookie("csrftoken");
  if (token) headers["x-csrftoken"] = token;
  const response = await fetch(`/api/cases/${encodeURIComponent(caseId)}/conversation`, {
    method: "POST",
    body,
    headers,
    credentials: "same-origin",
  });
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as ThreadItem;
}

/** After a post the thread, the case lists' marks and the others' inboxes have changed. */
export function usePostToConversation(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PostInput) => postToConversation(caseId, input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["conversation", caseId] }),
        queryClient.invalidateQueries({ queryKey: ["cases"] }),
      ]),
  });
}
