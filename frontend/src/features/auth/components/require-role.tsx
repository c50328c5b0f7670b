import { Paragraph } from "@digdir/designsystemet-react";
import { Outlet } from "react-router";
import { PageHeading } from "@/shared/components/page-heading";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useI18n } from "@/shared/i18n/i18n";
import type { Role } from "@/shared/roles";
import { useMe } from "../api/get-me";

/**
 * Gate for pages of some roles only (inside RequireAuth). The API refuses the calls anyway; this
 * says so in words instead of a page of failed requests.
 */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const { data: me } = useMe();
  if (!me?.roles.some((role) => roles.includes(role))) return <ForbiddenPage />;
  return <Outlet />;
}

export function ForbiddenPage() {
  const { t } = useI18n();
  useDocumentTitle(t("forbidden.title"));
  return (
    <div data-testid="forbidden-page">
      <PageHeading>{t("forbidden.title")}</PageHeading>
      <Paragraph>{t("forbidden.text")}</Paragraph>
    </div>
  );
}
