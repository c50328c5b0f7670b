import type { Role } from "@/shared/roles";

/** Who is looking at a case: their account id (a coach claims naming themselves) and roles. */
export type Viewer = { id: string; roles: readonly Role[] };

/** A provider administrator picks the coach; a coach claims for themselves. */
export function picksCoach(viewer: Viewer): boolean {
  return viewer.roles.includes("provider_admin");
}
