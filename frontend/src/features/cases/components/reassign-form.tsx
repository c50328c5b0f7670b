import { useState } from "react";
import type { Case, User } from "@/shared/api/types";
import { Loading } from "@/shared/components/query-state";
import { SelectField } from "@/shared/components/select-field";
import { useFormErrors } from "@/shared/hooks/use-form-errors";
import { useI18n } from "@/shared/i18n/i18n";
import { useReassignCase } from "../api/reassign-case";
import { ActionForm } from "./action-form";

const FIELDS = ["counsellor_id"] as const;

/** The supervisor moves the case, and its client, to another counsellor's caseload. */
export function ReassignForm({
  item,
  counsellors,
  onDone,
}: {
  item: Case;
  counsellors: User[] | undefined;
  onDone: (message: string) => void;
}) {
  const { t } = useI18n();
  const mutation = useReassignCase(item.id);
  const [counsellorId, setCounsellorId] = useState("");
  const [attempt, setAttempt] = useState(0);
  const { errorOf, validate, hasOwnErrors } = useFormErrors(FIELDS, mutation.error);

  if (!counsellors) return <Loading />;
  const options = counsellors.filter((user) => user.is_active && user.id !== item.counsellor_id);

  function submit() {
    setAttempt((n) => n + 1);
    mutation.reset();
    if (!validate({ counsellor_id: !counsellorId && t("caseAction.reassign.counsellorMissing") })) return;
    const name = options.find((user) => user.id === counsellorId)?.name ?? "";
    // The counsellor this page shows: if someone moved the case meanwhile, the server answers 409.
    mutation.mutate(
      { counsellor_id: counsellorId, from_counsellor_id: item.counsellor_id },
      {
        onSuccess: () => {
          setCounsellorId("");
          onDone(t("caseAction.reassign.done", { counsellor: name }));
        },
      },
    );
  }

  return (
    <ActionForm
      title={t("caseAction.reassign.title")}
      submitLabel={t("caseAction.reassign.submit")}
      pending={mutation.isPending}
      error={mutation.error}
      invalid={hasOwnErrors}
      attempt={attempt}
      onSubmit={submit}
      testId="action-reassign"
    >
      <SelectField
        label={t("case.counsellor")}
        value={counsellorId}
        onChange={(event) => setCounsellorId(event.target.value)}
        error={errorOf("counsellor_id")}
      >
        <option value="">{t("form.choose")}</option>
        {options.map((user) => (
          <option key={user.id} value={user.id}>
            {user.name}
          </option>
        ))}
      </SelectField>
    </ActionForm>
  );
}
