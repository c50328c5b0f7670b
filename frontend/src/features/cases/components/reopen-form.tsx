import { Paragraph, Textfield } from "@digdir/designsystemet-react";
import { useState } from "react";
import type { Case } from "@/shared/api/types";
import { useFormErrors } from "@/shared/hooks/use-form-errors";
import { useI18n } from "@/shared/i18n/i18n";
import { useReopenCase } from "../api/reopen-case";
import { ActionForm } from "./action-form";

const FIELDS = ["reason"] as const;

/** Undo a mistaken ending, with a reason for the history; the case returns to the status it was ended from. */
export function ReopenForm({ item, onDone }: { item: Case; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const mutation = useReopenCase(item.id);
  const [reason, setReason] = useState("");
  const [attempt, setAttempt] = useState(0);
  const { errorOf, validate, hasOwnErrors } = useFormErrors(FIELDS, mutation.error);

  function submit() {
    setAttempt((n) => n + 1);
    mutation.reset();
    if (!validate({ reason: !reason.trim() && t("caseAction.reopen.reasonMissing") })) return;
    mutation.mutate({ reason: reason.trim() }, { onSuccess: () => onDone(t("caseAction.reopen.done")) });
  }

  return (
    <ActionForm
      title={t("caseAction.reopen.title")}
      submitLabel={t("caseAction.reopen.submit")}
      pending={mutation.isPending}
      error={mutation.error}
      invalid={hasOwnErrors}
      attempt={attempt}
      onSubmit={submit}
      submitVariant="secondary"
      testId="action-reopen"
    >
      <Paragraph>{t("caseAction.reopen.intro")}</Paragraph>
      <Textfield
        multiline
        rows={3}
        label={t("caseAction.reopen.reason")}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errorOf("reason")}
      />
    </ActionForm>
  );
}
