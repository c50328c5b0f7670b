import type { QueryClient } from "@tanstack/react-query";

/**
 * After any step of the case flow: the case, its history, every case list and the queue may have
 * changed, and the step sent a message (the inbox and its unread count).
 */
export function caseChanged(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ["cases"] }),
    queryClient.invalidateQueries({ queryKey: ["messages"] }),
  ]);
}
