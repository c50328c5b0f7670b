import { LinkButton } from "@/shared/components/link-button";
import { PageHeading } from "@/shared/components/page-heading";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useI18n } from "@/shared/i18n/i18n";
import { ProvidersTable } from "./providers-table";

/** The provider register (/anordnare). */
export function ProvidersPage() {
  const { t } = useI18n();
  useDocumentTitle(t("providers.title"));
  return (
    <div className="kv-stack" data-testid="providers-page">
      <PageHeading>{t("providers.title")}</PageHeading>
      <ProvidersContent />
    </div>
  );
}

/** The register and the way to add a provider; also the coordinator's start page. */
export function ProvidersContent() {
  const { t } = useI18n();
  return (
    <>
      <div>
        <LinkButton to="/anordnare/ny">{t("providers.new")}</LinkButton>
      </div>
      <ProvidersTable />
    </>
  );
}
