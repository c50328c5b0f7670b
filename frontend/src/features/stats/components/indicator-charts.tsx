import { useI18n } from "@/shared/i18n/i18n";
import { useInterventions } from "@/shared/lib/interventions";
import type { Count, IndicatorRow, Indicators } from "../api/get-indicators";
import { countText, ratio, workOrStudiesText } from "../lib/indicators";
import { CountBars, type Bar } from "./count-bars";

/** One chart per share indicator, a bar per provider and intervention, each with its value in words. */
export function IndicatorCharts({ data }: { data: Indicators }) {
  const { t, language } = useI18n();
  const { nameOf } = useInterventions();
  const label = (row: IndicatorRow) => `${row.provider_name}, ${nameOf(row.intervention)}`;
  const key = (row: IndicatorRow) => `${row.provider_id}-${row.intervention}`;
  const countBars = (pick: (row: IndicatorRow) => Count): Bar[] =>
    data.rows.map((row) => ({
      key: key(row),
      label: label(row),
      share: ratio(pick(row)),
      text: countText(pick(row), t, language),
    }));
  return (
    <div className="kv-charts">
      <CountBars
        testId="chart-work-or-studies"
        title={t("stats.workOrStudies")}
        description={t("stats.chart.workOrStudiesHelp")}
        bars={data.rows.map((row) => ({
          key: key(row),
          label: label(row),
          // No bar where the API withholds the share: a bar would show what the text says is too uncertain.
          share: row.work_or_studies?.value ?? null,
          text: workOrStudiesText(row, t, language),
        }))}
      />
      <CountBars
        testId="chart-plans"
        title={t("stats.plansWithinDays")}
        bars={countBars((row) => row.plans_within_30_days)}
      />
      <CountBars
        testId="chart-reports"
        title={t("stats.reportsOnTime")}
        bars={countBars((row) => row.monthly_reports_on_time)}
      />
      <CountBars
        testId="chart-returned"
        title={t("stats.documentsReturned")}
        bars={countBars((row) => row.documents_returned)}
      />
    </div>
  );
}
