import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";

/** What is late in the unit, per counsellor, per provider and per rule (supervisor). */
export async function getTaskOverview() {
  return ok(await api.GET("/api/tasks/overview"));
}

export const taskOverviewQueryOptions = () =>
  queryOptions({ queryKey: ["tasks", "overview"], queryFn: getTaskOverview });

export function useTaskOverview() {
  return useQuery(taskOverviewQueryOptions());
}
