import { Paragraph } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { PageHeading } from "@/shared/components/page-heading";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useI18n } from "@/shared/i18n/i18n";
import type { MessageKey } from "@/shared/i18n/words";
import type { Role } from "@/shared/roles";

const TITLES: Record<Role, MessageKey> = {
  counsellor: "start.counsellor.title",
  coordinator: "start.coordinator.title",
  supervisor: "start.supervisor.title",
  admin: "start.admin.title",
  provider_admin: "start.provider_admin.title",
  provider_staff: "start.provider_staff.title",
};

/** The landing page of the account's first role: its title, and the role's work list as `children`. */
export function StartPage({ role, children }: { role: Role | undefined; children?: ReactNode }) {
  const { t } = useI18n();
  const title = role ? TITLES[role] : "start.title";
  useDocumentTitle(t(title));

  return (
    <div data-testid={`start-page-${role ?? "none"}`} className="kv-stack">
      <PageHeading>{t(title)}</PageHeading>
      {role ? children : <Paragraph>{t("start.none.empty")}</Paragraph>}
    </div>
  );
}
