import { useState } from "react";
import type { Case, StaffMember } from "@/shared/api/types";
import { Loading } from "@/shared/components/query-state";
import { SelectField } from "@/shared/components/select-field";
import { useFormErrors } from "@/shared/hooks/use-form-errors";
import { useI18n } from "@/shared/i18n/i18n";
import { useChangeCaseCoach } from "../api/change-case-coach";
import { coachOptions } from "../lib/coaches";
import { ActionForm } from "./action-form";

const FIELDS = ["coach_id"] as const;

/** The provider administrator hands the case over to another coach. */
export function ChangeCoachForm({
  item,
  staff,
  onDone,
}: {
  item: Case;
  staff: StaffMember[] | undefined;
  onDone: (message: string) => void;
}) {
  const { t } = useI18n();
  const mutation = useChangeCaseCoach(item.id);
  const [coachId, setCoachId] = useState("");
  const [attempt, setAttempt] = useState(0);
  const { errorOf, validate, hasOwnErrors } = useFormErrors(FIELDS, mutation.error);

  if (!staff) return <Loading />;
  const coaches = coachOptions(staff).filter((coach) => coach.id !== item.coach_id);

  function submit() {
    setAttempt((n) => n + 1);
    mutation.reset();
    if (!validate({ coach_id: !coachId && t("caseAction.claim.coachMissing") })) return;
    const name = coaches.find((coach) => coach.id === coachId)?.name ?? "";
    // The coach this page shows: if someone changed it meanwhile, the server answers 409 instead of overwriting.
    mutation.mutate(
      { coach_id: coachId, from_coach_id: item.coach_id },
      {
        onSuccess: () => {
          setCoachId("");
          onDone(t("caseAction.changeCoach.done", { coach: name }));
        },
      },
    );
  }

  return (
    <ActionForm
      title={t("caseAction.changeCoach.title")}
      submitLabel={t("caseAction.changeCoach.submit")}
      pending={mutation.isPending}
      error={mutation.error}
      invalid={hasOwnErrors}
      attempt={attempt}
      onSubmit={submit}
      testId="action-change-coach"
    >
      <SelectField
        label={t("caseAction.changeCoach.coach")}
        value={coachId}
        onChange={(event) => setCoachId(event.target.value)}
        error={errorOf("coach_id")}
      >
        <option value="">{t("form.choose")}</option>
        {coaches.map((coach) => (
          <option key={coach.id} value={coach.id}>
            {coach.name}
          </option>
        ))}
      </SelectField>
    </ActionForm>
  );
}
