import { Button, Textfield } from "@digdir/designsystemet-react";
import { useState, type FormEvent } from "react";
import type { Provider, ProviderStatus } from "@/shared/api/types";
import { FormError } from "@/shared/components/form-error";
import { useErrorMessage } from "@/shared/components/query-state";
import { SelectField } from "@/shared/components/select-field";
import { useFormErrors } from "@/shared/hooks/use-form-errors";
import { useI18n } from "@/shared/i18n/i18n";
import { useCreateProvider } from "../api/create-provider";
import { useUpdateProvider } from "../api/update-provider";
import { bodyOf, checkDraft, draftOf, emptyDraft, fieldNames, type ProviderDraft } from "../lib/provider-draft";
import { PROVIDER_STATUSES, PROVIDER_STATUS_LABELS } from "../lib/provider-status";
import { AddressesEditor } from "./addresses-editor";
import { AuthorizationsEditor } from "./authorizations-editor";

type ProviderFormProps = {
  /** The provider to change; without it the form registers a new one. */
  provider?: Provider;
  onSaved: (provider: Provider) => void;
  /** Called when the form is sent again, so that an earlier "saved" message does not stand beside new errors. */
  onSaving?: () => void;
};

/** The coordinator's form for a provider: contact details, status, districts, addresses and authorizations. */
export function ProviderForm({ provider, onSaved, onSaving }: ProviderFormProps) {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  const create = useCreateProvider();
  const update = useUpdateProvider(provider?.id ?? "");
  const mutation = provider ? update : create;
  const [draft, setDraft] = useState<ProviderDraft>(() => (provider ? draftOf(provider) : emptyDraft()));
  const [attempt, setAttempt] = useState(0);
  const { errorOf, validate, hasOwnErrors } = useFormErrors(fieldNames(draft), mutation.error);
  const set = (patch: Partial<ProviderDraft>) => setDraft((current) => ({ ...current, ...patch }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setAttempt((n) => n + 1);
    onSaving?.();
    create.reset();
    update.reset();
    const ok = validate(
      checkDraft(draft, {
        required: t("form.required"),
        choose: t("form.chooseOne"),
        endBeforeStart: t("providerForm.endBeforeStart"),
        postalCode: t("providerForm.postalCodeInvalid"),
        email: t("clientForm.emailInvalid"),
      }),
    );
    if (!ok) return;
    const body = bodyOf(draft);
    if (provider) update.mutate(body, { onSuccess: onSaved });
    else create.mutate({ ...body, org_number: draft.org_number.trim() }, { onSuccess: onSaved });
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="kv-stack kv-form kv-form--wide" data-testid="provider-form">
      {hasOwnErrors ? (
        <FormError attempt={attempt}>{t("form.fixMarked")}</FormError>
      ) : mutation.error ? (
        <FormError attempt={attempt}>{messageOf(mutation.error)}</FormError>
      ) : null}
      <Textfield
        maxLength={11}
        label={t("provider.orgNumber")}
        description={provider ? t("providerForm.orgNumberFixed") : t("providerForm.orgNumberHelp")}
        value={draft.org_number}
        readOnly={!!provider}
        onChange={(event) => set({ org_number: event.target.value })}
        error={errorOf("org_number")}
      />
      <Textfield
        maxLength={200}
        label={t("provider.name")}
        value={draft.name}
        onChange={(event) => set({ name: event.target.value })}
        error={errorOf("name")}
      />
      <Textfield
        maxLength={320}
        type="email"
        label={t("provider.email")}
        description={t("providerForm.emailHelp")}
        value={draft.email}
        onChange={(event) => set({ email: event.target.value })}
        error={errorOf("email")}
      />
      <Textfield
        maxLength={40}
        type="tel"
        label={t("provider.phone")}
        description={t("form.optional")}
        value={draft.phone}
        onChange={(event) => set({ phone: event.target.value })}
        error={errorOf("phone")}
      />
      <SelectField
        label={t("provider.status")}
        value={draft.status}
        onChange={(event) => set({ status: event.target.value as ProviderStatus })}
        error={errorOf("status")}
      >
        {PROVIDER_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(PROVIDER_STATUS_LABELS[status])}
          </option>
        ))}
      </SelectField>
      <Textfield
        label={t("provider.districts")}
        description={t("providerForm.districtsHelp")}
        value={draft.districts}
        onChange={(event) => set({ districts: event.target.value })}
        error={errorOf("districts")}
      />
      <AddressesEditor rows={draft.addresses} onChange={(addresses) => set({ addresses })} errorOf={errorOf} />
      <AuthorizationsEditor
        rows={draft.authorizations}
        onChange={(authorizations) => set({ authorizations })}
        errorOf={errorOf}
      />
      <div>
        <Button type="submit" loading={mutation.isPending}>
          {t("providerForm.submit")}
        </Button>
      </div>
    </form>
  );
}
