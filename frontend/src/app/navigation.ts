import type { MessageKey } from "@/shared/i18n/words";
import { ROLES, type Role } from "@/shared/roles";

export type NavItem = {
  to: string;
  label: MessageKey;
  roles: readonly Role[];
  /** A number the menu shows with the label (the inbox's unread messages). */
  count?: "unreadMessages";
};

/**
 * The main menu as one table: each row is a page and the roles that see it. A new page adds a
 * row; the order of rows is the order on screen. Route guards still decide access on their own.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: "/", label: "nav.start", roles: ROLES },
  { to: "/insatser", label: "nav.interventions", roles: ROLES },
  { to: "/klienter", label: "nav.clients", roles: ["counsellor"] },
  { to: "/granskning", label: "nav.reviews", roles: ["counsellor"] },
  { to: "/ko", label: "nav.queue", roles: ["provider_admin", "provider_staff"] },
  { to: "/mina-arenden", label: "nav.myCases", roles: ["provider_staff"] },
  { to: "/alla-arenden", label: "nav.allCases", roles: ["provider_admin"] },
  { to: "/personal", label: "nav.staff", roles: ["provider_admin"] },
  { to: "/profil", label: "nav.ourProfile", roles: ["provider_admin"] },
  { to: "/anordnare", label: "nav.providers", roles: ["coordinator"] },
  { to: "/profiler", label: "nav.pendingProfiles", roles: ["coordinator"] },
  { to: "/enheten", label: "nav.unitCases", roles: ["supervisor"] },
  { to: "/stallforetradare", label: "nav.standIns", roles: ["supervisor"] },
  { to: "/statistik", label: "nav.stats", roles: ["supervisor", "coordinator"] },
  { to: "/logg", label: "nav.audit", roles: ["supervisor", "admin"] },
  { to: "/kalender", label: "nav.calendar", roles: ["admin"] },
  { to: "/meddelanden", label: "nav.messages", roles: ROLES, count: "unreadMessages" },
];

/** The menu of an account holding `roles` (several roles see the union, in table order). */
export function navItemsFor(roles: readonly string[]): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.some((role) => roles.includes(role)));
}
