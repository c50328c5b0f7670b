import { Textfield } from "@digdir/designsystemet-react";
import { useState } from "react";
import type { Case, EndReason, Provider } from "@/shared/api/types";
import { SelectField } from "@/shared/components/select-field";
import { useFormErrors } from "@/shared/hooks/use-form-errors";
import { useI18n } from "@/shared/i18n/i18n";
import { todayIso } from "@/shared/lib/dates";
import { useEndCase } from "../api/end-case";
import { authorizedProviders } from "../lib/authorized-providers";
import { END_REASONS, END_REASON_LABELS } from "../lib/case-vocabulary";
import { ActionForm } from "./action-form";

const FIELDS = ["reason", "end_date", "note", "new_provider_id"] as const;

/** End the intervention with a reason (§7); a change of provider names the new one, where a new case is queued. */
export function EndForm({ item, providers, onDone }: { item: Case; providers: Provider[] | undefined; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const mutation = useEndCase(item.id);
  const [reason, setReason] = useState<EndReason | "">("");
  const [endDate, setEndDate] = useState(todayIso());
  const [note, setNote] = useState("");
  const [newProviderId, setNewProviderId] = useState("");
  const [attempt, setAttempt] = useState(0);
  const { errorOf, validate, hasOwnErrors } = useFormErrors(FIELDS, mutation.error);
  const changesProvider = reason === "changed_provider";
  const newProviders = authorizedProviders(providers ?? [], item.intervention).filter((p) => p.id !== item.provider_id);

  function submit() {
    setAttempt((n) => n + 1);
    mutation.reset();
    const ok = validate({
      reason: !reason && t("caseAction.end.reasonMissing"),
      end_date: !endDate && t("caseAction.end.dateMissing"),
      new_provider_id: changesProvider && !newProviderId && t("caseAction.end.newProviderMissing"),
    });
    if (!ok || !reason) return;
    const newProvider = newProviders.find((p) => p.id === newProviderId);
    mutation.mutate(
      { reason, end_date: endDate, note: note.trim(), new_provider_id: changesProvider ? newProviderId : null },
      {
        onSuccess: () =>
          onDone(
            changesProvider && newProvider
              ? t("caseAction.end.doneWithNewProvider", { provider: newProvider.name })
              : t("caseAction.end.done"),
          ),
      },
    );
  }

  return (
    <ActionForm
      title={t("caseAction.end.title")}
      submitLabel={t("caseAction.end.submit")}
      pending={mutation.isPending}
      error={mutation.error}
      invalid={hasOwnErrors}
      attempt={attempt}
      onSubmit={submit}
      testId="action-end"
    >
      <SelectField
        label={t("caseAction.end.reason")}
        value={reason}
        onChange={(event) => setReason(event.target.value as EndReason | "")}
        error={errorOf("reason")}
      >
        <option value="">{t("form.choose")}</option>
        {END_REASONS.map((code) => (
          <option key={code} value={code}>
            {t(END_REASON_LABELS[code])}
          </option>
        ))}
      </SelectField>
      {changesProvider && (
        <SelectField
          label={t("caseAction.end.newProvider")}
          description={t("caseAction.end.newProviderHelp")}
          value={newProviderId}
          onChange={(event) => setNewProviderId(event.target.value)}
          error={errorOf("new_provider_id")}
        >
          <option value="">{t("form.choose")}</option>
          {newProviders.map((provider) => (
            <option key={provider.id} value={provider.id}>
              {provider.name}
            </option>
          ))}
        </SelectField>
      )}
      <Textfield
        type="date"
        label={t("caseAction.end.endDate")}
        value={endDate}
        onChange={(event) => setEndDate(event.target.value)}
        error={errorOf("end_date")}
      />
      <Textfield maxLength={2000}
        multiline
        rows={3}
        label={t("caseAction.end.note")}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={errorOf("note")}
      />
    </ActionForm>
  );
}
