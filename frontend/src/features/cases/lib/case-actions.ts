import type { CaseStatus } from "@/shared/api/types";
import type { Role } from "@/shared/roles";

/** The steps a person can take on a case from the case page. */
export type CaseAction =
  | "choice_code"
  | "queue"
  | "withdraw"
  | "move"
  | "publish"
  | "end"
  | "reopen"
  | "claim"
  | "hand_back"
  | "change_coach"
  | "reassign"
  | "correct";

const OPEN: readonly CaseStatus[] = ["decided", "queued", "claimed", "active"];

/**
 * Who may take which step in which status (routine 002 §6–7), as the API allows it: one row per
 * action. The server decides in the end; this only keeps buttons away that would answer 409/403.
 */
export const CASE_ACTION_RULES: Record<CaseAction, { roles: readonly Role[]; statuses: readonly CaseStatus[] }> = {
  // §6.2: the client chooses with a code, before the counsellor queues them at the chosen provider.
  choice_code: { roles: ["counsellor"], statuses: ["decided"] },
  queue: { roles: ["counsellor"], statuses: ["decided"] },
  // Before the claim the counsellor can still take the client back or place them elsewhere.
  withdraw: { roles: ["counsellor"], statuses: ["queued"] },
  move: { roles: ["counsellor"], statuses: ["queued"] },
  publish: { roles: ["counsellor"], statuses: ["claimed"] },
  end: { roles: ["counsellor"], statuses: OPEN },
  // A mistaken ending is undone; the page hides it once a successor case exists (the API refuses it too).
  reopen: { roles: ["counsellor"], statuses: ["ended"] },
  claim: { roles: ["provider_admin", "provider_staff"], statuses: ["queued"] },
  hand_back: { roles: ["provider_admin", "provider_staff"], statuses: ["queued"] },
  change_coach: { roles: ["provider_admin"], statuses: ["claimed", "active"] },
  reassign: { roles: ["supervisor"], statuses: OPEN },
  correct: { roles: ["counsellor"], statuses: [...OPEN, "ended"] },
};

/** The steps that an account with `roles` can take on a case in `status`, in the order of the flow. */
export function caseActionsFor(roles: readonly Role[], status: CaseStatus): CaseAction[] {
  return (Object.keys(CASE_ACTION_RULES) as CaseAction[]).filter((action) => {
    const rule = CASE_ACTION_RULES[action];
    return rule.statuses.includes(status) && rule.roles.some((role) => roles.includes(role));
  });
}
