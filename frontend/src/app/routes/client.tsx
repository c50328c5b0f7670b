import { Button, Heading } from "@digdir/designsystemet-react";
import { useNavigate, useParams } from "react-router";
import { useMe } from "@/features/auth/api/get-me";
import { CaseList } from "@/features/cases/components/case-list";
import { useClient } from "@/features/clients/api/get-client";
import { ClientDetails } from "@/features/clients/components/client-details";
import { PageHeading } from "@/shared/components/page-heading";
import { ErrorAlert, Loading } from "@/shared/components/query-state";
import { StatusMessage } from "@/shared/components/status-message";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useFlashMessage } from "@/shared/hooks/use-flash-message";
import { useI18n } from "@/shared/i18n/i18n";

/** A client (/klienter/:id): details, the client's cases and, for counsellors, a new decision. */
export function ClientRoute() {
  const { clientId = "" } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const message = useFlashMessage();
  const query = useClient(clientId);
  const title = query.data?.display_name ?? t("client.title");
  useDocumentTitle(title);
  const decides = !!me?.roles.includes("counsellor");

  return (
    <div className="kv-stack" data-testid="client-page">
      <PageHeading>{title}</PageHeading>
      <StatusMessage message={message} testId="client-message" />
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <>
          <ClientDetails client={query.data} />
          <section className="kv-section kv-stack">
            <Heading level={2} data-size="sm" id="client-cases-heading">
              {t("client.casesHeading")}
            </Heading>
            {decides && (
              <div>
                {/* A button, as the test hooks name it; it opens the decision form for this client. */}
                <Button onClick={() => navigate(`/arenden/nytt?klient=${encodeURIComponent(clientId)}`)}>
                  {t("client.newDecision")}
                </Button>
              </div>
            )}
            <CaseList
              clientId={clientId}
              caption={t("client.casesCaption", { name: query.data.display_name })}
              emptyText={t("client.noCases")}
            />
          </section>
        </>
      )}
    </div>
  );
}
