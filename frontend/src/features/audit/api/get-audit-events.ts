import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { QueryParams } from "@/shared/api/types";
import { useI18n } from "@/shared/i18n/i18n";
import type { Language } from "@/shared/i18n/language";

export type AuditQuery = QueryParams<"/api/audit", "get">;

/** The audit log, newest first, in words in the UI language; dates are Swedish calendar days, both included. */
export async function getAuditEvents(query: AuditQuery) {
  return ok(await api.GET("/api/audit", { params: { query } }));
}

export const auditEventsQueryOptions = (query: AuditQuery, language: Language) =>
  queryOptions({
    queryKey: ["audit", query, language],
    queryFn: () => getAuditEvents(query),
    placeholderData: keepPreviousData,
  });

export function useAuditEvents(query: AuditQuery) {
  const { language } = useI18n();
  return useQuery(auditEventsQueryOptions(query, language));
}

/** The CSV export of the same filter, as a link the browser downloads (with the session cookie). */
export function auditExportUrl(query: AuditQuery, language: Language): string {
  const params = new URLSearchParams({ lang: language });
  for (const [key, value] of Object.entries(query)) {
    if (key !== "limit" && key !== "offset" && value !== undefined && value !== null && value !== "") {
      params.set(key, String(value));
    }
  }
  return `/api/audit/export?${params.toString()}`;
}
