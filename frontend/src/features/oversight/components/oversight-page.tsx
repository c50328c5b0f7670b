import { PageHeading } from "@/shared/components/page-heading";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useI18n } from "@/shared/i18n/i18n";
import { useProviderShortcomings } from "../api/get-provider-shortcomings";
import { ProviderShortcomings } from "./provider-shortcomings";

/** One provider's shortcomings for the supervisor (/tillsyn/:providerId), who may open the late cases. */
export function OversightPage({ providerId }: { providerId: string }) {
  const { t } = useI18n();
  const query = useProviderShortcomings(providerId);
  const title = t("oversight.pageTitle", { provider: query.data?.provider_name ?? "" });
  useDocumentTitle(title);
  return (
    <div className="kv-stack" data-testid="oversight-page">
      <PageHeading>{title}</PageHeading>
      <ProviderShortcomings providerId={providerId} caseLinks />
    </div>
  );
}
