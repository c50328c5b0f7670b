import { Alert, Button, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { isApiError } from "@/shared/api/api-error";
import type { Me } from "@/shared/api/types";
import { useI18n } from "@/shared/i18n/i18n";
import { useLogin } from "../api/login";

export function LoginForm({ onSuccess }: { onSuccess: (me: Me) => void }) {
  const { t } = useI18n();
  const loginMutation = useLogin();
  const [missing, setMissing] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);

  const { error } = loginMutation;
  // The server's own wording (wrong credentials, throttled) is the most precise message we have.
  const message = missing ? t("login.missing") : error ? (isApiError(error) ? error.detail : t("app.error")) : null;

  useEffect(() => {
    // Move focus to the message so keyboard and screen-reader users land on what went wrong.
    if (message) alertRef.current?.focus();
  }, [message, loginMutation.submittedAt]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loginMutation.isPending) return;
    const form = new FormData(event.currentTarget);
    const username = String(form.get("username") ?? "").trim();
    const password = String(form.get("password") ?? "");
    setMissing(!username || !password);
    if (!username || !password) return;
    loginMutation.mutate({ username, password }, { onSuccess });
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="kv-stack">
      <Paragraph>{t("login.intro")}</Paragraph>
      {message && (
        <Alert data-color="danger" role="alert" tabIndex={-1} ref={alertRef}>
          {message}
        </Alert>
      )}
      <Textfield
        maxLength={100}
        label={t("login.username")}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
      />
      <Textfield
        maxLength={1024}
        label={t("login.password")}
        name="password"
        type="password"
        autoComplete="current-password"
      />
      <div>
        <Button type="submit" loading={loginMutation.isPending}>
          {loginMutation.isPending ? t("login.submitting") : t("login.submit")}
        </Button>
      </div>
    </form>
  );
}
