import { Button, Heading } from "@digdir/designsystemet-react";
import { useRef, useState } from "react";
import { useNavigate, useParams } from "react-router";
import { useMe } from "@/features/auth/api/get-me";
import { CaseList } from "@/features/cases/components/case-list";
import { useClient } from "@/features/clients/api/get-client";
import { ClientDetails } from "@/features/clients/components/client-details";
import { ClientEditForm } from "@/features/clients/components/client-edit-form";
import { PageHeading } from "@/shared/components/page-heading";
import { ErrorAlert, Loading } from "@/shared/components/query-state";
import { StatusMessage } from "@/shared/components/status-message";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useFlashMessage } from "@/shared/hooks/use-flash-message";
import { useI18n } from "@/shared/i18n/i18n";

/** A client (/klienter/:id): details (which the counsellor can change), the client's cases and, for counsellors, a
 * new decision. A protected client is changed by the owning counsellor only, as the server enforces. */
export function ClientRoute() {
  const { clientId = "" } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const flash = useFlashMessage();
  const [saved, setSaved] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const message = saved ?? flash;
  const query = useClient(clientId);
  const title = query.data?.display_name ?? t("client.title");
  useDocumentTitle(title);
  const decides = !!me?.roles.includes("counsellor");
  const isOwner = !!me && query.data?.counsellor_id === me.id;
  const edits = decides && !!query.data && (isOwner || !query.data.protected_identity);

  return (
    <div className="kv-stack" data-testid="client-page">
      <PageHeading>{title}</PageHeading>
      <StatusMessage message={message} testId="client-message" ref={statusRef} />
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <>
          <section className="kv-section kv-stack" aria-labelledby="client-edit-heading">
            <Heading level={2} data-size="sm" id="client-edit-heading">
              {editing ? t("clientEdit.title") : t("clientEdit.detailsHeading")}
            </Heading>
            {editing ? (
              <ClientEditForm
                client={query.data}
                isOwner={isOwner}
                onSaved={(client) => {
                  setEditing(false);
                  setSaved(t("clientEdit.saved", { name: client.display_name }));
                  // The form is gone: focus the confirmation so keyboard and screen-reader users hear it.
                  setTimeout(() => statusRef.current?.focus(), 0);
                }}
                onCancel={() => {
                  setEditing(false);
                  setTimeout(() => editButtonRef.current?.focus(), 0);
                }}
              />
            ) : (
              <>
                <ClientDetails client={query.data} />
                {edits && (
                  <div>
                    <Button
                      variant="secondary"
                      ref={editButtonRef}
                      onClick={() => {
                        setSaved(null);
                        setEditing(true);
                      }}
                    >
                      {t("clientEdit.open")}
                    </Button>
                  </div>
                )}
              </>
            )}
          </section>
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
