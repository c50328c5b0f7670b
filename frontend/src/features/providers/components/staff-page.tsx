import { Heading } from "@digdir/designsystemet-react";
import { useRef, useState } from "react";
import { PageHeading } from "@/shared/components/page-heading";
import { StatusMessage } from "@/shared/components/status-message";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useI18n } from "@/shared/i18n/i18n";
import { StaffForm } from "./staff-form";
import { StaffTable } from "./staff-table";

/** The provider administrator's staff accounts (/personal): list, deactivate and create. */
export function StaffPage({ providerId, selfId }: { providerId: string; selfId: string }) {
  const { t } = useI18n();
  useDocumentTitle(t("staff.title"));
  const [message, setMessage] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const done = (text: string) => {
    setMessage(text);
    statusRef.current?.focus();
  };
  return (
    <div className="kv-stack" data-testid="staff-page">
      <PageHeading>{t("staff.title")}</PageHeading>
      <StatusMessage message={message} ref={statusRef} testId="staff-message" />
      <StaffTable providerId={providerId} selfId={selfId} onDeactivated={done} />
      <section className="kv-section kv-stack">
        <Heading level={2} data-size="sm" id="staff-new-heading">
          {t("staffForm.title")}
        </Heading>
        <StaffForm
          providerId={providerId}
          onCreated={(member) => done(t("staffForm.created", { name: member.name }))}
        />
      </section>
    </div>
  );
}
