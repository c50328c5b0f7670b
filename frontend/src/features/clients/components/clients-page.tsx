import { PageHeading } from "@/shared/components/page-heading";
import { LinkButton } from "@/shared/components/link-button";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useI18n } from "@/shared/i18n/i18n";
import { ClientList } from "./client-list";

/** The counsellor's clients (/klienter). */
export function ClientsPage() {
  const { t } = useI18n();
  useDocumentTitle(t("clients.title"));
  return (
    <div className="kv-stack" data-testid="clients-page">
      <PageHeading>{t("clients.title")}</PageHeading>
      <ClientsContent />
    </div>
  );
}

/** The list and the way to register a client; also the counsellor's start page. */
export function ClientsContent() {
  const { t } = useI18n();
  return (
    <>
      <div>
        <LinkButton to="/klienter/ny">{t("clients.new")}</LinkButton>
      </div>
      <ClientList />
    </>
  );
}
