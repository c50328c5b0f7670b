import { useRef, useState } from "react";
import { useNavigate } from "react-router";
import { PageHeading } from "@/shared/components/page-heading";
import { ErrorAlert, Loading } from "@/shared/components/query-state";
import { StatusMessage } from "@/shared/components/status-message";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useFlashMessage, type FlashState } from "@/shared/hooks/use-flash-message";
import { useI18n } from "@/shared/i18n/i18n";
import { useProvider } from "../api/get-provider";
import { ProviderForm } from "./provider-form";

/** Register a provider (/anordnare/ny); its page opens with the outcome. */
export function NewProviderPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  useDocumentTitle(t("providerForm.newTitle"));
  return (
    <div>
      <PageHeading>{t("providerForm.newTitle")}</PageHeading>
      <ProviderForm
        onSaved={(provider) =>
          navigate(`/anordnare/${provider.id}`, {
            state: { message: t("providerForm.saved", { name: provider.name }) } satisfies FlashState,
          })
        }
      />
    </div>
  );
}

/** One provider's details and authorizations, to change (/anordnare/:id). */
export function ProviderPage({ providerId }: { providerId: string }) {
  const { t } = useI18n();
  const query = useProvider(providerId);
  const [message, setMessage] = useState(useFlashMessage());
  const statusRef = useRef<HTMLDivElement>(null);
  const title = query.data?.name ?? t("providerForm.editTitle");
  useDocumentTitle(title);
  return (
    <div className="kv-stack">
      <PageHeading>{title}</PageHeading>
      <StatusMessage message={message} ref={statusRef} />
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <ProviderForm
          // A fresh form after each save shows what the server stored.
          key={query.dataUpdatedAt}
          provider={query.data}
          onSaving={() => setMessage(null)}
          onSaved={(provider) => {
            setMessage(t("providerForm.saved", { name: provider.name }));
            statusRef.current?.focus();
          }}
        />
      )}
    </div>
  );
}
