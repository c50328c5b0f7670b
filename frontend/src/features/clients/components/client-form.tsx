import { Button, Checkbox, Fieldset, Textfield } from "@digdir/designsystemet-react";
import { useState, type FormEvent } from "react";
import type { Client } from "@/shared/api/types";
import { FormError } from "@/shared/components/form-error";
import { LanguagePicker } from "@/shared/components/language-picker";
import { useErrorMessage } from "@/shared/components/query-state";
import { useFormErrors } from "@/shared/hooks/use-form-errors";
import { useI18n } from "@/shared/i18n/i18n";
import { useCreateClient } from "../api/create-client";

const FIELDS = [
  "personal_number",
  "first_name",
  "last_name",
  "email",
  "phone",
  "language",
  "district",
  "protected_identity",
  "social_assistance",
  "establishment_programme",
  "language_obstacle",
] as const;

// 10 or 12 digits, optionally with a hyphen or plus before the last four (the server checks date and Luhn digit).
const PERSONAL_NUMBER = /^(\d{6}|\d{8})[-+]?\d{4}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const PHONE = /^[0-9+() -]{5,40}$/;

/** Registers a client in the counsellor's caseload. */
export function ClientForm({ onCreated }: { onCreated: (client: Client) => void }) {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  const mutation = useCreateClient();
  const [attempt, setAttempt] = useState(0);
  const [language, setLanguage] = useState<string[]>([]);
  const { errorOf, validate, hasOwnErrors } = useFormErrors(FIELDS, mutation.error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setAttempt((n) => n + 1);
    mutation.reset();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const flag = (name: string) => form.get(name) === "on";
    const values = {
      personal_number: text("personal_number"),
      first_name: text("first_name"),
      last_name: text("last_name"),
      email: text("email"),
      phone: text("phone"),
      language: text("language"),
      district: text("district"),
    };
    const ok = validate({
      personal_number: !values.personal_number
        ? t("clientForm.personalNumberMissing")
        : !PERSONAL_NUMBER.test(values.personal_number) && t("clientForm.personalNumberFormat"),
      first_name: !values.first_name && t("clientForm.firstNameMissing"),
      last_name: !values.last_name && t("clientForm.lastNameMissing"),
      email: !!values.email && !EMAIL.test(values.email) && t("clientForm.emailInvalid"),
      phone: !!values.phone && !PHONE.test(values.phone) && t("clientForm.phoneInvalid"),
    });
    if (!ok) return;
    mutation.mutate(
      {
        ...values,
        email: values.email || null,
        phone: values.phone || null,
        language: values.language || null,
        district: values.district || null,
        protected_identity: flag("protected_identity"),
        social_assistance: flag("social_assistance"),
        establishment_programme: flag("establishment_programme"),
        language_obstacle: flag("language_obstacle"),
      },
      { onSuccess: onCreated },
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="kv-stack kv-form" data-testid="client-form">
      {hasOwnErrors ? (
        <FormError attempt={attempt}>{t("form.fixMarked")}</FormError>
      ) : mutation.error ? (
        <FormError attempt={attempt}>{messageOf(mutation.error)}</FormError>
      ) : null}
      <Textfield
        maxLength={20}
        name="personal_number"
        label={t("client.personalNumber")}
        description={t("clientForm.personalNumberHelp")}
        inputMode="numeric"
        autoComplete="off"
        error={errorOf("personal_number")}
      />
      <Textfield
        maxLength={100}
        name="first_name"
        label={t("client.firstName")}
        autoComplete="off"
        error={errorOf("first_name")}
      />
      <Textfield
        maxLength={100}
        name="last_name"
        label={t("client.lastName")}
        autoComplete="off"
        error={errorOf("last_name")}
      />
      <Textfield
        maxLength={320}
        name="email"
        type="email"
        label={t("client.email")}
        description={t("form.optional")}
        autoComplete="off"
        error={errorOf("email")}
      />
      <Textfield
        maxLength={40}
        name="phone"
        type="tel"
        label={t("client.phone")}
        description={t("form.optional")}
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
        error={errorOf("district")}
      />
      <Checkbox
        name="protected_identity"
        label={t("client.protectedIdentity")}
        description={t("clientForm.protectedIdentityHelp")}
        error={errorOf("protected_identity")}
      />
      <Fieldset>
        <Fieldset.Legend>{t("client.targetGroups")}</Fieldset.Legend>
        <Fieldset.Description>{t("clientForm.targetGroupsHelp")}</Fieldset.Description>
        <Checkbox name="social_assistance" label={t("client.socialAssistance")} />
        <Checkbox name="establishment_programme" label={t("client.establishmentProgramme")} />
        <Checkbox name="language_obstacle" label={t("client.languageObstacle")} />
      </Fieldset>
      <div>
        <Button type="submit" loading={mutation.isPending}>
          {t("clientForm.submit")}
        </Button>
      </div>
    </form>
  );
}
