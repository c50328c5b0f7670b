import type { MessageKey } from "@/shared/i18n/sv";
import { ROLES, type Role } from "@/shared/roles";

export type NavItem = { to: string; label: MessageKey; roles: readonly Role[] };

/**
 * The main menu as one table: each row is a page and the roles that see it. A new page adds a
 * row; the order of rows is the order on screen. Route guards still decide access on their own.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: "/", label: "nav.start", roles: ROLES },
  { to: "/insatser", label: "nav.interventions", roles: ROLES },
];

/** The menu of an account holding `roles` (several roles see the union, in table order). */
export function navItemsFor(roles: readonly string[]): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.some((role) => roles.includes(role)));
}
