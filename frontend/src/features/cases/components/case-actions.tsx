import type { ReactNode } from "react";
import type { Case, Provider, StaffMember, User } from "@/shared/api/types";
import { caseActionsFor, type CaseAction } from "../lib/case-actions";
import type { Viewer } from "../lib/viewer";
import { ChangeCoachForm } from "./change-coach-form";
import { ChoiceCodeForm } from "./choice-code-form";
import { ClaimForm } from "./claim-form";
import { CorrectForm } from "./correct-form";
import { EndForm } from "./end-form";
import { MoveForm } from "./move-form";
import { PublishForm } from "./publish-form";
import { QueueForm } from "./queue-form";
import { ReassignForm } from "./reassign-form";
import { HandBackForm, ReopenForm, WithdrawForm } from "./reason-forms";

/** The lists some steps choose from; the app fetches those the viewer's roles need. */
export type CaseChoices = {
  providers?: Provider[];
  staff?: StaffMember[];
  counsellors?: User[];
};

type CaseActionsProps = { item: Case; viewer: Viewer; choices: CaseChoices; onDone: (message: string) => void };

/** The forms of the steps the viewer can take on the case in its current status. */
export function CaseActions({ item, viewer, choices, onDone }: CaseActionsProps) {
  const actions = actionsOn(item, viewer);
  const render: Record<CaseAction, () => ReactNode> = {
    choice_code: () => <ChoiceCodeForm item={item} />,
    queue: () => <QueueForm item={item} providers={choices.providers} onDone={onDone} />,
    withdraw: () => <WithdrawForm item={item} onDone={onDone} />,
    move: () => <MoveForm item={item} providers={choices.providers} onDone={onDone} />,
    publish: () => <PublishForm item={item} onDone={onDone} />,
    end: () => <EndForm item={item} providers={choices.providers} onDone={onDone} />,
    reopen: () => <ReopenForm item={item} onDone={onDone} />,
    claim: () => <ClaimForm item={item} viewer={viewer} staff={choices.staff} onDone={onDone} />,
    hand_back: () => <HandBackForm item={item} onDone={onDone} />,
    change_coach: () => <ChangeCoachForm item={item} staff={choices.staff} onDone={onDone} />,
    reassign: () => <ReassignForm item={item} counsellors={choices.counsellors} onDone={onDone} />,
    correct: () => <CorrectForm item={item} onDone={onDone} />,
  };
  return (
    <>
      {actions.map((action) => (
        // Keyed by status too: after a step, the next status's forms start empty.
        <div key={`${action}-${item.status}`}>{render[action]()}</div>
      ))}
    </>
  );
}

/** The steps by role and status, less reopening once a change of provider has opened a successor case. */
function actionsOn(item: Case, viewer: Viewer): CaseAction[] {
  return caseActionsFor(viewer.roles, item.status).filter((action) => action !== "reopen" || !item.next_case_id);
}

export function hasCaseActions(item: Case, viewer: Viewer): boolean {
  return actionsOn(item, viewer).length > 0;
}
