import {
  Button,
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
import { Link as RouterLink, useSearchParams } from "react-router";
import { Facts } from "@/shared/components/facts";
import { PageHeading } from "@/shared/components/page-heading";
import { ErrorAlert, Loading } from "@/shared/components/query-state";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useI18n } from "@/shared/i18n/i18n";
import { useInterventions } from "@/shared/lib/interventions";
import type { InterventionCode } from "@/shared/api/types";
import { attendanceCsvUrl, useAttendance } from "../api/get-attendance";
import { ABSENCE_TYPES, ABSENCE_TYPE_LABELS } from "../lib/absence-vocabulary";
import { currentMonth, formatMonth, isMonth } from "../lib/calendar";
import { MonthNav } from "./month-nav";
import { TableScroll } from "@/shared/components/table-scroll";

/**
 * The attendance report of a month (/arenden/:id/narvaro?manad=YYYY-MM), for the reclaim of
 * additional costs: working days in the intervention, absence by type, days present. Printable
 * (the print style leaves out the menu and the controls) and downloadable as CSV.
 */
export function AttendancePage({ caseId }: { caseId: string }) {
  const { t, language } = useI18n();
  const { nameOf } = useInterventions();
  const [params] = useSearchParams();
  const requested = params.get("manad");
  const month = isMonth(requested) ? requested : currentMonth();
  const query = useAttendance(caseId, month);
  const title = t("absence.attendance.title", { month: formatMonth(month, language) });
  useDocumentTitle(title);
  const report = query.data;

  return (
    <div className="kv-stack kv-attendance" data-testid="attendance-page">
      <PageHeading>{title}</PageHeading>
      <Paragraph className="kv-row-actions kv-no-print">
        <Link asChild>
          <RouterLink to={`/arenden/${caseId}`}>{t("documents.page.toCase")}</RouterLink>
        </Link>
        <Link asChild>
          <RouterLink to={`/arenden/${caseId}/franvaro?manad=${month}`}>{t("absence.registerLink")}</RouterLink>
        </Link>
      </Paragraph>
      <MonthNav
        month={month}
        hrefOf={(value) => `/arenden/${caseId}/narvaro?manad=${value}`}
        label={t("absence.attendance.navLabel")}
      />
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : report ? (
        <>
          <Facts
            testId="attendance-facts"
            rows={[
              [t("absence.attendance.client"), report.client_reference],
              [t("absence.attendance.intervention"), nameOf(report.intervention as InterventionCode)],
              [t("absence.attendance.provider"), report.provider_name ?? "–"],
              [
                t("absence.attendance.period"),
                report.first_day && report.last_day
                  ? `${report.first_day} – ${report.last_day}`
                  : t("absence.attendance.notInIntervention"),
              ],
              [t("absence.attendance.daysInIntervention"), String(report.days_in_intervention)],
              [t("absence.attendance.daysPresent"), String(report.days_present)],
            ]}
          />
          <section className="kv-section kv-stack" aria-labelledby="attendance-absence-heading">
            <Heading level={2} data-size="sm" id="attendance-absence-heading">
              {t("absence.attendance.absenceHeading")}
            </Heading>
            <TableScroll>
              <Table zebra data-testid="attendance-table">
                <caption>{t("absence.attendance.caption", { month: formatMonth(month, language) })}</caption>
                <TableHead>
                  <TableRow>
                    <TableHeaderCell scope="col">{t("absence.form.type")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t("absence.attendance.days")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t("absence.attendance.hours")}</TableHeaderCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {ABSENCE_TYPES.map((type) => (
                    <TableRow key={type} data-type={type}>
                      <TableHeaderCell scope="row">{t(ABSENCE_TYPE_LABELS[type])}</TableHeaderCell>
                      <TableCell className="kv-number">{report.absence_days[type] ?? 0}</TableCell>
                      <TableCell className="kv-number">{report.absence_hours[type] ?? 0}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableScroll>
            <Paragraph data-size="sm" className="kv-muted">
              {t("absence.attendance.note")}
            </Paragraph>
          </section>
          <div className="kv-row-actions kv-no-print">
            <Button asChild variant="secondary">
              <a href={attendanceCsvUrl(caseId, month, language)} download={`narvaro-${month}.csv`}>
                {t("absence.attendance.csv")}
              </a>
            </Button>
            <Button variant="tertiary" onClick={() => window.print()}>
              {t("absence.attendance.print")}
            </Button>
          </div>
        </>
      ) : null}
    </div>
  );
}
