import { useParams } from "react-router";
import { useMe } from "@/features/auth/api/get-me";
import { ReportPage } from "@/features/reports/components/report-page";
import { useFlashMessage } from "@/shared/hooks/use-flash-message";
import { knownRoles } from "@/shared/roles";

/** A report written in the form (/rapporter/:id): the provider writes it, the counsellor reviews it. */
export function ReportRoute() {
  const { documentId = "" } = useParams();
  const { data: me } = useMe();
  const message = useFlashMessage();
  return (
    <ReportPage key={documentId} documentId={documentId} roles={knownRoles(me?.roles ?? [])} initialMessage={message} />
  );
}
