import { Button, Dialog, Heading, Paragraph, Textfield } from "@digdir/designsystemet-react";
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

/**
 * End the intervention with a reason (§7); a change of provider names the new one, where a new case is queued.
 * Ending takes effect at once for the provider, so the form first asks for confirmation with the consequences
 * spelled out (a mistaken ending can be reopened, but only while no successor case exists).
 */
export function EndForm({
  item,
  providers,
  onDone,
}: {
  item: Case;
  providers: Provider[] | undefined;
  onDone: (message: string) => void;
}) {
  const { t } = useI18n();
  const mutation = useEndCase(item.id);
  const [reason, setReason] = useState<EndReason | "">("");
  const [endDate, setEndDate] = useState(todayIso());
  const [note, setNote] = useState("");
  const [newProviderId, setNewProviderId] = useState("");
  const [attempt, setAttempt] = useState(0);
  const [confirming, setConfirming] = useState(false);
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
    setConfirming(true);
  }

  function confirm() {
    if (!reason) return;
    setConfirming(false);
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

  const newProviderName = newProviders.find((p) => p.id === newProviderId)?.name;
  const providerName = item.provider_name ?? providers?.find((p) => p.id === item.provider_id)?.name;
  return (
    <ActionForm
      title={t("caseAction.end.title")}
      submitLabel={t("caseAction.end.submit")}
      submitVariant="secondary"
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
      <Textfield
        maxLength={2000}
        multiline
        rows={3}
        label={t("caseAction.end.note")}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={errorOf("note")}
      />
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        closeButton={t("dialog.close")}
        aria-labelledby="end-confirm-heading"
        data-testid="end-confirm"
      >
        <div className="kv-stack">
          <Heading level={2} data-size="xs" id="end-confirm-heading">
            {t("caseAction.end.confirmTitle")}
          </Heading>
          <Paragraph>
            {t("caseAction.end.confirmWhat", {
              date: endDate,
              reason: reason ? t(END_REASON_LABELS[reason]) : "",
            })}
          </Paragraph>
          {item.provider_id && providerName && (
            <Paragraph>{t("caseAction.end.confirmProvider", { provider: providerName })}</Paragraph>
          )}
          {changesProvider && newProviderName && (
            <Paragraph>{t("caseAction.end.confirmNewProvider", { provider: newProviderName })}</Paragraph>
          )}
          <Paragraph>{t("caseAction.end.confirmUndo")}</Paragraph>
          <div className="kv-row-actions">
            <Button type="button" data-color="danger" onClick={confirm}>
              {t("caseAction.end.confirm")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              {t("caseAction.end.cancel")}
            </Button>
          </div>
        </div>
      </Dialog>
    </ActionForm>
  );
}
