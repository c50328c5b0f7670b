import type { QueryClient } from "@tanstack/react-query";

/** After creating, handing in or reviewing a report: the documents, the case's history and the inbox. */
export function reportsChanged(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ["documents"], predicate: (query) => query.queryKey[1] !== "file" }),
    queryClient.invalidateQueries({ queryKey: ["cases"] }),
    queryClient.invalidateQueries({ queryKey: ["messages"] }),
  ]);
}
