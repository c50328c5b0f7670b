import { Alert, Spinner } from "@digdir/designsystemet-react";
import { PageHeading } from "@/shared/components/page-heading";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useI18n } from "@/shared/i18n/i18n";
import { isApiError } from "@/shared/api/api-error";
import { useInterventionTypes } from "../api/get-intervention-types";
import { InterventionTypesTable } from "./intervention-types-table";

export function InterventionsPage() {
  const { t } = useI18n();
  const query = useInterventionTypes();
  useDocumentTitle(t("interventions.title"));

  return (
    <>
      <PageHeading>{t("interventions.title")}</PageHeading>
      {query.isPending ? (
        <Spinner aria-label={t("app.loading")} />
      ) : query.isError ? (
        <Alert data-color="danger" role="alert">
          {isApiError(query.error) ? query.error.detail : t("app.error")}
        </Alert>
      ) : (
        <InterventionTypesTable items={query.data.items} />
      )}
    </>
  );
}
