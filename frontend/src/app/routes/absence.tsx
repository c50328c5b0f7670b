import { useParams } from "react-router";
import { useMe } from "@/features/auth/api/get-me";
import { AbsencePage } from "@/features/absence/components/absence-page";
import { AttendancePage } from "@/features/absence/components/attendance-page";
import { knownRoles } from "@/shared/roles";

/** A case's absence register (/arenden/:id/franvaro?manad=YYYY-MM). */
export function AbsenceRoute() {
  const { caseId = "" } = useParams();
  const { data: me } = useMe();
  return <AbsencePage key={caseId} caseId={caseId} roles={knownRoles(me?.roles ?? [])} />;
}

/** A case's attendance report of a month (/arenden/:id/narvaro?manad=YYYY-MM). */
export function AttendanceRoute() {
  const { caseId = "" } = useParams();
  return <AttendancePage key={caseId} caseId={caseId} />;
}
