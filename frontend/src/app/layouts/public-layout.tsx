import { SkipLink } from "@digdir/designsystemet-react";
import { Outlet, Link as RouterLink } from "react-router";
import { useI18n } from "@/shared/i18n/i18n";
import { LanguageSwitch } from "@/shared/i18n/language-switch";

/**
 * The frame of the public comparison: skip link, a header with the name and the language switch, main. No
 * staff menu and no call to /api/me, so a resident's phone loads and asks only what the comparison needs.
 */
export function PublicLayout() {
  const { t } = useI18n();
  return (
    <>
      <SkipLink href="#main">{t("app.skipToContent")}</SkipLink>
      <header className="kv-header">
        <div className="kv-header__bar kv-container">
          <RouterLink to="/jamfor" className="kv-brand">
            {t("comparison.brand")}
          </RouterLink>
          <div className="kv-header__actions">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="kv-container kv-main kv-main--public">
        <Outlet />
      </main>
    </>
  );
}
