import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useRef, useState, type FormEvent } from "react";
import { FormError } from "@/shared/components/form-error";
import { useErrorMessage } from "@/shared/components/query-state";
import { useI18n } from "@/shared/i18n/i18n";
import { useMakeChoice } from "../api/make-choice";
import { LeanTextfield } from "./lean-fields";

/**
 * "Välj den här anordnaren": the client types the code the counsellor gave them. No name or personal
 * number is asked for; the code alone ties the choice to the decision. The server's message says what went
 * wrong (wrong code, already used, expired, too many attempts) in the visitor's language.
 */
export function ChoiceForm({ providerId, providerName }: { providerId: string; providerName: string }) {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  const mutation = useMakeChoice();
  const [open, setOpen] = useState(false);
  const [code, setCode] = useState("");
  const [missing, setMissing] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setAttempt((n) => n + 1);
    mutation.reset();
    const trimmed = code.trim();
    setMissing(!trimmed);
    if (!trimmed) return;
    mutation.mutate(
      { code: trimmed, provider_id: providerId },
      { onSuccess: () => requestAnimationFrame(() => doneRef.current?.focus()) },
    );
  }

  if (mutation.isSuccess) {
    return (
      <div ref={doneRef} tabIndex={-1} role="status" data-testid="choice-done">
        <Alert data-color="success">
          <Heading level={3} data-size="xs">
            {t("comparison.choose.doneTitle")}
          </Heading>
          <Paragraph>{t("comparison.choose.done", { provider: mutation.data.provider_name })}</Paragraph>
        </Alert>
      </div>
    );
  }

  if (!open) {
    return (
      <div>
        <Button
          onClick={() => {
            setOpen(true);
            requestAnimationFrame(() => inputRef.current?.focus());
          }}
        >
          {t("comparison.choose.open")}
        </Button>
      </div>
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="kv-action kv-stack" data-testid="choice-form">
      <Heading level={3} data-size="xs">
        {t("comparison.choose.heading", { provider: providerName })}
      </Heading>
      {missing ? (
        <FormError attempt={attempt}>{t("comparison.choose.missing")}</FormError>
      ) : mutation.error ? (
        <FormError attempt={attempt}>{messageOf(mutation.error)}</FormError>
      ) : null}
      <Paragraph>{t("comparison.choose.intro")}</Paragraph>
      <LeanTextfield
        ref={inputRef}
        label={t("comparison.choose.code")}
        description={t("comparison.choose.codeHelp")}
        value={code}
        onChange={(event) => setCode(event.target.value)}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        error={missing ? t("comparison.choose.missing") : undefined}
        className="kv-code-field"
      />
      <div className="kv-row-actions">
        <Button type="submit" loading={mutation.isPending}>
          {t("comparison.choose.submit")}
        </Button>
        <Button type="button" variant="tertiary" onClick={() => setOpen(false)}>
          {t("form.cancel")}
        </Button>
      </div>
    </form>
  );
}
