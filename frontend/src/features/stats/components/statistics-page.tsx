import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import { PageHeading } from "@/shared/components/page-heading";
import { ErrorAlert, Loading } from "@/shared/components/query-state";
import { SelectField } from "@/shared/components/select-field";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useInstantSearchParams } from "@/shared/hooks/use-instant-search-params";
import { useI18n } from "@/shared/i18n/i18n";
import { todayIso } from "@/shared/lib/dates";
import { indicatorsCsvUrl } from "../api/get-indicators-csv";
import { useIndicators } from "../api/get-indicators";
import { quarterChoices, quarterFromParam, quarterLabel } from "../lib/quarters";
import { IndicatorCharts } from "./indicator-charts";
import { IndicatorsTable } from "./indicators-table";
import "./stats.css";

/**
 * Quarterly statistics (/statistik?kvartal=2026Q3) for the supervisor and the coordinator: every indicator per
 * provider and intervention as a table, the shares as bar charts, the CSV and the board report.
 */
export function StatisticsPage() {
  const { t, language } = useI18n();
  useDocumentTitle(t("stats.title"));
  const [params, update] = useInstantSearchParams();
  const today = todayIso();
  const quarter = quarterFromParam(params.get("kvartal"), today);
  const query = useIndicators(quarter);
  return (
    <div className="kv-stack" data-testid="statistics-page">
      <PageHeading>{t("stats.title")}</PageHeading>
      <Paragraph>{t("stats.intro")}</Paragraph>
      <div className="kv-narrow">
        <SelectField
          label={t("stats.quarter")}
          value={quarter}
          onChange={(event) => update(new URLSearchParams({ kvartal: event.target.value }))}
        >
          {quarterChoices(today).map((choice) => (
            <option key={choice.value} value={choice.value}>
              {quarterLabel(choice.value, language)} ({choice.value}){choice.current ? ` ${t("stats.ongoing")}` : ""}
            </option>
          ))}
        </SelectField>
      </div>
      <ul className="kv-link-row">
        <li>
          <Link href={indicatorsCsvUrl(quarter, language)} download data-testid="csv-link">
            {t("stats.downloadCsv")}
          </Link>
        </li>
        <li>
          <Link asChild>
            <RouterLink to={`/statistik/rapport?kvartal=${quarter}`}>{t("stats.report.title")}</RouterLink>
          </Link>
        </li>
      </ul>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : query.data.rows.length === 0 ? (
        <Paragraph data-testid="no-indicators">{t("stats.empty")}</Paragraph>
      ) : (
        <>
          <section className="kv-section kv-stack" aria-labelledby="stats-table-heading">
            <Heading level={2} data-size="sm" id="stats-table-heading">
              {t("stats.tableHeading", { from: query.data.first_day, to: query.data.last_day })}
            </Heading>
            <IndicatorsTable data={query.data} />
          </section>
          <section className="kv-section kv-stack" aria-labelledby="stats-charts-heading">
            <Heading level={2} data-size="sm" id="stats-charts-heading">
              {t("stats.chartsHeading")}
            </Heading>
            <IndicatorCharts data={query.data} />
          </section>
          <Definitions />
        </>
      )}
    </div>
  );
}

/** What each indicator counts, in the words of the routines, for whoever reads the figures. */
export function Definitions() {
  const { t } = useI18n();
  return (
    <section className="kv-section kv-stack" aria-labelledby="stats-definitions-heading">
      <Heading level={2} data-size="sm" id="stats-definitions-heading">
        {t("stats.definitions.heading")}
      </Heading>
      <dl className="kv-definitions">
        {(
          [
            ["stats.active", "stats.definitions.active"],
            ["stats.workOrStudies", "stats.definitions.workOrStudies"],
            ["stats.medianDaysToWork", "stats.definitions.medianDaysToWork"],
            ["stats.plansWithinDays", "stats.definitions.plans"],
            ["stats.reportsOnTime", "stats.definitions.reports"],
            ["stats.documentsReturned", "stats.definitions.returned"],
            ["stats.definitions.tooFewTerm", "stats.definitions.tooFew"],
          ] as const
        ).map(([term, definition]) => (
          <div key={term}>
            <dt>{t(term)}</dt>
            <dd>{t(definition)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
