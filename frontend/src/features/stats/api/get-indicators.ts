import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { OkJson } from "@/shared/api/types";

export type Indicators = OkJson<"/api/stats/indicators", "get">;
export type IndicatorRow = Indicators["rows"][number];
export type Count = IndicatorRow["plans_within_30_days"];

/** The quarter's indicators per provider and intervention (supervisor, coordinator). */
export async function getIndicators(quarter: string) {
  return ok(await api.GET("/api/stats/indicators", { params: { query: { quarter } } }));
}

export const indicatorsQueryOptions = (quarter: string) =>
  queryOptions({ queryKey: ["stats", "indicators", quarter], queryFn: () => getIndicators(quarter) });

export function useIndicators(quarter: string) {
  return useQuery(indicatorsQueryOptions(quarter));
}
