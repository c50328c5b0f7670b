import { Button, Textfield } from "@digdir/designsystemet-react";
import { useState } from "react";
import { FormError } from "@/shared/components/form-error";
import { useErrorMessage } from "@/shared/components/query-state";
import { useI18n } from "@/shared/i18n/i18n";
import type { Profile } from "../api/get-provider-profiles";
import { useApproveProfile } from "../api/approve-profile";
import { useRejectProfile } from "../api/reject-profile";

/** Approve (comment optional) or reject (comment required, it goes back to the provider) one proposal. */
export function DecisionForm({ proposal, onDecided }: { proposal: Profile; onDecided: (message: string) => void }) {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  const approve = useApproveProfile();
  const reject = useRejectProfile();
  const [comment, setComment] = useState("");
  const [missing, setMissing] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const pending = approve.isPending || reject.isPending;
  const error = approve.error ?? reject.error;

  function decide(kind: "approve" | "reject") {
    if (pending) return;
    setAttempt((n) => n + 1);
    approve.reset();
    reject.reset();
    const text = comment.trim();
    if (kind === "reject" && !text) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const input = { profileId: proposal.id, comment: text };
    const provider = proposal.provider_name;
    if (kind === "approve")
      approve.mutate(input, { onSuccess: () => onDecided(t("profiles.decision.approved", { provider })) });
    else reject.mutate(input, { onSuccess: () => onDecided(t("profiles.decision.rejected", { provider })) });
  }

  return (
    <form
      className="kv-action kv-stack"
      noValidate
      onSubmit={(event) => event.preventDefault()}
      data-testid="profile-decision"
    >
      {missing ? (
        <FormError attempt={attempt}>{t("form.fixMarked")}</FormError>
      ) : error ? (
        <FormError attempt={attempt}>{messageOf(error)}</FormError>
      ) : null}
      <Textfield
        maxLength={2000}
        multiline
        rows={3}
        label={t("profiles.decision.comment")}
        description={t("profiles.decision.commentHelp")}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        error={missing ? t("profiles.decision.commentMissing") : undefined}
      />
      <div className="kv-row-actions">
        <Button type="button" loading={approve.isPending} onClick={() => decide("approve")}>
          {t("profiles.decision.approve")}
        </Button>
        <Button type="button" variant="secondary" loading={reject.isPending} onClick={() => decide("reject")}>
          {t("profiles.decision.reject")}
        </Button>
      </div>
    </form>
  );
}
