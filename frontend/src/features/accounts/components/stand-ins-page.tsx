import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useRef, useState } from "react";
import { PageHeading } from "@/shared/components/page-heading";
import { StatusMessage } from "@/shared/components/status-message";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useI18n } from "@/shared/i18n/i18n";
import { StandInForm, StandInsTable } from "./stand-ins";

/** The supervisor's stand-ins (/stallforetradare): who covers whose caseload, and when. */
export function StandInsPage() {
  const { t } = useI18n();
  useDocumentTitle(t("standIns.title"));
  const [message, setMessage] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const done = (text: string) => {
    setMessage(text);
    statusRef.current?.focus();
  };
  return (
    <div className="kv-stack" data-testid="stand-ins-page">
      <PageHeading>{t("standIns.title")}</PageHeading>
      <Paragraph>{t("standIns.intro")}</Paragraph>
      <StatusMessage message={message} ref={statusRef} testId="stand-ins-message" />
      <StandInsTable onDeleted={done} />
      <section className="kv-section kv-stack">
        <Heading level={2} data-size="sm" id="stand-in-new-heading">
          {t("standIns.newTitle")}
        </Heading>
        <StandInForm onCreated={done} />
      </section>
    </div>
  );
}
