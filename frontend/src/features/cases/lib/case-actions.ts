import type { CaseStatus } from "@/shared/api/types";
import type { Role } from "@/shared/roles";

/** The steps a person can take on a case from the case page. */
export type CaseAction = "choice_code" | "queue" | "publish" | "end" | "claim" | "hand_back" | "change_coach" | "reassign";

const OPEN: readonly CaseStatus[] = ["decided", "queued", "claimed", "active"];

/**
 * Who may take which step in which status (routine 002 §6–7), as the API allows it: one row per
 * action. The server decides in the end; this only keeps buttons away that would answer 409/403.
 */
export const CASE_ACTION_RULES: Record<CaseAction, { roles: readonly Role[]; statuses: readonly CaseStatus[] }> = {
  // §6.2: the client chooses with a code, before the counsellor queues them at the chosen provider.
  choice_code: { roles: ["counsellor"], statuses: ["decided"] },
  queue: { roles: ["counsellor"], statuses: ["decided"] },
  publish: { roles: ["counsellor"], statuses: ["claimed"] },
  end: { roles: ["counsellor"], statuses: OPEN },
  claim: { roles: ["provider_admin", "provider_staff"], statuses: ["queued"] },
  hand_back: { roles: ["provider_admin", "provider_staff"], statuses: ["queued"] },
  change_coach: { roles: ["provider_admin"], statuses: ["claimed", "active"] },
  reassign: { roles: ["supervisor"], statuses: OPEN },
};

/** The steps that an account with `roles` can take on a case in `status`, in the order of the flow. */
export function caseActionsFor(roles: readonly Role[], status: CaseStatus): CaseAction[] {
  return (Object.keys(CASE_ACTION_RULES) as CaseAction[]).filter((action) => {
    const rule = CASE_ACTION_RULES[action];
    return rule.statuses.includes(status) && rule.roles.some((role) => roles.includes(role));
  });
}
