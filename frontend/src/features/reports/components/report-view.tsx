import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableFoot,
  TableHead,
  TableHeaderCell,
  TableRow,
  Textfield,
} from "@digdir/designsystemet-react";
import { useI18n } from "@/shared/i18n/i18n";
import { formatHours, type ReportContent, type ReportSection, type SectionAnswer } from "../lib/report-form";
import { sectionTitle } from "../lib/report-vocabulary";
import { MonthAbsences } from "./month-absences";
import { TableScroll } from "@/shared/components/table-scroll";

type ReportViewProps = {
  sections: ReportSection[];
  content: ReportContent | null;
  /** The reviewer's comment fields, one per section, when the view is a review. */
  comments?: Record<string, string>;
  onComment?: (key: string, text: string) => void;
  /** Comments of the last return to show next to their sections (read-only). */
  shownComments?: Record<string, string>;
};

/** A handed-in report section by section, read-only; in a review, with a comment field per section. */
export function ReportView({ sections, content, comments, onComment, shownComments }: ReportViewProps) {
  const { t, language } = useI18n();
  return (
    <div className="kv-stack" data-testid="report-view">
      {sections.map((section) => {
        const title = sectionTitle(section, language);
        const answer = content?.sections?.[section.key];
        return (
          <section
            key={section.key}
            className="kv-report-section kv-stack kv-stack--tight"
            id={`section-${section.key}`}
            data-testid="report-section"
            data-section={section.key}
          >
            <Heading level={2} data-size="xs">
              {title}
            </Heading>
            <Answer section={section} answer={answer} content={content} />
            {shownComments?.[section.key] && (
              <Paragraph className="kv-pre kv-section-comment" data-testid="section-comment">
                <strong>{t("reports.sectionComment")}:</strong> {shownComments[section.key]}
              </Paragraph>
            )}
            {onComment && (
              <Textfield
                maxLength={5000}
                multiline
                rows={2}
                label={t("reports.review.sectionComment", { section: title })}
                value={comments?.[section.key] ?? ""}
                onChange={(event) => onComment(section.key, event.target.value)}
              />
            )}
          </section>
        );
      })}
    </div>
  );
}

function Answer({
  section,
  answer,
  content,
}: {
  section: ReportSection;
  answer: SectionAnswer | undefined;
  content: ReportContent | null;
}) {
  const { t, language } = useI18n();
  if (answer?.not_applicable_reason) {
    return (
      <Paragraph className="kv-pre">
        <strong>{t("reports.notApplicable")}:</strong> {answer.not_applicable_reason}
      </Paragraph>
    );
  }
  if (section.type === "absence") {
    return (
      <>
        <MonthAbsences lines={content?.absences ?? []} />
        {answer?.text && (
          <Paragraph className="kv-pre">
            <strong>{t("reports.absence.comment")}:</strong> {answer.text}
          </Paragraph>
        )}
      </>
    );
  }
  if (section.type === "activities") {
    const rows = answer?.activities ?? [];
    if (rows.length === 0) return <Paragraph className="kv-muted">{t("reports.view.unanswered")}</Paragraph>;
    return (
      <TableScroll>
        <Table data-size="sm" className="kv-activities-table">
          <caption className="ds-sr-only">{t("reports.activities.caption")}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell scope="col">{t("reports.activities.nameColumn")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("reports.activities.hoursColumn")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row, index) => (
              <TableRow key={index}>
                <TableCell>{row.name}</TableCell>
                <TableCell className="kv-number">{formatHours(row.hours_per_week, language)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
          <TableFoot>
            <TableRow>
              <TableHeaderCell scope="row">{t("reports.activities.total")}</TableHeaderCell>
              <TableCell className="kv-number">
                {formatHours(
                  rows.reduce((sum, row) => sum + row.hours_per_week, 0),
                  language,
                )}
              </TableCell>
            </TableRow>
          </TableFoot>
        </Table>
      </TableScroll>
    );
  }
  if (section.type === "date") {
    return answer?.date ? (
      <Paragraph className="kv-number">{answer.date}</Paragraph>
    ) : (
      <Paragraph className="kv-muted">{t("reports.view.unanswered")}</Paragraph>
    );
  }
  return answer?.text ? (
    <Paragraph className="kv-pre">{answer.text}</Paragraph>
  ) : (
    <Paragraph className="kv-muted">{t("reports.view.unanswered")}</Paragraph>
  );
}
