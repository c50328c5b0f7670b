import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { QueryParams } from "@/shared/api/types";

export type TaskFilters = QueryParams<"/api/tasks", "get">;

/** The caller's open obligations, the soonest due first (GET /api/tasks). */
export async function getTasks(query: TaskFilters = {}) {
  return ok(await api.GET("/api/tasks", { params: { query } }));
}

export const tasksQueryOptions = (query: TaskFilters = {}) =>
  queryOptions({ queryKey: ["tasks", query], queryFn: () => getTasks(query) });

export function useTasks(query: TaskFilters = {}) {
  return useQuery(tasksQueryOptions(query));
}
