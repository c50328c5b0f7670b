import type { QueryClient } from "@tanstack/react-query";

/** After a registration or removal: the register and every attendance report of the case. */
export function absencesChanged(queryClient: QueryClient, caseId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ["absences", caseId] }),
    queryClient.invalidateQueries({ queryKey: ["attendance", caseId] }),
  ]);
}
