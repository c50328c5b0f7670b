import { Paragraph, Textfield } from "@digdir/designsystemet-react";
import { useState } from "react";
import type { Case } from "@/shared/api/types";
import { useFormErrors } from "@/shared/hooks/use-form-errors";
import { useI18n } from "@/shared/i18n/i18n";
import { useWithdrawCase } from "../api/withdraw-case";
import { ActionForm } from "./action-form";

const FIELDS = ["reason"] as const;

/** Before the claim: take the client back out of the provider's queue, with a reason; the case is decided again. */
export function WithdrawForm({ item, onDone }: { item: Case; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const mutation = useWithdrawCase(item.id);
  const [reason, setReason] = useState("");
  const [attempt, setAttempt] = useState(0);
  const { errorOf, validate, hasOwnErrors } = useFormErrors(FIELDS, mutation.error);

  function submit() {
    setAttempt((n) => n + 1);
    mutation.reset();
    if (!validate({ reason: !reason.trim() && t("caseAction.withdraw.reasonMissing") })) return;
    mutation.mutate(
      { reason: reason.trim() },
      { onSuccess: () => onDone(t("caseAction.withdraw.done", { provider: item.provider_name ?? "" })) },
    );
  }

  return (
    <ActionForm
      title={t("caseAction.withdraw.title")}
      submitLabel={t("caseAction.withdraw.submit")}
      pending={mutation.isPending}
      error={mutation.error}
      invalid={hasOwnErrors}
      attempt={attempt}
      onSubmit={submit}
      submitVariant="secondary"
      testId="action-withdraw"
    >
      <Paragraph>{t("caseAction.withdraw.intro", { provider: item.provider_name ?? "" })}</Paragraph>
      <Textfield
        multiline
        rows={3}
        label={t("caseAction.withdraw.reason")}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errorOf("reason")}
      />
    </ActionForm>
  );
}
