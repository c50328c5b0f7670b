import { describe, expect, it } from "vitest";
import type { CaseStatus } from "@/shared/api/types";
import type { Role } from "@/shared/roles";
import { caseActionsFor } from "./case-actions";

describe("which steps show for which role and status", () => {
  it.each<[Role, CaseStatus, string[]]>([
    ["counsellor", "decided", ["choice_code", "queue", "end", "correct"]],
    ["counsellor", "queued", ["withdraw", "move", "end", "correct"]],
    ["counsellor", "claimed", ["publish", "end", "correct"]],
    ["counsellor", "active", ["end", "correct"]],
    ["counsellor", "ended", ["reopen", "correct"]],
    ["provider_staff", "queued", ["claim", "hand_back"]],
    ["provider_staff", "claimed", []],
    ["provider_staff", "active", []],
    ["provider_admin", "queued", ["claim", "hand_back"]],
    ["provider_admin", "claimed", ["change_coach"]],
    ["provider_admin", "active", ["change_coach"]],
    ["provider_admin", "ended", []],
    ["supervisor", "decided", ["reassign"]],
    ["supervisor", "active", ["reassign"]],
    ["supervisor", "ended", []],
    ["coordinator", "queued", []],
    ["admin", "active", []],
  ])("%s on a %s case: %j", (role, status, actions) => {
    expect(caseActionsFor([role], status)).toEqual(actions);
  });

  it("gives an account with several roles the union, in the order of the flow", () => {
    expect(caseActionsFor(["supervisor", "counsellor"], "claimed")).toEqual(["publish", "end", "reassign", "correct"]);
  });
});
