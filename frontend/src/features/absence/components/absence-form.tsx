import { Button, Fieldset, Heading, Paragraph, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import { useState, type FormEvent } from "react";
import { FormError } from "@/shared/components/form-error";
import { useErrorMessage } from "@/shared/components/query-state";
import { SelectField } from "@/shared/components/select-field";
import { useFormErrors } from "@/shared/hooks/use-form-errors";
import { useI18n } from "@/shared/i18n/i18n";
import { useRules } from "@/shared/lib/rules";
import { todayIso } from "@/shared/lib/dates";
import { useCreateAbsence } from "../api/create-absence";
import type { Absence, AbsenceType, InvalidGround } from "../api/get-absences";
import { ABSENCE_TYPES, ABSENCE_TYPE_LABELS, INVALID_GROUNDS, INVALID_GROUND_LABELS } from "../lib/absence-vocabulary";

const FIELDS = ["date_from", "date_to", "type", "hours", "note", "ground", "contact_attempts"] as const;

/**
 * Register absence: the days (holiday leave also ahead, §3.5), the type, hours when only part of a
 * day, a note, and for invalid absence its ground and the dates of the contact attempts, three when
 * the client could not be reached (routine 002 §3.6.4: reported the same day or the next).
 */
export function AbsenceForm({ caseId, onRegistered }: { caseId: string; onRegistered: (absence: Absence) => void }) {
  const { t } = useI18n();
  const rules = useRules();
  const messageOf = useErrorMessage();
  const mutation = useCreateAbsence(caseId);
  const [from, setFrom] = useState(todayIso());
  const [to, setTo] = useState(todayIso());
  const [type, setType] = useState<AbsenceType | "">("");
  const [hours, setHours] = useState("");
  const [note, setNote] = useState("");
  const [ground, setGround] = useState<InvalidGround | "">("");
  const [attempts, setAttempts] = useState<string[]>([todayIso()]);
  const [attempt, setAttempt] = useState(0);
  const { errorOf, validate, hasOwnErrors } = useFormErrors(FIELDS, mutation.error);
  const invalid = type === "invalid";
  const attemptsNeeded = invalid && ground === "unreachable" ? rules.unreachable_contact_attempts : 0;

  function chooseGround(value: InvalidGround | "") {
    setGround(value);
    // "Unreachable" needs three attempts: offer a field for each.
    if (value === "unreachable")
      setAttempts((current) => [
        ...current,
        ...Array<string>(Math.max(0, rules.unreachable_contact_attempts - current.length)).fill(""),
      ]);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setAttempt((n) => n + 1);
    mutation.reset();
    const hoursNumber = hours.trim() ? Number(hours) : null;
    const contactDates = attempts.filter(Boolean);
    const ok = validate({
      date_from: !from && t("form.required"),
      date_to: !to ? t("form.required") : to < from && t("absence.form.endBeforeStart"),
      type: !type && t("form.chooseOne"),
      hours:
        hoursNumber !== null &&
        (!Number.isInteger(hoursNumber) || hoursNumber < 1 || hoursNumber > rules.part_day_max_hours) &&
        t("absence.form.hoursInvalid"),
      ground: invalid && !ground && t("absence.form.groundMissing"),
      contact_attempts: contactDates.length < attemptsNeeded && t("absence.form.contactAttemptsMissing"),
    });
    if (!ok || !type) return;
    mutation.mutate(
      {
        date_from: from,
        date_to: to,
        type,
        hours: hoursNumber,
        note: note.trim(),
        ground: invalid && ground ? ground : null,
        contact_attempts: invalid ? contactDates : [],
      },
      {
        onSuccess: (created) => {
          setHours("");
          setNote("");
          onRegistered(created);
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="kv-action kv-stack" data-testid="absence-form">
      <Heading level={2} data-size="xs">
        {t("absence.form.title")}
      </Heading>
      {hasOwnErrors ? (
        <FormError attempt={attempt}>{t("form.fixMarked")}</FormError>
      ) : mutation.error ? (
        <FormError attempt={attempt}>{messageOf(mutation.error)}</FormError>
      ) : null}
      <div className="kv-row-fields">
        <Textfield
          type="date"
          label={t("absence.form.from")}
          value={from}
          onChange={(event) => {
            const value = event.target.value;
            // A one-day absence is the common case: "Till" follows "Från" until it is set on its own.
            if (to === from || to < value) setTo(value);
            setFrom(value);
          }}
          error={errorOf("date_from")}
        />
        <Textfield
          type="date"
          label={t("absence.form.to")}
          value={to}
          onChange={(event) => setTo(event.target.value)}
          error={errorOf("date_to")}
        />
      </div>
      <Paragraph data-size="sm" className="kv-muted">
        {t("absence.form.aheadHelp")}
      </Paragraph>
      <SelectField
        label={t("absence.form.type")}
        value={type}
        onChange={(event) => setType(event.target.value as AbsenceType | "")}
        error={errorOf("type")}
      >
        <option value="">{t("form.choose")}</option>
        {ABSENCE_TYPES.map((code) => (
          <option key={code} value={code}>
            {t(ABSENCE_TYPE_LABELS[code])}
          </option>
        ))}
      </SelectField>
      <Textfield
        label={t("absence.form.hours")}
        description={t("absence.form.hoursHelp")}
        inputMode="numeric"
        value={hours}
        onChange={(event) => setHours(event.target.value)}
        error={errorOf("hours")}
      />
      <Textfield
        maxLength={2000}
        multiline
        rows={2}
        label={t("absence.form.note")}
        description={t("form.optional")}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={errorOf("note")}
      />
      {invalid && (
        <SelectField
          label={t("absence.form.ground")}
          value={ground}
          onChange={(event) => chooseGround(event.target.value as InvalidGround | "")}
          error={errorOf("ground")}
        >
          <option value="">{t("form.choose")}</option>
          {INVALID_GROUNDS.map((code) => (
            <option key={code} value={code}>
              {t(INVALID_GROUND_LABELS[code])}
            </option>
          ))}
        </SelectField>
      )}
      {invalid && (
        <Fieldset className="kv-row-fieldset" data-testid="contact-attempts">
          <Fieldset.Legend>{t("absence.form.contactAttempts")}</Fieldset.Legend>
          <Fieldset.Description>{t("absence.form.contactAttemptsHelp")}</Fieldset.Description>
          {attempts.map((value, index) => (
            <div key={index} className="kv-row-fields kv-contact-attempt">
              <Textfield
                type="date"
                label={t("absence.form.contactAttemptN", { n: index + 1 })}
                value={value}
                onChange={(event) =>
                  setAttempts((current) => current.map((date, i) => (i === index ? event.target.value : date)))
                }
              />
              {attempts.length > 1 && (
                <Button
                  variant="tertiary"
                  data-size="sm"
                  onClick={() => setAttempts((current) => current.filter((_, i) => i !== index))}
                >
                  {t("absence.form.removeContactAttempt", { n: index + 1 })}
                </Button>
              )}
            </div>
          ))}
          <div>
            <Button variant="secondary" data-size="sm" onClick={() => setAttempts((current) => [...current, ""])}>
              {t("absence.form.addContactAttempt")}
            </Button>
          </div>
          {errorOf("contact_attempts") && <ValidationMessage>{errorOf("contact_attempts")}</ValidationMessage>}
        </Fieldset>
      )}
      <div>
        <Button type="submit" loading={mutation.isPending}>
          {t("absence.form.submit")}
        </Button>
      </div>
    </form>
  );
}
