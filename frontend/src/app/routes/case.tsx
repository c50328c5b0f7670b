import { useParams } from "react-router";
import { CaseAbsence } from "@/features/absence/components/case-absence";
import { useUsers } from "@/features/accounts/api/get-users";
import { useMe } from "@/features/auth/api/get-me";
import { CasePage } from "@/features/cases/components/case-page";
import { CaseConversation } from "@/features/conversations/components/case-conversation";
import { CaseDocuments } from "@/features/documents/components/case-documents";
import { useProviderStaff } from "@/features/providers/api/get-provider-staff";
import { useProviders } from "@/features/providers/api/get-providers";
import { CaseReports } from "@/features/reports/components/case-reports";
import { useFlashMessage } from "@/shared/hooks/use-flash-message";
import { knownRoles } from "@/shared/roles";

/**
 * A case (/arenden/:id). The steps choose from lists of other areas, fetched here for the roles
 * that need them: providers for a counsellor queueing or ending, the provider's staff for an
 * administrator naming a coach, the counsellors for a supervisor moving the case.
 */
export function CaseRoute() {
  const { caseId = "" } = useParams();
  const { data: me } = useMe();
  const roles = knownRoles(me?.roles ?? []);
  const message = useFlashMessage();
  const providers = useProviders({ enabled: roles.includes("counsellor") });
  const staff = useProviderStaff(me?.provider_id, { enabled: roles.includes("provider_admin") });
  const counsellors = useUsers("counsellor", { enabled: roles.includes("supervisor") });
  return (
    <CasePage
      // Another case is another page: its messages and forms start afresh.
      key={caseId}
      caseId={caseId}
      viewer={{ id: me?.id ?? "", roles }}
      choices={{ providers: providers.data?.items, staff: staff.data?.items, counsellors: counsellors.data?.items }}
      clientLink={roles.includes("counsellor") || roles.includes("supervisor")}
      initialMessage={message}
      sections={(item) => (
        <>
          <CaseDocuments item={item} roles={roles} />
          <CaseReports item={item} roles={roles} />
          <CaseAbsence item={item} />
          <CaseConversation item={item} />
        </>
      )}
    />
  );
}
