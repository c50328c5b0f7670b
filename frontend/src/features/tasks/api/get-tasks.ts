import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { QueryParams } from "@/shared/api/types";
import { useI18n } from "@/shared/i18n/i18n";
import type { Language } from "@/shared/i18n/language";

export type TaskFilters = QueryParams<"/api/tasks", "get">;

/** The caller's open obligations, the soonest due first (GET /api/tasks); the server titles each item in the UI
 * language (sent as Accept-Language). */
export async function getTasks(query: TaskFilters = {}) {
  return ok(await api.GET("/api/tasks", { params: { query } }));
}

// The language is part of the key so that switching it fetches the titles in the new language.
export const tasksQueryOptions = (query: TaskFilters, language: Language) =>
  queryOptions({ queryKey: ["tasks", query, language], queryFn: () => getTasks(query) });

export function useTasks(query: TaskFilters = {}) {
  const { language } = useI18n();
  return useQuery(tasksQueryOptions(query, language));
}
