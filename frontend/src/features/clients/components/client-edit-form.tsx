import { Button, Checkbox, Fieldset, Textfield } from "@digdir/designsystemet-react";
import { useState, type FormEvent } from "react";
import type { Client } from "@/shared/api/types";
import { FormError } from "@/shared/components/form-error";
import { LanguagePicker } from "@/shared/components/language-picker";
import { useErrorMessage } from "@/shared/components/query-state";
import { useFormErrors } from "@/shared/hooks/use-form-errors";
import { useI18n } from "@/shared/i18n/i18n";
import { useUpdateClient, type UpdateClientInput } from "../api/update-client";

const FIELDS = [
  "first_name",
  "last_name",
  "email",
  "phone",
  "language",
  "district",
  "protected_identity",
  "reason",
  "social_assistance",
  "establishment_programme",
  "language_obstacle",
] as const;

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const PHONE = /^[0-9+() -]{5,40}$/;
const TEXT_FIELDS = ["first_name", "last_name", "email", "phone", "language", "district"] as const;
const FLAGS = ["social_assistance", "establishment_programme", "language_obstacle"] as const;

/**
 * Changes a client's name, contact details, language, district and target-group facts; only what changed is sent.
 * The protected-identity box is the owner's only (`isOwner`); unticking it asks why, as the server requires.
 */
export function ClientEditForm({
  client,
  isOwner,
  onSaved,
  onCancel,
}: {
  client: Client;
  isOwner: boolean;
  onSaved: (client: Client) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  const mutation = useUpdateClient(client.id);
  const [attempt, setAttempt] = useState(0);
  const [isProtected, setProtected] = useState(client.protected_identity);
  const [language, setLanguage] = useState<string[]>(client.language ? [client.language] : []);
  const { errorOf, validate, hasOwnErrors } = useFormErrors(FIELDS, mutation.error);
  const lifting = client.protected_identity && !isProtected;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setAttempt((n) => n + 1);
    mutation.reset();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const values = Object.fromEntries(TEXT_FIELDS.map((name) => [name, text(name)])) as Record<
      (typeof TEXT_FIELDS)[number],
      string
    >;
    const reason = text("reason");
    const ok = validate({
      first_name: !values.first_name && t("clientForm.firstNameMissing"),
      last_name: !values.last_name && t("clientForm.lastNameMissing"),
      email: !!values.email && !EMAIL.test(values.email) && t("clientForm.emailInvalid"),
      phone: !!values.phone && !PHONE.test(values.phone) && t("clientForm.phoneInvalid"),
      reason: lifting && !reason && t("clientEdit.reasonMissing"),
    });
    if (!ok) return;
    const body: UpdateClientInput = {};
    for (const name of TEXT_FIELDS) {
      const value = name === "first_name" || name === "last_name" ? values[name] : values[name] || null;
      if (value !== (client[name] ?? (name === "first_name" || name === "last_name" ? "" : null))) {
        Object.assign(body, { [name]: value });
      }
    }
    for (const name of FLAGS) {
      const value = form.get(name) === "on";
      if (value !== client[name]) Object.assign(body, { [name]: value });
    }
    if (isOwner && isProtected !== client.protected_identity) {
      body.protected_identity = isProtected;
      if (lifting) body.reason = reason;
    }
    if (Object.keys(body).length === 0) {
      onSaved(client);
      return;
    }
    mutation.mutate(body, { onSuccess: onSaved });
  }

  return (
    <form
      onSubmit={handleSubmit}
      noValidate
      className="kv-stack kv-form"
      data-testid="client-edit-form"
      aria-labelledby="client-edit-heading"
    >
      {hasOwnErrors ? (
        <FormError attempt={attempt}>{t("form.fixMarked")}</FormError>
      ) : mutation.error ? (
        <FormError attempt={attempt}>{messageOf(mutation.error)}</FormError>
      ) : null}
      <Textfield
        maxLength={100}
        name="first_name"
        label={t("client.firstName")}
        defaultValue={client.first_name ?? ""}
        autoComplete="off"
        error={errorOf("first_name")}
      />
      <Textfield
        maxLength={100}
        name="last_name"
        label={t("client.lastName")}
        defaultValue={client.last_name ?? ""}
        autoComplete="off"
        error={errorOf("last_name")}
      />
      <Textfield
        maxLength={320}
        name="email"
        type="email"
        label={t("client.email")}
        description={t("form.optional")}
        defaultValue={client.email ?? ""}
        autoComplete="off"
        error={errorOf("email")}
      />
      <Textfield
        maxLength={40}
        name="phone"
        type="tel"
        label={t("client.phone")}
        description={t("form.optional")}
        defaultValue={client.phone ?? ""}
        autoComplete="off"
        error={errorOf("phone")}
      />
      <LanguagePicker
        multiple={false}
        name="language"
        label={t("client.language")}
        description={t("clientForm.languageHelp")}
        value={language}
        onChange={setLanguage}
        error={errorOf("language")}
      />
      <Textfield
        maxLength={100}
        name="district"
        label={t("client.district")}
        description={t("form.optional")}
        defaultValue={client.district ?? ""}
        error={errorOf("district")}
      />
      {isOwner && (
        <Checkbox
          name="protected_identity"
          label={t("client.protectedIdentity")}
          description={t("clientForm.protectedIdentityHelp")}
          checked={isProtected}
          onChange={(event) => setProtected(event.target.checked)}
          error={errorOf("protected_identity")}
        />
      )}
      {lifting && (
        <Textfield
          name="reason"
          label={t("clientEdit.reason")}
          description={t("clientEdit.reasonHelp")}
          multiline
          rows={3}
          error={errorOf("reason")}
        />
      )}
      <Fieldset>
        <Fieldset.Legend>{t("client.targetGroups")}</Fieldset.Legend>
        <Fieldset.Description>{t("clientForm.targetGroupsHelp")}</Fieldset.Description>
        <Checkbox
          name="social_assistance"
          label={t("client.socialAssistance")}
          defaultChecked={client.social_assistance}
        />
        <Checkbox
          name="establishment_programme"
          label={t("client.establishmentProgramme")}
          defaultChecked={client.establishment_programme}
        />
        <Checkbox
          name="language_obstacle"
          label={t("client.languageObstacle")}
          defaultChecked={client.language_obstacle}
        />
      </Fieldset>
      <div className="kv-row-actions">
        <Button type="submit" loading={mutation.isPending}>
          {t("clientEdit.submit")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("form.cancel")}
        </Button>
      </div>
    </form>
  );
}
