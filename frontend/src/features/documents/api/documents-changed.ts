import type { QueryClient } from "@tanstack/react-query";

/**
 * After any step of a document: the document, the case's list, the review queue, the case's
 * history (review steps are case events) and the inbox (steps send messages) may have changed.
 */
export function documentsChanged(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    // A stored file never changes: its cached blob stays.
    queryClient.invalidateQueries({ queryKey: ["documents"], predicate: (query) => query.queryKey[1] !== "file" }),
    queryClient.invalidateQueries({ queryKey: ["cases"] }),
    queryClient.invalidateQueries({ queryKey: ["messages"] }),
    // Certificates satisfy the absence register's demands.
    queryClient.invalidateQueries({ queryKey: ["absences"] }),
  ]);
}
