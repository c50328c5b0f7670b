import { Paragraph } from "@digdir/designsystemet-react";
import { useState } from "react";
import type { Case, Provider } from "@/shared/api/types";
import { Loading } from "@/shared/components/query-state";
import { useFormErrors } from "@/shared/hooks/use-form-errors";
import { useI18n } from "@/shared/i18n/i18n";
import { formatDateTime } from "@/shared/lib/format";
import { useQueueCase } from "../api/queue-case";
import { authorizedProviders } from "../lib/authorized-providers";
import { ActionForm } from "./action-form";
import { ProviderSelect } from "./provider-select";

const FIELDS = ["provider_id"] as const;

/**
 * Day 1: queue the client at the provider they chose, among those authorized today for the intervention.
 * A choice made with the code in the public comparison is said and preselected.
 */
export function QueueForm({
  item,
  providers,
  onDone,
}: {
  item: Case;
  providers: Provider[] | undefined;
  onDone: (message: string) => void;
}) {
  const { t } = useI18n();
  const mutation = useQueueCase(item.id);
  const [providerId, setProviderId] = useState(item.chosen_provider_id ?? "");
  const [attempt, setAttempt] = useState(0);
  const { errorOf, validate, hasOwnErrors } = useFormErrors(FIELDS, mutation.error);

  if (!providers) return <Loading />;
  const options = authorizedProviders(providers, item.intervention);
  // A chosen provider no longer authorized is not offered: the counsellor chooses with the client again.
  const selected = options.some((p) => p.id === providerId) ? providerId : "";

  function submit() {
    setAttempt((n) => n + 1);
    mutation.reset();
    if (!validate({ provider_id: !selected && t("caseAction.queue.chooseProvider") })) return;
    const name = options.find((p) => p.id === selected)?.name ?? "";
    mutation.mutate(
      { provider_id: selected },
      { onSuccess: () => onDone(t("caseAction.queue.done", { provider: name })) },
    );
  }

  return (
    <ActionForm
      title={t("caseAction.queue.title")}
      submitLabel={t("caseAction.queue.submit")}
      pending={mutation.isPending}
      error={mutation.error}
      invalid={hasOwnErrors}
      attempt={attempt}
      onSubmit={submit}
      testId="action-queue"
    >
      {item.chosen_provider_name && (
        <Paragraph data-testid="client-choice">
          {t("caseAction.queue.clientChoice", {
            provider: item.chosen_provider_name,
            date: formatDateTime(item.chosen_at),
          })}
        </Paragraph>
      )}
      <ProviderSelect
        options={options}
        value={selected}
        onChange={setProviderId}
        label={t("caseAction.queue.provider")}
        description={t("caseAction.queue.providerHelp")}
        none={t("caseAction.queue.none")}
        error={errorOf("provider_id")}
      />
    </ActionForm>
  );
}
