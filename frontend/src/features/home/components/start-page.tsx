import { Paragraph } from "@digdir/designsystemet-react";
import { PageHeading } from "@/shared/components/page-heading";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useI18n } from "@/shared/i18n/i18n";
import type { MessageKey } from "@/shared/i18n/sv";
import type { Role } from "@/shared/roles";

const START: Record<Role, { title: MessageKey; empty: MessageKey }> = {
  counsellor: { title: "start.counsellor.title", empty: "start.counsellor.empty" },
  coordinator: { title: "start.coordinator.title", empty: "start.coordinator.empty" },
  supervisor: { title: "start.supervisor.title", empty: "start.supervisor.empty" },
  admin: { title: "start.admin.title", empty: "start.admin.empty" },
  provider_admin: { title: "start.provider_admin.title", empty: "start.provider_admin.empty" },
  provider_staff: { title: "start.provider_staff.title", empty: "start.provider_staff.empty" },
};

/** The landing page of the account's first role; each role's work list will grow here. */
export function StartPage({ role }: { role: Role | undefined }) {
  const { t } = useI18n();
  const texts = role ? START[role] : { title: "start.title" as const, empty: "start.none.empty" as const };
  useDocumentTitle(t(texts.title));

  return (
    <div data-testid={`start-page-${role ?? "none"}`}>
      <PageHeading>{t(texts.title)}</PageHeading>
      <Paragraph>{t(texts.empty)}</Paragraph>
    </div>
  );
}
