import { Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import { useRef, useState } from "react";
import { Navigate, Link as RouterLink } from "react-router";
import type { Case } from "@/shared/api/types";
import { PageHeading } from "@/shared/components/page-heading";
import { ErrorAlert, Loading } from "@/shared/components/query-state";
import { StatusMessage } from "@/shared/components/status-message";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useI18n } from "@/shared/i18n/i18n";
import { formatDateTime } from "@/shared/lib/format";
import type { Role } from "@/shared/roles";
import { useReport, type Report } from "../api/get-report";
import { useReportCase } from "../api/get-report-case";
import { useReportTemplates } from "../api/get-report-templates";
import { asReportContent, plannedHours, sectionsFor, type ReportTemplate } from "../lib/report-form";
import { formatMonth, sectionTitle, templateTitle } from "../lib/report-vocabulary";
import { latestReturn } from "../lib/review-state";
import { ReportEditor } from "./report-editor";
import { ReviewHistory } from "@/shared/components/review-history";
import { ReportReview } from "./report-review";
import { ReportView } from "./report-view";

type ReportPageProps = {
  documentId: string;
  roles: readonly Role[];
  /** A message from the page that led here ("the draft is created"). */
  initialMessage?: string | null;
};

const STATUS_COLORS = { draft: "neutral", submitted: "info", returned: "warning", approved: "success" } as const;

/**
 * A report written in Kundval's form (/rapporter/:id): the provider writes and hands in the draft
 * or answers a return; the counsellor reviews a handed-in report section by section; everyone
 * else reads it. An uploaded file opens on the document page instead.
 */
export function ReportPage({ documentId, roles, initialMessage = null }: ReportPageProps) {
  const { t, language } = useI18n();
  const report = useReport(documentId);
  const templates = useReportTemplates();
  const caseQuery = useReportCase(report.data?.case_id);
  const [message, setMessage] = useState<string | null>(initialMessage);
  const statusRef = useRef<HTMLDivElement>(null);
  const template = templates.data?.items.find((item) => item.kind === report.data?.kind);
  const client = caseQuery.data?.client?.display_name;
  const name =
    template && report.data
      ? [templateTitle(template, language), formatMonth(report.data.month, language)].filter(Boolean).join(" ")
      : t("reports.page.loadingTitle");
  const title = client ? `${name} – ${client}` : name;
  useDocumentTitle(title);

  function done(text: string) {
    setMessage(text);
    statusRef.current?.focus();
    window.scrollTo({ top: 0 });
  }

  if (report.data && !report.data.structured) return <Navigate to={`/dokument/${report.data.id}`} replace />;
  const failed = report.error ?? templates.error ?? caseQuery.error;

  return (
    <div className="kv-stack" data-testid="report-page">
      <PageHeading>{title}</PageHeading>
      <StatusMessage message={message} ref={statusRef} testId="report-message" />
      {failed ? (
        <ErrorAlert error={failed} />
      ) : !report.data || !templates.data || !caseQuery.data ? (
        <Loading />
      ) : !template ? (
        <ErrorAlert error={null} />
      ) : (
        <ReportBody report={report.data} template={template} item={caseQuery.data} roles={roles} onDone={done} />
      )}
    </div>
  );
}

function ReportBody({
  report,
  template,
  item,
  roles,
  onDone,
}: {
  report: Report;
  template: ReportTemplate;
  item: Case;
  roles: readonly Role[];
  onDone: (message: string) => void;
}) {
  const { t, language } = useI18n();
  const sections = sectionsFor(template, item.intervention);
  const planned = plannedHours(template.full_time_hours_per_week, item.scope_percent);
  const provider = roles.includes("provider_staff") || roles.includes("provider_admin");
  const writes = provider && (report.status === "draft" || report.status === "returned");
  const reviews = roles.includes("counsellor") && report.status === "submitted";
  const returned = report.status === "returned" ? latestReturn(report) : undefined;
  const titleOf = (key: string) => {
    const section = template.sections.find((s) => s.key === key);
    return section ? sectionTitle(section, language) : key;
  };

  return (
    <>
      <Paragraph className="kv-status-line">
        {t("documents.statusLabel")}:{" "}
        <Tag data-color={STATUS_COLORS[report.status]} data-testid="report-status" data-status={report.status}>
          {t(`documents.status.${report.status}`)}
        </Tag>
        {report.submitted_at && report.status === "submitted" && (
          <span className="kv-muted">
            {t("documents.page.submittedAt", { at: formatDateTime(report.submitted_at) })}
          </span>
        )}
      </Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/arenden/${report.case_id}`}>{t("documents.page.toCase")}</RouterLink>
        </Link>
      </Paragraph>
      {writes ? (
        <ReportEditor key={report.id} report={report} sections={sections} planned={planned} onSubmitted={onDone} />
      ) : reviews ? (
        <ReportReview
          documentId={report.id}
          sections={sections}
          content={asReportContent(report.content)}
          onDone={onDone}
        />
      ) : (
        <ReportView
          sections={sections}
          content={asReportContent(report.content)}
          shownComments={returned?.section_comments}
        />
      )}
      <section className="kv-section kv-stack" aria-labelledby="report-history-heading">
        <Heading level={2} data-size="sm" id="report-history-heading">
          {t("documents.history.heading")}
        </Heading>
        <ReviewHistory reviews={report.reviews} sectionTitle={titleOf} />
      </section>
    </>
  );
}
