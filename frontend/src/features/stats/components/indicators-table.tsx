import { Table } from "@digdir/designsystemet-react";
import { TableScroll } from "@/shared/components/table-scroll";
import { useI18n } from "@/shared/i18n/i18n";
import { useInterventions } from "@/shared/lib/interventions";
import type { Indicators } from "../api/get-indicators";
import { countText, endingsText, medianDaysText, workOrStudiesText } from "../lib/indicators";
import { quarterLabel } from "../lib/quarters";

/** Every indicator, one row per provider and intervention: the numbers behind the charts and the report. */
export function IndicatorsTable({ data }: { data: Indicators }) {
  const { t, language } = useI18n();
  const { nameOf } = useInterventions();
  return (
    <TableScroll labelledBy="indicators-caption">
      <Table zebra data-size="sm" className="kv-indicators-table" data-testid="indicators-table">
        <caption id="indicators-caption">
          {t("stats.table.caption", { quarter: quarterLabel(data.quarter, language) })}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t("stats.provider")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("stats.intervention")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("stats.active")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("stats.started")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("stats.ended")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("stats.workOrStudies")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("stats.medianDaysToWork")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("stats.plansWithinDays")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("stats.reportsOnTime")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("stats.documentsReturned")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("stats.endings")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {data.rows.map((row) => (
            <Table.Row key={`${row.provider_id}-${row.intervention}`} data-testid="indicator-row">
              <Table.HeaderCell scope="row">{row.provider_name}</Table.HeaderCell>
              <Table.Cell>{nameOf(row.intervention)}</Table.Cell>
              <Table.Cell className="kv-number">{row.active}</Table.Cell>
              <Table.Cell className="kv-number">{row.started}</Table.Cell>
              <Table.Cell className="kv-number">{row.ended}</Table.Cell>
              <Table.Cell>{workOrStudiesText(row, t, language)}</Table.Cell>
              <Table.Cell>{medianDaysText(row, t)}</Table.Cell>
              <Table.Cell>{countText(row.plans_within_30_days, t, language)}</Table.Cell>
              <Table.Cell>{countText(row.monthly_reports_on_time, t, language)}</Table.Cell>
              <Table.Cell>{countText(row.documents_returned, t, language)}</Table.Cell>
              <Table.Cell>{endingsText(row.endings_by_reason, t)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
