import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { OkJson } from "@/shared/api/types";

export type AbsenceRegister = OkJson<"/api/cases/{case_id}/absences", "get">;
export type Absence = AbsenceRegister["items"][number];
export type AbsenceType = Absence["type"];
export type InvalidGround = NonNullable<Absence["ground"]>;
export type CertificateDemand = AbsenceRegister["certificate_demands"][number];
export type CertificateKind = CertificateDemand["kind"];
export type Spell = CertificateDemand["spell"];

/** The case's absences with the rules applied: late flags, certificate demands, holiday-leave warnings. */
export async function getAbsences(caseId: string) {
  return ok(await api.GET("/api/cases/{case_id}/absences", { params: { path: { case_id: caseId } } }));
}

export const absencesQueryOptions = (caseId: string) =>
  queryOptions({ queryKey: ["absences", caseId], queryFn: () => getAbsences(caseId) });

export function useAbsences(caseId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...absencesQueryOptions(caseId), ...options });
}
