import { Button, Heading, Textfield } from "@digdir/designsystemet-react";
import { useState, type FormEvent } from "react";
import { FormError } from "@/shared/components/form-error";
import { useErrorMessage } from "@/shared/components/query-state";
import { SelectField } from "@/shared/components/select-field";
import { useFormErrors } from "@/shared/hooks/use-form-errors";
import { useI18n } from "@/shared/i18n/i18n";
import { todayIso } from "@/shared/lib/dates";
import { useCreateProviderNotice } from "../api/create-provider-notice";
import { NOTICE_SUBJECTS, type NoticeSubject } from "../lib/vocabulary";

const FIELDS = ["told_on", "subject", "note"] as const;

/** Records that the provider was told of a shortcoming: the day (the server refuses a day after today), what
 * about, and what was said. */
export function NoticeForm({ providerId, onSaved }: { providerId: string; onSaved: () => void }) {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  const mutation = useCreateProviderNotice(providerId);
  const [attempt, setAttempt] = useState(0);
  const { errorOf, validate, hasOwnErrors } = useFormErrors(FIELDS, mutation.error);
  // The server states the error of a day after today in its own words (its today, not the browser's).
  const serverText = mutation.error ? messageOf(mutation.error) : undefined;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setAttempt((n) => n + 1);
    mutation.reset();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const toldOn = String(form.get("told_on") ?? "");
    const subject = String(form.get("subject") ?? "") as NoticeSubject;
    const note = String(form.get("note") ?? "").trim();
    const ok = validate({
      told_on: !toldOn && t("form.required"),
      subject: !(subject in NOTICE_SUBJECTS) && t("form.required"),
      note: !note && t("form.required"),
    });
    if (!ok) return;
    mutation.mutate(
      { told_on: toldOn, subject, note },
      {
        onSuccess: () => {
          formElement.reset();
          onSaved();
        },
      },
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="kv-stack kv-form" data-testid="notice-form">
      <Heading level={3} data-size="xs">
        {t("oversight.form.title")}
      </Heading>
      {hasOwnErrors ? (
        <FormError attempt={attempt}>{t("form.fixMarked")}</FormError>
      ) : serverText ? (
        <FormError attempt={attempt}>{serverText}</FormError>
      ) : null}
      <Textfield
        type="date"
        name="told_on"
        label={t("oversight.form.toldOn")}
        description={t("oversight.form.toldOnHelp")}
        defaultValue={todayIso()}
        error={errorOf("told_on")}
      />
      <SelectField
        name="subject"
        label={t("oversight.form.subject")}
        defaultValue="late_reports"
        error={errorOf("subject")}
      >
        {Object.entries(NOTICE_SUBJECTS).map(([code, key]) => (
          <option key={code} value={code}>
            {t(key)}
          </option>
        ))}
      </SelectField>
      <Textfield
        multiline
        rows={3}
        maxLength={4000}
        name="note"
        label={t("oversight.form.note")}
        description={t("oversight.form.noteHelp")}
        error={errorOf("note")}
      />
      <div>
        <Button type="submit" loading={mutation.isPending}>
          {t("oversight.form.submit")}
        </Button>
      </div>
    </form>
  );
}
