import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { QueryParams } from "@/shared/api/types";

export type AuditQuery = QueryParams<"/api/audit", "get">;

/** The audit log, newest first; dates are Swedish calendar days, both included. */
export async function getAuditEvents(query: AuditQuery) {
  return ok(await api.GET("/api/audit", { params: { query } }));
}

export const auditEventsQueryOptions = (query: AuditQuery) =>
  queryOptions({ queryKey: ["audit", query], queryFn: () => getAuditEvents(query), placeholderData: keepPreviousData });

export function useAuditEvents(query: AuditQuery) {
  return useQuery(auditEventsQueryOptions(query));
}
