import { Paragraph, Textfield } from "@digdir/designsystemet-react";
import { useState } from "react";
import type { Case } from "@/shared/api/types";
import { useFormErrors } from "@/shared/hooks/use-form-errors";
import { useI18n } from "@/shared/i18n/i18n";
import type { MessageKey } from "@/shared/i18n/words";
import { useHandBackCase } from "../api/hand-back-case";
import { useReopenCase } from "../api/reopen-case";
import { useWithdrawCase } from "../api/withdraw-case";
import { ActionForm } from "./action-form";

const FIELDS = ["reason"] as const;

type ReasonMutation = {
  mutate: (body: { reason: string }, options: { onSuccess: () => void }) => void;
  reset: () => void;
  isPending: boolean;
  error: unknown;
};

type ReasonFormProps = {
  /** The step's keys under `caseAction.<step>.`: title, reason, reasonMissing, submit, done (and intro). */
  step: "handBack" | "reopen" | "withdraw";
  mutation: ReasonMutation;
  onDone: (message: string) => void;
  intro?: string;
  doneParams?: Record<string, string>;
  submitVariant?: "primary" | "secondary";
  testId: string;
};

/** A step on the case whose only field is the reason, which goes into the case history. */
function ReasonForm({ step, mutation, onDone, intro, doneParams, submitVariant, testId }: ReasonFormProps) {
  const { t } = useI18n();
  const key = (name: string) => `caseAction.${step}.${name}` as MessageKey;
  const [reason, setReason] = useState("");
  const [attempt, setAttempt] = useState(0);
  const { errorOf, validate, hasOwnErrors } = useFormErrors(FIELDS, mutation.error);

  function submit() {
    setAttempt((n) => n + 1);
    mutation.reset();
    if (!validate({ reason: !reason.trim() && t(key("reasonMissing")) })) return;
    mutation.mutate({ reason: reason.trim() }, { onSuccess: () => onDone(t(key("done"), doneParams)) });
  }

  return (
    <ActionForm
      title={t(key("title"))}
      submitLabel={t(key("submit"))}
      pending={mutation.isPending}
      error={mutation.error}
      invalid={hasOwnErrors}
      attempt={attempt}
      onSubmit={submit}
      submitVariant={submitVariant}
      testId={testId}
    >
      {intro && <Paragraph>{intro}</Paragraph>}
      <Textfield
        multiline
        rows={3}
        maxLength={2000}
        label={t(key("reason"))}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errorOf("reason")}
      />
    </ActionForm>
  );
}

type StepProps = { item: Case; onDone: (message: string) => void };

/** The provider declines the queued client, with a reason the counsellor reads. */
export function HandBackForm({ item, onDone }: StepProps) {
  return <ReasonForm step="handBack" mutation={useHandBackCase(item.id)} onDone={onDone} testId="action-hand-back" />;
}

/** Undo a mistaken ending, with a reason for the history; the case returns to the status it was ended from. */
export function ReopenForm({ item, onDone }: StepProps) {
  const { t } = useI18n();
  return (
    <ReasonForm
      step="reopen"
      mutation={useReopenCase(item.id)}
      onDone={onDone}
      intro={t("caseAction.reopen.intro")}
      submitVariant="secondary"
      testId="action-reopen"
    />
  );
}

/** Before the claim: take the client back out of the provider's queue, with a reason; the case is decided again. */
export function WithdrawForm({ item, onDone }: StepProps) {
  const { t } = useI18n();
  const provider = { provider: item.provider_name ?? "" };
  return (
    <ReasonForm
      step="withdraw"
      mutation={useWithdrawCase(item.id)}
      onDone={onDone}
      intro={t("caseAction.withdraw.intro", provider)}
      doneParams={provider}
      submitVariant="secondary"
      testId="action-withdraw"
    />
  );
}
