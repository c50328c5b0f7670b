import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useRef, useState, type ReactNode } from "react";
import type { Case } from "@/shared/api/types";
import { PageHeading } from "@/shared/components/page-heading";
import { ErrorAlert, Loading } from "@/shared/components/query-state";
import { StatusMessage } from "@/shared/components/status-message";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useI18n } from "@/shared/i18n/i18n";
import { useInterventions } from "@/shared/lib/interventions";
import { useCase } from "../api/get-case";
import { useCaseHistory } from "../api/get-case-history";
import type { Viewer } from "../lib/viewer";
import { CaseActions, hasCaseActions, type CaseChoices } from "./case-actions";
import { CaseFacts } from "./case-facts";
import { CaseStatusTag } from "./case-status-tag";
import { CaseTimeline } from "./case-timeline";

type CasePageProps = {
  caseId: string;
  viewer: Viewer;
  choices: CaseChoices;
  /** The viewer may open the client's page (counsellors and supervisors). */
  clientLink: boolean;
  /** A message from the page that led here ("the decision is saved"). */
  initialMessage?: string | null;
  /** Sections of other areas (documents, reports, absence) that the route adds before the history. */
  sections?: (item: Case) => ReactNode;
};

/** One case: its facts and status, the steps the viewer can take now, and its history. */
export function CasePage({ caseId, viewer, choices, clientLink, initialMessage = null, sections }: CasePageProps) {
  const { t } = useI18n();
  const { nameOf } = useInterventions();
  const caseQuery = useCase(caseId);
  const historyQuery = useCaseHistory(caseId);
  const [message, setMessage] = useState<string | null>(initialMessage);
  const statusRef = useRef<HTMLDivElement>(null);
  const item = caseQuery.data;

  const title = item
    ? t("case.title", {
        client: item.client?.display_name ?? t("cases.clientHidden"),
        intervention: nameOf(item.intervention),
      })
    : t("case.loadingTitle");
  useDocumentTitle(title);

  function done(text: string) {
    setMessage(text);
    // The form that was used may disappear with the new status: keep the focus on the outcome.
    statusRef.current?.focus();
  }

  return (
    <div className="kv-stack" data-testid="case-page">
      <PageHeading>{title}</PageHeading>
      <StatusMessage message={message} ref={statusRef} testId="case-message" />
      {caseQuery.isPending ? (
        <Loading />
      ) : caseQuery.isError ? (
        <ErrorAlert error={caseQuery.error} />
      ) : (
        <>
          <Paragraph className="kv-status-line">
            {t("case.status")}: <CaseStatusTag status={caseQuery.data.status} testId="case-status" />
          </Paragraph>
          <section className="kv-section">
            <Heading level={2} data-size="sm" id="case-facts-heading">
              {t("case.factsHeading")}
            </Heading>
            <CaseFacts item={caseQuery.data} clientLink={clientLink} />
          </section>
          {hasCaseActions(caseQuery.data, viewer) && (
            <section className="kv-section kv-stack">
              <Heading level={2} data-size="sm" id="case-actions-heading">
                {t("case.actionsHeading")}
              </Heading>
              <CaseActions item={caseQuery.data} viewer={viewer} choices={choices} onDone={done} />
            </section>
          )}
          {sections?.(caseQuery.data)}
          <section className="kv-section">
            <Heading level={2} data-size="sm" id="case-history-heading">
              {t("case.historyHeading")}
            </Heading>
            {historyQuery.isPending ? (
              <Loading />
            ) : historyQuery.isError ? (
              <ErrorAlert error={historyQuery.error} />
            ) : (
              <CaseTimeline events={historyQuery.data.items} />
            )}
          </section>
        </>
      )}
    </div>
  );
}
