import { Paragraph } from "@digdir/designsystemet-react";
import { useState } from "react";
import type { Case, StaffMember } from "@/shared/api/types";
import { Loading } from "@/shared/components/query-state";
import { SelectField } from "@/shared/components/select-field";
import { useFormErrors } from "@/shared/hooks/use-form-errors";
import { useI18n } from "@/shared/i18n/i18n";
import { useClaimCase } from "../api/claim-case";
import { coachOptions } from "../lib/coaches";
import { picksCoach, type Viewer } from "../lib/viewer";
import { ActionForm } from "./action-form";

const FIELDS = ["coach_id"] as const;

/** Step 4: claim (bemanna) the queued case; the administrator names the coach, a coach names themselves. */
export function ClaimForm(props: {
  item: Case;
  viewer: Viewer;
  staff: StaffMember[] | undefined;
  onDone: (message: string) => void;
}) {
  const { item, viewer, staff, onDone } = props;
  const { t } = useI18n();
  const mutation = useClaimCase(item.id);
  const [coachId, setCoachId] = useState("");
  const [attempt, setAttempt] = useState(0);
  const { errorOf, validate, hasOwnErrors } = useFormErrors(FIELDS, mutation.error);
  const choosing = picksCoach(viewer);

  if (choosing && !staff) return <Loading />;
  const coaches = coachOptions(staff ?? []);

  function submit() {
    setAttempt((n) => n + 1);
    mutation.reset();
    const chosen = choosing ? coachId : viewer.id;
    if (!validate({ coach_id: !chosen && t("caseAction.claim.coachMissing") })) return;
    mutation.mutate({ coach_id: chosen }, { onSuccess: () => onDone(t("caseAction.claim.done")) });
  }

  return (
    <ActionForm
      title={t("caseAction.claim.title")}
      submitLabel={t("caseAction.claim.submit")}
      pending={mutation.isPending}
      error={mutation.error}
      invalid={hasOwnErrors}
      attempt={attempt}
      onSubmit={submit}
      testId="action-claim"
    >
      {choosing ? (
        <SelectField
          label={t("case.coach")}
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
      ) : (
        <Paragraph>{t("caseAction.claim.self")}</Paragraph>
      )}
    </ActionForm>
  );
}
