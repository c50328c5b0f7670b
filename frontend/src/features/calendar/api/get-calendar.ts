import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { OkJson } from "@/shared/api/types";
import { useI18n } from "@/shared/i18n/i18n";
import type { Language } from "@/shared/i18n/language";

export type CalendarYear = OkJson<"/api/calendar", "get">;
export type CalendarDay = CalendarYear["days"][number];

/** The year's days that are not working days besides the weekends: holidays (named in the UI language) and the
 * municipality's own days with their reasons. */
export async function getCalendar(year: number) {
  return ok(await api.GET("/api/calendar", { params: { query: { year } } }));
}

// The language is part of the key: the holidays' names come from the server in the UI language.
export const calendarQueryOptions = (year: number, language: Language) =>
  queryOptions({ queryKey: ["calendar", year, language], queryFn: () => getCalendar(year) });

export function useCalendar(year: number) {
  const { language } = useI18n();
  return useQuery({ ...calendarQueryOptions(year, language), placeholderData: keepPreviousData });
}
