import { Button, Heading, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { useState, type FormEvent } from "react";
import { FormError } from "@/shared/components/form-error";
import { useErrorMessage } from "@/shared/components/query-state";
import { useFormErrors } from "@/shared/hooks/use-form-errors";
import { useI18n } from "@/shared/i18n/i18n";
import { useApproveDocument } from "../api/approve-document";
import { useReturnDocument } from "../api/return-document";

const FIELDS = ["comment"] as const;

/** The counsellor's review of a submitted file: approve it, or return it with a comment to answer. */
export function ReviewForm({ documentId, onDone }: { documentId: string; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  const approve = useApproveDocument(documentId);
  const giveBack = useReturnDocument(documentId);
  const [comment, setComment] = useState("");
  const [attempt, setAttempt] = useState(0);
  const { errorOf, validate, hasOwnErrors } = useFormErrors(FIELDS, giveBack.error);
  const pending = approve.isPending || giveBack.isPending;
  const failed = approve.error ?? giveBack.error;

  function reset() {
    setAttempt((n) => n + 1);
    approve.reset();
    giveBack.reset();
  }

  function submitReturn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    reset();
    if (!validate({ comment: !comment.trim() && t("documents.review.commentMissing") })) return;
    giveBack.mutate({ comment: comment.trim() }, { onSuccess: () => onDone(t("documents.review.returned")) });
  }

  function submitApprove() {
    if (pending) return;
    reset();
    validate({});
    approve.mutate(undefined, { onSuccess: () => onDone(t("documents.review.approved")) });
  }

  return (
    <div className="kv-action kv-stack" data-testid="review-actions">
      <Heading level={2} data-size="xs">
        {t("documents.review.title")}
      </Heading>
      {hasOwnErrors ? (
        <FormError attempt={attempt}>{t("form.fixMarked")}</FormError>
      ) : failed ? (
        <FormError attempt={attempt}>{messageOf(failed)}</FormError>
      ) : null}
      <Paragraph data-size="sm">{t("documents.review.approveHelp")}</Paragraph>
      <div>
        <Button onClick={submitApprove} loading={approve.isPending} disabled={giveBack.isPending}>
          {t("documents.review.approve")}
        </Button>
      </div>
      <form onSubmit={submitReturn} noValidate className="kv-stack">
        <Textfield
          maxLength={5000}
          multiline
          rows={4}
          label={t("documents.review.comment")}
          description={t("documents.review.commentHelp")}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          error={errorOf("comment")}
        />
        <div>
          <Button type="submit" variant="secondary" loading={giveBack.isPending} disabled={approve.isPending}>
            {t("documents.review.return")}
          </Button>
        </div>
      </form>
    </div>
  );
}
