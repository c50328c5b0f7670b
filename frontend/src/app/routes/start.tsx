import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { Link as RouterLink } from "react-router";
import { useMe } from "@/features/auth/api/get-me";
import { CaseList } from "@/features/cases/components/case-list";
import { ClientsContent } from "@/features/clients/components/clients-page";
import { StartPage } from "@/features/home/components/start-page";
import { ProviderGrounds } from "@/features/oversight/components/provider-grounds";
import { ProvidersContent } from "@/features/providers/components/providers-page";
import { TaskOverview } from "@/features/tasks/components/task-overview";
import { Todo } from "@/features/tasks/components/todo";
import { useI18n } from "@/shared/i18n/i18n";
import { knownRoles, type Role } from "@/shared/roles";
import { QueueContent, QueueLink } from "./queue";

/** The start page follows the account's first role and shows that role's work first. */
export function StartRoute() {
  const { data: me } = useMe();
  const role = knownRoles(me?.roles ?? [])[0];
  return (
    <StartPage role={role}>
      {role && <Todo role={role} />}
      {role && <RoleStart role={role} />}
    </StartPage>
  );
}

function RoleStart({ role }: { role: Role }) {
  const { t } = useI18n();
  switch (role) {
    case "counsellor":
      return <ClientsContent />;
    case "coordinator":
      return (
        <>
          <Section id="start-grounds" title={t("oversight.list.title")}>
            <ProviderGrounds linkOf={(id) => `/anordnare/${id}`} />
          </Section>
          <ProvidersContent />
        </>
      );
    case "supervisor":
      return (
        <>
          <TaskOverview providerLink={(id) => `/tillsyn/${id}`} />
          <Section id="start-grounds" title={t("oversight.list.title")}>
            <ProviderGrounds linkOf={(id) => `/tillsyn/${id}`} />
          </Section>
          <CaseList caption={t("unitCases.caption")} emptyText={t("unitCases.empty")} statusFilter />
        </>
      );
    case "admin":
      return (
        <>
          <Paragraph>{t("start.admin.intro")}</Paragraph>
          <Paragraph>
            <Link asChild>
              <RouterLink to="/logg">{t("start.admin.auditLink")}</RouterLink>
            </Link>
          </Paragraph>
        </>
      );
    case "provider_admin":
      return (
        <>
          <Section id="start-queue" title={t("queue.title")}>
            <QueueContent />
          </Section>
          <Section id="start-all-cases" title={t("allCases.title")}>
            <CaseList caption={t("allCases.caption")} emptyText={t("allCases.empty")} />
          </Section>
        </>
      );
    case "provider_staff":
      return (
        <>
          <QueueLink />
          <Section id="start-my-cases" title={t("myCases.title")}>
            <CaseList caption={t("myCases.caption")} emptyText={t("myCases.empty")} />
          </Section>
        </>
      );
  }
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="kv-section kv-stack">
      <Heading level={2} data-size="sm" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
