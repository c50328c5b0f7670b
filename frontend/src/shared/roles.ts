import type { Me } from "@/shared/api/types";

/** The roles the API puts in `Me.roles`, taken from the schema so the two cannot drift. */
export type Role = Me["roles"][number];

// A record rather than a list so that TypeScript insists on every role of the schema, and no other.
const ROLE_SET: Record<Role, true> = {
  counsellor: true,
  coordinator: true,
  supervisor: true,
  admin: true,
  provider_admin: true,
  provider_staff: true,
};

export const ROLES = Object.keys(ROLE_SET) as readonly Role[];

export function isRole(value: string): value is Role {
  return Object.hasOwn(ROLE_SET, value);
}

/** Known roles of an account, in the order the API gave them; roles this UI does not know are ignored. */
export function knownRoles(roles: readonly string[]): Role[] {
  return roles.filter(isRole);
}
