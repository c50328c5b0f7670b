import { PageHeading } from "@/shared/components/page-heading";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useI18n } from "@/shared/i18n/i18n";
import { AuditLog } from "./audit-log";

/** The audit log (/logg), for administrators and supervisors. */
export function AuditPage() {
  const { t } = useI18n();
  useDocumentTitle(t("audit.title"));
  return (
    <div className="kv-stack" data-testid="audit-page">
      <PageHeading>{t("audit.title")}</PageHeading>
      <AuditLog />
    </div>
  );
}
