import { Alert, Spinner } from "@digdir/designsystemet-react";
import { isApiError } from "@/shared/api/api-error";
import { useI18n } from "@/shared/i18n/i18n";

/** While a query loads. */
export function Loading() {
  const { t } = useI18n();
  return <Spinner aria-label={t("app.loading")} />;
}

/** A failed query or action: the server's own `detail`, or a general message for network trouble. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useI18n();
  return (
    <Alert data-color="danger" role="alert">
      {isApiError(error) ? error.detail : t("app.error")}
    </Alert>
  );
}

/** The message of an error, for places that show it inline. */
export function useErrorMessage() {
  const { t } = useI18n();
  return (error: unknown) => (isApiError(error) ? error.detail : t("app.error"));
}
