import { PageHeading } from "@/shared/components/page-heading";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useI18n } from "@/shared/i18n/i18n";
import { Inbox } from "./inbox";

/** The inbox (/meddelanden), for every signed-in role. */
export function MessagesPage() {
  const { t } = useI18n();
  useDocumentTitle(t("messages.title"));
  return (
    <div className="kv-stack" data-testid="messages-page">
      <PageHeading>{t("messages.title")}</PageHeading>
      <Inbox />
    </div>
  );
}
