import { Paragraph } from "@digdir/designsystemet-react";
import { useI18n } from "@/shared/i18n/i18n";
import { formatDateTime } from "@/shared/lib/format";
import type { ReportReview } from "../api/get-report";
import type { MessageKey } from "@/shared/i18n/sv";

const ACTION_LABELS: Record<string, MessageKey> = {
  submit: "documents.action.submit",
  return: "documents.action.return",
  approve: "documents.action.approve",
};

/** The report's review steps, oldest first, with the comments given on each return. */
export function ReportHistory({ reviews, titleOf }: { reviews: ReportReview[]; titleOf: (key: string) => string }) {
  const { t } = useI18n();
  if (reviews.length === 0) return <Paragraph>{t("documents.history.empty")}</Paragraph>;
  return (
    <ol className="kv-timeline" data-testid="review-history">
      {reviews.map((review, index) => {
        const label = ACTION_LABELS[review.action];
        const sections = Object.entries(review.section_comments);
        return (
          <li key={index} className="kv-timeline__item" data-action={review.action}>
            <p>
              <strong>{label ? t(label) : review.action}</strong>{" "}
              <span className="kv-timeline__meta">{t("documents.history.version", { number: review.version_number })}</span>
            </p>
            <p className="kv-timeline__meta">
              {review.actor_name ? `${review.actor_name} · ` : ""}
              <time dateTime={review.at}>{formatDateTime(review.at)}</time>
            </p>
            {review.comment && (
              <p className="kv-timeline__note">
                {t("documents.history.comment")}: {review.comment}
              </p>
            )}
            {sections.length > 0 && (
              <ul className="kv-review-sections">
                {sections.map(([key, text]) => (
                  <li key={key} className="kv-timeline__note">
                    {titleOf(key)}: {text}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
