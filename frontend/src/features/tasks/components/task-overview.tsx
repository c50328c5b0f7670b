import {
  Heading,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import type { OkJson } from "@/shared/api/types";
import { ErrorAlert, Loading } from "@/shared/components/query-state";
import { TableScroll } from "@/shared/components/table-scroll";
import { useI18n } from "@/shared/i18n/i18n";
import type { MessageKey } from "@/shared/i18n/words";
import { useTaskOverview } from "../api/get-task-overview";
import { ruleName } from "../lib/rule-names";

type LateCount = OkJson<"/api/tasks/overview", "get">["counsellors"][number];

/** The supervisor's overview: how much is late per counsellor and per provider (each with its rules), and per
 * rule; `providerLink` gives a provider's page (its shortcomings). */
export function TaskOverview({ providerLink }: { providerLink: (providerId: string) => string }) {
  const { t } = useI18n();
  const query = useTaskOverview();
  return (
    <section className="kv-section kv-stack" aria-labelledby="overview-heading" data-testid="task-overview">
      <Heading level={2} data-size="sm" id="overview-heading">
        {t("tasks.overview.title")}
      </Heading>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : query.data.overdue === 0 ? (
        <Paragraph data-testid="overview-empty">{t("tasks.overview.empty")}</Paragraph>
      ) : (
        <>
          <Paragraph data-testid="overview-total">{t("tasks.overview.total", { n: query.data.overdue })}</Paragraph>
          <Counts id="overview-counsellors" caption="tasks.overview.byCounsellor" rows={query.data.counsellors} />
          <Counts
            id="overview-providers"
            caption="tasks.overview.byProvider"
            rows={query.data.providers}
            linkOf={providerLink}
          />
        </>
      )}
    </section>
  );
}

function Counts({
  id,
  caption,
  rows,
  linkOf,
}: {
  id: string;
  caption: MessageKey;
  rows: LateCount[];
  linkOf?: (id: string) => string;
}) {
  const { t } = useI18n();
  if (rows.length === 0) return null;
  return (
    <TableScroll labelledBy={`${id}-caption`}>
      <Table zebra data-testid={id}>
        <caption id={`${id}-caption`}>{t(caption)}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell scope="col">{t("tasks.overview.name")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("tasks.overview.overdue")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("tasks.overview.rule")}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} data-id={row.id}>
              <TableHeaderCell scope="row">
                {linkOf ? (
                  <Link asChild>
                    <RouterLink to={linkOf(row.id)}>{row.name}</RouterLink>
                  </Link>
                ) : (
                  row.name
                )}
              </TableHeaderCell>
              <TableCell className="kv-number">{row.overdue}</TableCell>
              <TableCell>
                {Object.entries(row.by_rule)
                  .map(([rule, count]) => `${ruleName(rule, t)}: ${count}`)
                  .join(", ")}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
