import { Button, Heading, Textfield } from "@digdir/designsystemet-react";
import { useState } from "react";
import type { Case } from "@/shared/api/types";
import { useFormErrors } from "@/shared/hooks/use-form-errors";
import { useI18n } from "@/shared/i18n/i18n";
import { type CorrectCaseInput, useCorrectCase } from "../api/correct-case";
import { ActionForm } from "./action-form";

const FIELDS = [
  "decision_date",
  "start_date",
  "planned_end_date",
  "end_date",
  "scope_percent",
  "assignment",
  "future_plan",
  "reason",
] as const;

type Values = {
  decision_date: string;
  start_date: string;
  planned_end_date: string;
  end_date: string;
  scope_percent: string;
  assignment: string;
  future_plan: string;
};

function valuesOf(item: Case): Values {
  return {
    decision_date: item.decision_date,
    start_date: item.start_date ?? "",
    planned_end_date: item.planned_end_date ?? "",
    end_date: item.end_date ?? "",
    scope_percent: String(item.scope_percent),
    assignment: item.assignment ?? "",
    future_plan: item.future_plan ?? "",
  };
}

/**
 * "Korrigera beslut": the counsellor corrects the decision's dates, scope and texts, with a reason. Only what
 * was changed is sent; the server checks the dates as for a new decision and keeps every change in the history.
 * Closed until asked for: it is rarely needed, and its fields would otherwise sit beside the step's own.
 */
export function CorrectForm({ item, onDone }: { item: Case; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const mutation = useCorrectCase(item.id);
  const original = valuesOf(item);
  const [values, setValues] = useState<Values>(original);
  const [reason, setReason] = useState("");
  const [attempt, setAttempt] = useState(0);
  const [open, setOpen] = useState(false);
  const { errorOf, validate, hasOwnErrors } = useFormErrors(FIELDS, mutation.error);
  const ended = item.status === "ended";

  const set = (field: keyof Values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  function changes(): Omit<CorrectCaseInput, "reason"> {
    const body: Omit<CorrectCaseInput, "reason"> = {};
    const changed = (field: keyof Values) => values[field].trim() !== original[field].trim() && values[field] !== "";
    if (changed("decision_date")) body.decision_date = values.decision_date;
    if (changed("start_date")) body.start_date = values.start_date;
    if (changed("planned_end_date")) body.planned_end_date = values.planned_end_date;
    if (ended && changed("end_date")) body.end_date = values.end_date;
    if (changed("scope_percent")) body.scope_percent = Number(values.scope_percent);
    if (changed("assignment")) body.assignment = values.assignment.trim();
    if (changed("future_plan")) body.future_plan = values.future_plan.trim();
    return body;
  }

  function submit() {
    setAttempt((n) => n + 1);
    mutation.reset();
    const body = changes();
    const scope = Number(values.scope_percent);
    const ok = validate({
      scope_percent: (!Number.isInteger(scope) || scope < 1 || scope > 100) && t("caseAction.correct.scopeRange"),
      reason: !reason.trim() && t("caseAction.correct.reasonMissing"),
      decision_date: Object.keys(body).length === 0 && t("caseAction.correct.nothingChanged"),
    });
    if (!ok) return;
    mutation.mutate(
      { ...body, reason: reason.trim() },
      {
        onSuccess: (updated) => {
          setValues(valuesOf(updated));
          setReason("");
          setOpen(false);
          onDone(t("caseAction.correct.done"));
        },
      },
    );
  }

  if (!open) {
    return (
      <div className="kv-action kv-stack" data-testid="action-correct">
        <Heading level={3} data-size="xs">
          {t("caseAction.correct.title")}
        </Heading>
        <div>
          <Button type="button" variant="secondary" aria-expanded={false} onClick={() => setOpen(true)}>
            {t("caseAction.correct.open")}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <ActionForm
      title={t("caseAction.correct.title")}
      submitLabel={t("caseAction.correct.submit")}
      pending={mutation.isPending}
      error={mutation.error}
      invalid={hasOwnErrors}
      attempt={attempt}
      onSubmit={submit}
      submitVariant="secondary"
      testId="action-correct"
    >
      <div className="kv-row-fields">
        <Textfield
          type="date"
          label={t("case.decisionDate")}
          value={values.decision_date}
          onChange={set("decision_date")}
          error={errorOf("decision_date")}
        />
        <Textfield
          type="date"
          label={t("case.startDate")}
          value={values.start_date}
          onChange={set("start_date")}
          error={errorOf("start_date")}
        />
        <Textfield
          type="date"
          label={t("case.plannedEndDate")}
          value={values.planned_end_date}
          onChange={set("planned_end_date")}
          error={errorOf("planned_end_date")}
        />
        {ended && (
          <Textfield
            type="date"
            label={t("case.endDate")}
            value={values.end_date}
            onChange={set("end_date")}
            error={errorOf("end_date")}
          />
        )}
        <Textfield
          type="number"
          min={1}
          max={100}
          label={t("caseAction.correct.scope")}
          value={values.scope_percent}
          onChange={set("scope_percent")}
          error={errorOf("scope_percent")}
        />
      </div>
      <Textfield
        multiline
        rows={4}
        label={t("case.assignment")}
        value={values.assignment}
        onChange={set("assignment")}
        error={errorOf("assignment")}
      />
      <Textfield
        multiline
        rows={3}
        label={t("case.futurePlan")}
        value={values.future_plan}
        onChange={set("future_plan")}
        error={errorOf("future_plan")}
      />
      <Textfield
        multiline
        rows={2}
        label={t("caseAction.correct.reason")}
        description={t("caseAction.correct.reasonHelp")}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errorOf("reason")}
      />
    </ActionForm>
  );
}
