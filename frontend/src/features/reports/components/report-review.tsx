import { Button, Heading, Textfield } from "@digdir/designsystemet-react";
import { useState, type FormEvent } from "react";
import { FormError } from "@/shared/components/form-error";
import { useErrorMessage } from "@/shared/components/query-state";
import { useI18n } from "@/shared/i18n/i18n";
import { useApproveReport } from "../api/approve-report";
import { useReturnReport } from "../api/return-report";
import type { ReportContent, ReportSection } from "../lib/report-form";
import { ReportView } from "./report-view";

type ReportReviewProps = {
  documentId: string;
  sections: ReportSection[];
  content: ReportContent | null;
  onDone: (message: string) => void;
};

/**
 * The counsellor's review of a handed-in report: the answers section by section with a comment
 * field for each, a general comment, and "Återremittera" (at least one comment) or "Godkänn".
 */
export function ReportReview({ documentId, sections, content, onDone }: ReportReviewProps) {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  const approve = useApproveReport(documentId);
  const giveBack = useReturnReport(documentId);
  const [comments, setComments] = useState<Record<string, string>>({});
  const [comment, setComment] = useState("");
  const [missing, setMissing] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const pending = approve.isPending || giveBack.isPending;
  const failed = approve.error ?? giveBack.error;

  function start() {
    setAttempt((n) => n + 1);
    approve.reset();
    giveBack.reset();
    setMissing(false);
  }

  function submitReturn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    start();
    const sectionComments = Object.fromEntries(
      Object.entries(comments)
        .map(([key, text]) => [key, text.trim()] as const)
        .filter(([, text]) => text),
    );
    if (!comment.trim() && Object.keys(sectionComments).length === 0) {
      setMissing(true);
      return;
    }
    giveBack.mutate(
      { comment: comment.trim(), section_comments: sectionComments },
      { onSuccess: () => onDone(t("reports.review.returned")) },
    );
  }

  function submitApprove() {
    if (pending) return;
    start();
    approve.mutate(undefined, { onSuccess: () => onDone(t("reports.review.approved")) });
  }

  return (
    <form onSubmit={submitReturn} noValidate className="kv-stack" data-testid="report-review">
      <ReportView
        sections={sections}
        content={content}
        comments={comments}
        onComment={(key, text) => setComments((current) => ({ ...current, [key]: text }))}
      />
      <div className="kv-action kv-stack" data-testid="review-actions">
        <Heading level={2} data-size="xs">
          {t("reports.review.title")}
        </Heading>
        {missing ? (
          <FormError attempt={attempt}>{t("reports.review.commentMissing")}</FormError>
        ) : failed ? (
          <FormError attempt={attempt}>{messageOf(failed)}</FormError>
        ) : null}
        <Textfield
          maxLength={5000}
          multiline
          rows={3}
          label={t("reports.review.comment")}
          description={t("reports.review.commentHelp")}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          error={missing ? t("reports.review.commentMissing") : undefined}
        />
        <div className="kv-row-actions">
          <Button type="submit" variant="secondary" loading={giveBack.isPending} disabled={approve.isPending}>
            {t("reports.review.return")}
          </Button>
          <Button type="button" onClick={submitApprove} loading={approve.isPending} disabled={giveBack.isPending}>
            {t("reports.review.approve")}
          </Button>
        </div>
      </div>
    </form>
  );
}
