import { Link, Paragraph } from "@digdir/designsystemet-react";
import { Link as RouterLink, useNavigate, useSearchParams } from "react-router";
import { CaseForm } from "@/features/cases/components/case-form";
import { useClient } from "@/features/clients/api/get-client";
import { PageHeading } from "@/shared/components/page-heading";
import { ErrorAlert, Loading } from "@/shared/components/query-state";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import type { FlashState } from "@/shared/hooks/use-flash-message";
import { useI18n } from "@/shared/i18n/i18n";

/** A new decision for a client (/arenden/nytt?klient=<id>); the new case opens with the outcome. */
export function NewCaseRoute() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const clientId = params.get("klient") ?? "";
  useDocumentTitle(t("caseForm.title"));
  return (
    <div className="kv-narrow-form kv-stack" data-testid="new-case-page">
      <PageHeading>{t("caseForm.title")}</PageHeading>
      {clientId ? (
        <ForClient
          clientId={clientId}
          onCreated={(id) =>
            navigate(`/arenden/${id}`, { state: { message: t("caseForm.saved") } satisfies FlashState })
          }
        />
      ) : (
        <Paragraph>
          {t("caseForm.noClient")}{" "}
          <Link asChild>
            <RouterLink to="/klienter">{t("clients.title")}</RouterLink>
          </Link>
        </Paragraph>
      )}
    </div>
  );
}

function ForClient({ clientId, onCreated }: { clientId: string; onCreated: (caseId: string) => void }) {
  const { t } = useI18n();
  const client = useClient(clientId);
  if (client.isPending) return <Loading />;
  if (client.isError) return <ErrorAlert error={client.error} />;
  return (
    <>
      <Paragraph data-testid="new-case-client">
        {t("caseForm.forClient")}{" "}
        <Link asChild>
          <RouterLink to={`/klienter/${clientId}`}>{client.data.display_name}</RouterLink>
        </Link>
      </Paragraph>
      <CaseForm clientId={clientId} onCreated={(created) => onCreated(created.id)} />
    </>
  );
}
