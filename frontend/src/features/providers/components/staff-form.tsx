import { Button, Checkbox, Textfield } from "@digdir/designsystemet-react";
import { useState, type FormEvent } from "react";
import type { StaffMember } from "@/shared/api/types";
import { FormError } from "@/shared/components/form-error";
import { useErrorMessage } from "@/shared/components/query-state";
import { useFormErrors } from "@/shared/hooks/use-form-errors";
import { useI18n } from "@/shared/i18n/i18n";
import { useRules } from "@/shared/lib/rules";
import { useCreateProviderStaff } from "../api/create-provider-staff";

const FIELDS = ["name", "username", "password", "email", "admin"] as const;
const USERNAME = /^[A-Za-z0-9._@-]{2,100}$/;

/** The provider administrator creates a coach account (or another administrator). */
export function StaffForm({ providerId, onCreated }: { providerId: string; onCreated: (member: StaffMember) => void }) {
  const rules = useRules();
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  const mutation = useCreateProviderStaff(providerId);
  const [attempt, setAttempt] = useState(0);
  const { errorOf, validate, hasOwnErrors } = useFormErrors(FIELDS, mutation.error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setAttempt((n) => n + 1);
    mutation.reset();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const values = {
      name: text("name"),
      username: text("username"),
      password: String(form.get("password") ?? ""),
      email: text("email"),
    };
    const ok = validate({
      name: !values.name && t("form.required"),
      username: !values.username
        ? t("form.required")
        : !USERNAME.test(values.username) && t("staffForm.usernameInvalid"),
      password: values.password.length < rules.min_password_length && t("staffForm.passwordShort"),
      email: !!values.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(values.email) && t("clientForm.emailInvalid"),
    });
    if (!ok) return;
    mutation.mutate(
      { ...values, email: values.email || null, admin: form.get("admin") === "on" },
      {
        onSuccess: (member) => {
          formElement.reset();
          onCreated(member);
        },
      },
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="kv-stack kv-form" data-testid="staff-form">
      {hasOwnErrors ? (
        <FormError attempt={attempt}>{t("form.fixMarked")}</FormError>
      ) : mutation.error ? (
        <FormError attempt={attempt}>{messageOf(mutation.error)}</FormError>
      ) : null}
      <Textfield maxLength={200} name="name" label={t("staffForm.name")} autoComplete="off" error={errorOf("name")} />
      <Textfield
        maxLength={100}
        name="username"
        label={t("staff.username")}
        description={t("staffForm.usernameHelp")}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        error={errorOf("username")}
      />
      <Textfield
        maxLength={1024}
        name="password"
        type="password"
        label={t("staffForm.password")}
        description={t("staffForm.passwordHelp")}
        autoComplete="new-password"
        error={errorOf("password")}
      />
      <Textfield
        maxLength={320}
        name="email"
        type="email"
        label={t("staff.email")}
        description={t("form.optional")}
        autoComplete="off"
        error={errorOf("email")}
      />
      <Checkbox name="admin" label={t("staffForm.admin")} description={t("staffForm.adminHelp")} />
      <div>
        <Button type="submit" loading={mutation.isPending}>
          {t("staffForm.submit")}
        </Button>
      </div>
    </form>
  );
}
