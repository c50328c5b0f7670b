import type { StaffMember } from "@/shared/api/types";

/** The provider's accounts that can be named coach of a case: active, coach or administrator (as the API checks). */
export function coachOptions(staff: readonly StaffMember[]): StaffMember[] {
  return staff
    .filter((m) => m.is_active && m.roles.some((role) => role === "provider_staff" || role === "provider_admin"))
    .sort((a, b) => a.name.localeCompare(b.name, "sv"));
}
