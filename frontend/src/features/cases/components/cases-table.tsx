import {
  Link,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Tag,
} from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import type { Case } from "@/shared/api/types";
import { useI18n } from "@/shared/i18n/i18n";
import { useInterventions } from "@/shared/lib/interventions";
import { CaseStatusTag } from "./case-status-tag";
import { TableScroll } from "@/shared/components/table-scroll";

/**
 * Cases as a table; the client's name links to the case page. A case that changed since the reader last read
 * its conversation (a post, a step, a document handed in, by someone else) is tagged "Ändrad" beside the name.
 */
export function CasesTable({ items, caption }: { items: Case[]; caption: string }) {
  const { t } = useI18n();
  const { nameOf } = useInterventions();
  return (
    <TableScroll>
      <Table zebra data-testid="cases-table">
        <caption>{caption}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell scope="col">{t("cases.client")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("cases.intervention")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("cases.status")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("cases.decisionDate")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("cases.provider")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("cases.coach")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("cases.counsellor")}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.id} data-case-id={item.id} data-testid="case-row" data-changed={item.changed}>
              <TableHeaderCell scope="row">
                <Link asChild>
                  <RouterLink to={`/arenden/${item.id}`}>
                    {item.client?.display_name ?? t("cases.clientHidden")}
                  </RouterLink>
                </Link>
                {item.changed && (
                  <>
                    {" "}
                    <Tag data-color="warning" data-size="sm" data-testid="case-changed">
                      {t("cases.changed")}
                    </Tag>
                  </>
                )}
              </TableHeaderCell>
              <TableCell>{nameOf(item.intervention)}</TableCell>
              <TableCell>
                <CaseStatusTag status={item.status} />
              </TableCell>
              <TableCell className="kv-number">{item.decision_date}</TableCell>
              <TableCell>{item.provider_name ?? "–"}</TableCell>
              <TableCell>{item.coach_name ?? "–"}</TableCell>
              <TableCell>{item.counsellor_name}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
