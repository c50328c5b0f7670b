import { Textfield } from "@digdir/designsystemet-react";
import { useState } from "react";
import type { Case } from "@/shared/api/types";
import { useFormErrors } from "@/shared/hooks/use-form-errors";
import { useI18n } from "@/shared/i18n/i18n";
import { useHandBackCase } from "../api/hand-back-case";
import { ActionForm } from "./action-form";

const FIELDS = ["reason"] as const;

/** The provider declines the queued client, with a reason the counsellor reads. */
export function HandBackForm({ item, onDone }: { item: Case; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const mutation = useHandBackCase(item.id);
  const [reason, setReason] = useState("");
  const [attempt, setAttempt] = useState(0);
  const { errorOf, validate, hasOwnErrors } = useFormErrors(FIELDS, mutation.error);

  function submit() {
    setAttempt((n) => n + 1);
    mutation.reset();
    if (!validate({ reason: !reason.trim() && t("caseAction.handBack.reasonMissing") })) return;
    mutation.mutate({ reason: reason.trim() }, { onSuccess: () => onDone(t("caseAction.handBack.done")) });
  }

  return (
    <ActionForm
      title={t("caseAction.handBack.title")}
      submitLabel={t("caseAction.handBack.submit")}
      pending={mutation.isPending}
      error={mutation.error}
      invalid={hasOwnErrors}
      attempt={attempt}
      onSubmit={submit}
      testId="action-hand-back"
    >
      <Textfield maxLength={2000}
        multiline
        rows={3}
        label={t("caseAction.handBack.reason")}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errorOf("reason")}
      />
    </ActionForm>
  );
}
