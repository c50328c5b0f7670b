import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";

/** The case's absence register, for the monthly report's absence section. */
export async function getCaseAbsences(caseId: string) {
  return ok(await api.GET("/api/cases/{case_id}/absences", { params: { path: { case_id: caseId } } }));
}

// The register's own key, so a registration elsewhere refreshes the report's list.
export const caseAbsencesQueryOptions = (caseId: string) =>
  queryOptions({ queryKey: ["absences", caseId], queryFn: () => getCaseAbsences(caseId) });

/** The registrations that touch `month` (YYYY-MM), in date order. */
export function useMonthAbsences(caseId: string, month: string | null, options: { enabled?: boolean } = {}) {
  return useQuery({
    ...caseAbsencesQueryOptions(caseId),
    enabled: options.enabled ?? true,
    select: (register) =>
      month
        ? register.items.filter((item) => item.date_from.slice(0, 7) <= month && item.date_to.slice(0, 7) >= month)
        : [],
  });
}
