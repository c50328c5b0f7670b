import { Alert, Button, Link, SkipLink, Spinner } from "@digdir/designsystemet-react";
import { NavLink, Outlet, Link as RouterLink, useNavigate } from "react-router";
import { useMe } from "@/features/auth/api/get-me";
import { useLogout } from "@/features/auth/api/logout";
import { useUnreadCount } from "@/features/messages/api/get-messages";
import type { Me } from "@/shared/api/types";
import { useI18n } from "@/shared/i18n/i18n";
import { LanguageSwitch } from "@/shared/i18n/language-switch";
import { knownRoles } from "@/shared/roles";
import { navItemsFor, type NavItem } from "../navigation";

/**
 * The frame of every staff page, signed in or not: skip link, header, main. The signed-in parts
 * (user, logout, menu) appear once GET /api/me has answered with an account. Focus after navigation is
 * moved by root-router.tsx, for these pages and the public ones alike.
 */
export function AppLayout() {
  const { t } = useI18n();
  const meQuery = useMe();

  return (
    <>
      <SkipLink href="#main">{t("app.skipToContent")}</SkipLink>
      <header className="kv-header">
        <div className="kv-header__bar kv-container">
          <RouterLink to="/" className="kv-brand">
            {t("app.name")}
          </RouterLink>
          <div className="kv-header__actions">
            {meQuery.data && <CurrentUser me={meQuery.data} />}
            {meQuery.data && (
              <Link asChild data-size="sm">
                <NavLink to="/installningar" data-testid="settings-link">
                  {t("notifications.link")}
                </NavLink>
              </Link>
            )}
            <LanguageSwitch />
            {meQuery.data && <LogoutButton />}
          </div>
        </div>
        {meQuery.data && <MainNav roles={meQuery.data.roles} />}
      </header>
      <main id="main" tabIndex={-1} className="kv-container kv-main">
        {meQuery.isPending ? (
          <Spinner aria-label={t("app.loading")} />
        ) : meQuery.isError ? (
          <Alert data-color="danger" role="alert">
            {t("app.error")}
          </Alert>
        ) : (
          <Outlet />
        )}
      </main>
    </>
  );
}

function CurrentUser({ me }: { me: Me }) {
  const { t } = useI18n();
  const roles = knownRoles(me.roles).map((role) => t(`role.${role}`));
  return (
    <p className="kv-user" data-testid="current-user">
      <span className="ds-sr-only">{t("app.signedInAs")} </span>
      <span className="kv-user__name">{me.name}</span>
      {roles.length > 0 && (
        <span className="kv-user__role" data-testid="current-role">
          {roles.join(", ")}
        </span>
      )}
    </p>
  );
}

function LogoutButton() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const logout = useLogout();
  return (
    <Button
      variant="secondary"
      data-size="sm"
      loading={logout.isPending}
      onClick={() => logout.mutate(undefined, { onSettled: () => navigate("/login", { replace: true }) })}
    >
      {t("app.logout")}
    </Button>
  );
}

function MainNav({ roles }: { roles: string[] }) {
  const { t } = useI18n();
  const items = navItemsFor(roles);
  const unread = useUnreadCount({ enabled: items.some((item) => item.count === "unreadMessages") });
  return (
    <nav aria-label={t("app.mainNav")} className="kv-nav">
      <ul className="kv-nav__list kv-container">
        {items.map((item) => (
          <li key={item.to}>
            {/* NavLink sets aria-current="page" on the active item. */}
            <Link asChild>
              <NavLink to={item.to} end>
                {t(item.label)}
                <NavCount item={item} unread={unread.data} />
              </NavLink>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The unread count after "Meddelanden": a badge to the eye, "3 olästa" to a screen reader. */
function NavCount({ item, unread }: { item: NavItem; unread: number | undefined }) {
  const { t } = useI18n();
  if (item.count !== "unreadMessages" || !unread) return null;
  return (
    <span className="kv-nav__count" data-testid="unread-count">
      {" "}
      <span aria-hidden="true">{unread}</span>
      <span className="ds-sr-only">{t("nav.unread", { count: unread })}</span>
    </span>
  );
}
