import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";

/** The reader has seen the thread: their marker moves and their messages about the case are read. */
export async function markConversationRead(caseId: string) {
  return ok(await api.POST("/api/cases/{case_id}/conversation/read", { params: { path: { case_id: caseId } } }));
}

export function useMarkConversationRead(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => markConversationRead(caseId),
    // The unread marks stay on screen until the next visit (so the reader sees what was new); the counts
    // elsewhere fall now.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["messages"] }),
        queryClient.invalidateQueries({ queryKey: ["cases", "list"] }),
      ]),
  });
}
