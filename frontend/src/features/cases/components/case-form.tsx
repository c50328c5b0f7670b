import { Button, Textfield } from "@digdir/designsystemet-react";
import { useState, type FormEvent } from "react";
import type { Case, InterventionCode } from "@/shared/api/types";
import { FormError } from "@/shared/components/form-error";
import { useErrorMessage } from "@/shared/components/query-state";
import { SelectField } from "@/shared/components/select-field";
import { useFormErrors } from "@/shared/hooks/use-form-errors";
import { useI18n } from "@/shared/i18n/i18n";
import { todayIso } from "@/shared/lib/dates";
import { useInterventions } from "@/shared/lib/interventions";
import { useCreateCase } from "../api/create-case";

const FIELDS = [
  "intervention",
  "decision_date",
  "scope_percent",
  "start_date",
  "planned_end_date",
  "assignment",
] as const;

/** Step 1: the counsellor decides an intervention for the client. */
export function CaseForm({ clientId, onCreated }: { clientId: string; onCreated: (created: Case) => void }) {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  const { options } = useInterventions();
  const mutation = useCreateCase();
  const [intervention, setIntervention] = useState<InterventionCode | "">("");
  const [decisionDate, setDecisionDate] = useState(todayIso());
  const [scope, setScope] = useState("100");
  const [startDate, setStartDate] = useState("");
  const [plannedEndDate, setPlannedEndDate] = useState("");
  const [assignment, setAssignment] = useState("");
  const [attempt, setAttempt] = useState(0);
  const { errorOf, validate, hasOwnErrors } = useFormErrors(FIELDS, mutation.error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setAttempt((n) => n + 1);
    mutation.reset();
    const scopeNumber = Number(scope);
    const ok = validate({
      intervention: !intervention && t("caseForm.interventionMissing"),
      decision_date: !decisionDate && t("caseForm.decisionDateMissing"),
      scope_percent:
        (!Number.isInteger(scopeNumber) || scopeNumber < 1 || scopeNumber > 100) && t("caseForm.scopeInvalid"),
      start_date: !!startDate && startDate < decisionDate && t("caseForm.beforeDecision"),
      planned_end_date: !!plannedEndDate && plannedEndDate < decisionDate && t("caseForm.beforeDecision"),
    });
    if (!ok || !intervention) return;
    mutation.mutate(
      {
        client_id: clientId,
        intervention,
        decision_date: decisionDate,
        scope_percent: scopeNumber,
        start_date: startDate || null,
        planned_end_date: plannedEndDate || null,
        assignment: assignment.trim(),
      },
      { onSuccess: onCreated },
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="kv-stack kv-form" data-testid="case-form">
      {hasOwnErrors ? (
        <FormError attempt={attempt}>{t("form.fixMarked")}</FormError>
      ) : mutation.error ? (
        <FormError attempt={attempt}>{messageOf(mutation.error)}</FormError>
      ) : null}
      <SelectField
        label={t("case.intervention")}
        value={intervention}
        onChange={(event) => setIntervention(event.target.value as InterventionCode | "")}
        error={errorOf("intervention")}
      >
        <option value="">{t("form.choose")}</option>
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name}
          </option>
        ))}
      </SelectField>
      <Textfield
        type="date"
        label={t("case.decisionDate")}
        value={decisionDate}
        onChange={(event) => setDecisionDate(event.target.value)}
        error={errorOf("decision_date")}
      />
      <Textfield
        type="number"
        inputMode="numeric"
        min={1}
        max={100}
        step={1}
        label={t("case.scopePercent")}
        description={t("caseForm.scopeHelp")}
        value={scope}
        onChange={(event) => setScope(event.target.value)}
        error={errorOf("scope_percent")}
      />
      <Textfield
        type="date"
        label={t("case.startDate")}
        description={t("form.optional")}
        value={startDate}
        onChange={(event) => setStartDate(event.target.value)}
        error={errorOf("start_date")}
      />
      <Textfield
        type="date"
        label={t("case.plannedEndDate")}
        description={t("form.optional")}
        value={plannedEndDate}
        onChange={(event) => setPlannedEndDate(event.target.value)}
        error={errorOf("planned_end_date")}
      />
      <Textfield
        maxLength={20000}
        multiline
        rows={5}
        label={t("case.assignment")}
        description={t("caseForm.assignmentHelp")}
        value={assignment}
        onChange={(event) => setAssignment(event.target.value)}
        error={errorOf("assignment")}
      />
      <div>
        <Button type="submit" loading={mutation.isPending}>
          {t("caseForm.submit")}
        </Button>
      </div>
    </form>
  );
}
