import { Paragraph } from "@digdir/designsystemet-react";
import { useState } from "react";
import type { Case, Provider } from "@/shared/api/types";
import { Loading } from "@/shared/components/query-state";
import { SelectField } from "@/shared/components/select-field";
import { useFormErrors } from "@/shared/hooks/use-form-errors";
import { useI18n } from "@/shared/i18n/i18n";
import { useQueueCase } from "../api/queue-case";
import { authorizedProviders } from "../lib/authorized-providers";
import { ActionForm } from "./action-form";

const FIELDS = ["provider_id"] as const;

/** Day 1: queue the client at the provider they chose, among those authorized today for the intervention. */
export function QueueForm({ item, providers, onDone }: { item: Case; providers: Provider[] | undefined; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const mutation = useQueueCase(item.id);
  const [providerId, setProviderId] = useState("");
  const [attempt, setAttempt] = useState(0);
  const { errorOf, validate, hasOwnErrors } = useFormErrors(FIELDS, mutation.error);

  if (!providers) return <Loading />;
  const options = authorizedProviders(providers, item.intervention);

  function submit() {
    setAttempt((n) => n + 1);
    mutation.reset();
    if (!validate({ provider_id: !providerId && t("caseAction.queue.chooseProvider") })) return;
    const name = options.find((p) => p.id === providerId)?.name ?? "";
    mutation.mutate({ provider_id: providerId }, { onSuccess: () => onDone(t("caseAction.queue.done", { provider: name })) });
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
      {options.length === 0 ? (
        <Paragraph>{t("caseAction.queue.none")}</Paragraph>
      ) : (
        <SelectField
          label={t("caseAction.queue.provider")}
          description={t("caseAction.queue.providerHelp")}
          value={providerId}
          onChange={(event) => setProviderId(event.target.value)}
          error={errorOf("provider_id")}
        >
          <option value="">{t("form.choose")}</option>
          {options.map((provider) => (
            <option key={provider.id} value={provider.id}>
              {provider.name}
            </option>
          ))}
        </SelectField>
      )}
    </ActionForm>
  );
}
