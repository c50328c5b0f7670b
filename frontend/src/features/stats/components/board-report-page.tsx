import { Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { Link as RouterLink, useSearchParams } from "react-router";
import { PageHeading } from "@/shared/components/page-heading";
import { ErrorAlert, Loading } from "@/shared/components/query-state";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useI18n } from "@/shared/i18n/i18n";
import { todayIso } from "@/shared/lib/dates";
import { useInterventions } from "@/shared/lib/interventions";
import { useIndicators } from "../api/get-indicators";
import { summarySentences } from "../lib/indicators";
import { quarterFromParam, quarterLabel } from "../lib/quarters";
import { IndicatorCharts } from "./indicator-charts";
import { IndicatorsTable } from "./indicators-table";
import { Definitions } from "./statistics-page";
import "./stats.css";

/**
 * "Rapport till nämnden" (/statistik/rapport?kvartal=2026Q3): the quarter in sentences first, then the
 * table and charts, laid out to print (menus and buttons are left out on paper).
 */
export function BoardReportPage() {
  const { t, language } = useI18n();
  const { nameOf } = useInterventions();
  const [params] = useSearchParams();
  const quarter = quarterFromParam(params.get("kvartal"), todayIso());
  const label = quarterLabel(quarter, language);
  useDocumentTitle(t("stats.report.documentTitle", { quarter: label }));
  const query = useIndicators(quarter);
  return (
    <article className="kv-stack kv-report" data-testid="board-report-page">
      <Paragraph className="kv-no-print">
        <Link asChild>
          <RouterLink to={`/statistik?kvartal=${quarter}`}>{t("stats.report.back")}</RouterLink>
        </Link>
      </Paragraph>
      <PageHeading>{t("stats.report.title")}</PageHeading>
      <Paragraph data-size="lg" className="kv-report__subtitle">
        {t("stats.report.subtitle", { quarter: label })}
      </Paragraph>
      <div className="kv-no-print">
        <Button variant="secondary" onClick={() => window.print()}>
          {t("stats.report.print")}
        </Button>
      </div>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <>
          <Paragraph data-size="sm" className="kv-muted">
            {t("stats.report.period", { from: query.data.first_day, to: query.data.last_day, date: todayIso() })}
          </Paragraph>
          <section className="kv-section kv-stack" aria-labelledby="report-summary-heading">
            <Heading level={2} data-size="sm" id="report-summary-heading">
              {t("stats.report.summary")}
            </Heading>
            <ul className="kv-report__summary" data-testid="report-summary">
              {summarySentences(query.data, t, language, nameOf).map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
          </section>
          {query.data.rows.length > 0 && (
            <>
              <section className="kv-section kv-stack" aria-labelledby="report-table-heading">
                <Heading level={2} data-size="sm" id="report-table-heading">
                  {t("stats.report.figures")}
                </Heading>
                <IndicatorsTable data={query.data} />
              </section>
              <section className="kv-section kv-stack kv-report__charts" aria-labelledby="report-charts-heading">
                <Heading level={2} data-size="sm" id="report-charts-heading">
                  {t("stats.chartsHeading")}
                </Heading>
                <IndicatorCharts data={query.data} />
              </section>
            </>
          )}
          <Definitions />
        </>
      )}
    </article>
  );
}
