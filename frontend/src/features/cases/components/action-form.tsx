import { Button, Heading } from "@digdir/designsystemet-react";
import type { FormEvent, ReactNode } from "react";
import { FormError } from "@/shared/components/form-error";
import { useErrorMessage } from "@/shared/components/query-state";
import { useI18n } from "@/shared/i18n/i18n";

type ActionFormProps = {
  title: string;
  submitLabel: string;
  pending: boolean;
  /** The failed call, if any: its detail shows in a focused alert. */
  error: unknown;
  /** The form's own checks failed. */
  invalid?: boolean;
  /** Changes with every submit so a repeated failure moves focus again. */
  attempt?: unknown;
  onSubmit: () => void;
  /** Secondary for a step that asks for confirmation first, so it does not read as the page's main action. */
  submitVariant?: "primary" | "secondary";
  testId?: string;
  children?: ReactNode;
};

/** One step on the case page: a titled form with its error summary, fields and one submit button. */
export function ActionForm(props: ActionFormProps) {
  const { title, submitLabel, pending, error, invalid, attempt, onSubmit, submitVariant, testId, children } = props;
  const { t } = useI18n();
  const messageOf = useErrorMessage();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pending) onSubmit();
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="kv-action kv-stack" data-testid={testId}>
      <Heading level={3} data-size="xs">
        {title}
      </Heading>
      {invalid ? (
        <FormError attempt={attempt}>{t("form.fixMarked")}</FormError>
      ) : error ? (
        <FormError attempt={attempt}>{messageOf(error)}</FormError>
      ) : null}
      {children}
      <div>
        <Button type="submit" loading={pending} variant={submitVariant ?? "primary"}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
