import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";

/** Every report template with its sections and help texts; they change only with a new release. */
export async function getReportTemplates() {
  return ok(await api.GET("/api/report-templates"));
}

export const reportTemplatesQueryOptions = () =>
  queryOptions({ queryKey: ["report-templates"], queryFn: getReportTemplates, staleTime: Infinity });

export function useReportTemplates() {
  return useQuery(reportTemplatesQueryOptions());
}
