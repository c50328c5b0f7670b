import { Textfield } from "@digdir/designsystemet-react";
import { useState } from "react";
import type { Case } from "@/shared/api/types";
import { useFormErrors } from "@/shared/hooks/use-form-errors";
import { useI18n } from "@/shared/i18n/i18n";
import { usePublishCase } from "../api/publish-case";
import { ActionForm } from "./action-form";

const FIELDS = ["assignment", "future_plan", "start_date"] as const;

/** Step 5: publish the assignment and the client's future plan to the provider; the case becomes active. */
export function PublishForm({ item, onDone }: { item: Case; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const mutation = usePublishCase(item.id);
  const [assignment, setAssignment] = useState(item.assignment ?? "");
  const [futurePlan, setFuturePlan] = useState(item.future_plan ?? "");
  const [startDate, setStartDate] = useState(item.start_date ?? "");
  const [attempt, setAttempt] = useState(0);
  const { errorOf, validate, hasOwnErrors } = useFormErrors(FIELDS, mutation.error);

  function submit() {
    setAttempt((n) => n + 1);
    mutation.reset();
    const ok = validate({
      assignment: !assignment.trim() && t("caseAction.publish.assignmentMissing"),
      future_plan: !futurePlan.trim() && t("caseAction.publish.futurePlanMissing"),
    });
    if (!ok) return;
    mutation.mutate(
      { assignment: assignment.trim(), future_plan: futurePlan.trim(), start_date: startDate || null },
      { onSuccess: () => onDone(t("caseAction.publish.done")) },
    );
  }

  return (
    <ActionForm
      title={t("caseAction.publish.title")}
      submitLabel={t("caseAction.publish.submit")}
      pending={mutation.isPending}
      error={mutation.error}
      invalid={hasOwnErrors}
      attempt={attempt}
      onSubmit={submit}
      testId="action-publish"
    >
      <Textfield
        maxLength={20000}
        multiline
        rows={5}
        label={t("case.assignment")}
        value={assignment}
        onChange={(event) => setAssignment(event.target.value)}
        error={errorOf("assignment")}
      />
      <Textfield
        maxLength={20000}
        multiline
        rows={4}
        label={t("case.futurePlan")}
        value={futurePlan}
        onChange={(event) => setFuturePlan(event.target.value)}
        error={errorOf("future_plan")}
      />
      <Textfield
        type="date"
        label={t("case.startDate")}
        description={t("caseAction.publish.startHelp")}
        value={startDate}
        onChange={(event) => setStartDate(event.target.value)}
        error={errorOf("start_date")}
      />
    </ActionForm>
  );
}
