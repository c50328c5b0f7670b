import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import { useI18n } from "@/shared/i18n/i18n";
import type { Language } from "@/shared/i18n/language";

/** What the log's filters offer: the events in words and the people. */
export async function getAuditOptions() {
  return ok(await api.GET("/api/audit/options"));
}

export const auditOptionsQueryOptions = (language: Language) =>
  queryOptions({ queryKey: ["audit-options", language], queryFn: getAuditOptions, staleTime: 5 * 60_000 });

export function useAuditOptions() {
  const { language } = useI18n();
  return useQuery(auditOptionsQueryOptions(language));
}
