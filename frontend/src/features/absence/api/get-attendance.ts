import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { OkJson } from "@/shared/api/types";

export type AttendanceReport = OkJson<"/api/cases/{case_id}/attendance", "get">;

/** The attendance report (närvarorapport) of a month: working days in the intervention, absence, presence. */
export async function getAttendance(caseId: string, month: string) {
  return ok(
    await api.GET("/api/cases/{case_id}/attendance", { params: { path: { case_id: caseId }, query: { month } } }),
  );
}

export const attendanceQueryOptions = (caseId: string, month: string) =>
  queryOptions({
    queryKey: ["attendance", caseId, month],
    queryFn: () => getAttendance(caseId, month),
    placeholderData: keepPreviousData,
  });

export function useAttendance(caseId: string, month: string) {
  return useQuery(attendanceQueryOptions(caseId, month));
}

/** Where the month's report downloads as CSV (an attachment, so a plain link saves it). */
export function attendanceCsvUrl(caseId: string, month: string, lang: "sv" | "en" = "sv"): string {
  // A link cannot send Accept-Language: the UI language goes along as `lang`.
  return `/api/cases/${encodeURIComponent(caseId)}/attendance.csv?month=${encodeURIComponent(month)}&lang=${lang}`;
}
