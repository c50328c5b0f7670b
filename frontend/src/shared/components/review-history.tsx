import { Paragraph } from "@digdir/designsystemet-react";
import { useI18n } from "@/shared/i18n/i18n";
import { formatDateTime } from "@/shared/lib/format";
import type { components } from "@/shared/api/schema";
import type { MessageKey } from "@/shared/i18n/words";

type Review = components["schemas"]["ReviewOut"];

/** The review cycle's steps as the API names them (documents and structured reports share them). */
const REVIEW_ACTION_LABELS: Record<string, MessageKey> = {
  submit: "documents.action.submit",
  return: "documents.action.return",
  approve: "documents.action.approve",
};

/**
 * The review steps, oldest first: handed in, returned with the reviewer's comment (and comments on
 * sections, named by `sectionTitle`), approved.
 */
export function ReviewHistory({
  reviews,
  sectionTitle = (key) => key,
}: {
  reviews: Review[];
  sectionTitle?: (key: string) => string;
}) {
  const { t } = useI18n();
  if (reviews.length === 0) return <Paragraph>{t("documents.history.empty")}</Paragraph>;
  return (
    <ol className="kv-timeline" data-testid="review-history">
      {reviews.map((review, index) => {
        const action = REVIEW_ACTION_LABELS[review.action];
        const sections = Object.entries(review.section_comments);
        return (
          <li key={index} className="kv-timeline__item" data-action={review.action}>
            <p>
              <strong>{action ? t(action) : review.action}</strong>{" "}
              <span className="kv-timeline__meta">
                {t("documents.history.version", { number: review.version_number })}
              </span>
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
                    {sectionTitle(key)}: {text}
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
