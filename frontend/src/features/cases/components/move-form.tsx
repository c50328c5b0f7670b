import { Textfield } from "@digdir/designsystemet-react";
import { useState } from "react";
import type { Case, Provider } from "@/shared/api/types";
import { Loading } from "@/shared/components/query-state";
import { useFormErrors } from "@/shared/hooks/use-form-errors";
import { useI18n } from "@/shared/i18n/i18n";
import { useMoveCase } from "../api/move-case";
import { authorizedProviders } from "../lib/authorized-providers";
import { ActionForm } from "./action-form";
import { ProviderSelect } from "./provider-select";

const FIELDS = ["provider_id", "reason"] as const;

/** Before the claim: move the queued client to another provider authorized today for the intervention. */
export function MoveForm({
  item,
  providers,
  onDone,
}: {
  item: Case;
  providers: Provider[] | undefined;
  onDone: (message: string) => void;
}) {
  const { t } = useI18n();
  const mutation = useMoveCase(item.id);
  const [providerId, setProviderId] = useState("");
  const [reason, setReason] = useState("");
  const [attempt, setAttempt] = useState(0);
  const { errorOf, validate, hasOwnErrors } = useFormErrors(FIELDS, mutation.error);

  if (!providers) return <Loading />;
  const options = authorizedProviders(providers, item.intervention).filter((p) => p.id !== item.provider_id);

  function submit() {
    setAttempt((n) => n + 1);
    mutation.reset();
    if (!validate({ provider_id: !providerId && t("caseAction.move.providerMissing") })) return;
    const name = options.find((p) => p.id === providerId)?.name ?? "";
    mutation.mutate(
      { provider_id: providerId, reason: reason.trim(), from_provider_id: item.provider_id },
      { onSuccess: () => onDone(t("caseAction.move.done", { provider: name })) },
    );
  }

  return (
    <ActionForm
      title={t("caseAction.move.title")}
      submitLabel={t("caseAction.move.submit")}
      pending={mutation.isPending}
      error={mutation.error}
      invalid={hasOwnErrors}
      attempt={attempt}
      onSubmit={submit}
      submitVariant="secondary"
      testId="action-move"
    >
      <ProviderSelect
        options={options}
        value={providerId}
        onChange={setProviderId}
        label={t("caseAction.move.provider")}
        description={t("caseAction.move.providerHelp")}
        none={t("caseAction.move.none")}
        error={errorOf("provider_id")}
      />
      <Textfield
        multiline
        rows={2}
        label={t("caseAction.move.reason")}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errorOf("reason")}
      />
    </ActionForm>
  );
}
