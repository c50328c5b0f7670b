import { useNavigate } from "react-router";
import { PageHeading } from "@/shared/components/page-heading";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import type { FlashState } from "@/shared/hooks/use-flash-message";
import { useI18n } from "@/shared/i18n/i18n";
import { ClientForm } from "./client-form";

/** Register a client (/klienter/ny); the client's page opens with the outcome. */
export function NewClientPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  useDocumentTitle(t("clientForm.title"));
  return (
    <div className="kv-narrow-form">
      <PageHeading>{t("clientForm.title")}</PageHeading>
      <ClientForm
        onCreated={(client) =>
          navigate(`/klienter/${client.id}`, {
            state: { message: t("clientForm.saved", { name: client.display_name }) } satisfies FlashState,
          })
        }
      />
    </div>
  );
}
