import {
  Alert,
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
import { useRef, useState } from "react";
import { Link as RouterLink } from "react-router";
import { ErrorAlert, Loading } from "@/shared/components/query-state";
import { StatusMessage } from "@/shared/components/status-message";
import { TableScroll } from "@/shared/components/table-scroll";
import { useI18n } from "@/shared/i18n/i18n";
import { useProviderShortcomings } from "../api/get-provider-shortcomings";
import { NOTICE_SUBJECTS, ruleLabel, type Shortcomings } from "../lib/vocabulary";
import { NoticeForm } from "./notice-form";

/**
 * A provider's shortcomings (§7.6): whether there is a ground and why, its late reports, the tellings and the form
 * that records one. `caseLinks`: the reader may open the cases (the supervisor; the coordinator reads none).
 */
export function ProviderShortcomings({ providerId, caseLinks = false }: { providerId: string; caseLinks?: boolean }) {
  const { t } = useI18n();
  const query = useProviderShortcomings(providerId);
  const [message, setMessage] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  return (
    <section className="kv-section kv-stack" aria-labelledby="shortcomings-heading" data-testid="provider-shortcomings">
      <Heading level={2} data-size="sm" id="shortcomings-heading">
        {t("oversight.title")}
      </Heading>
      <Paragraph>{t("oversight.intro")}</Paragraph>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <>
          <GroundSummary data={query.data} />
          <LateReports data={query.data} caseLinks={caseLinks} />
          <Notices data={query.data} />
        </>
      )}
      <StatusMessage message={message} ref={statusRef} testId="notice-message" />
      <NoticeForm
        providerId={providerId}
        onSaved={() => {
          setMessage(t("oversight.form.saved"));
          statusRef.current?.focus();
        }}
      />
    </section>
  );
}

function GroundSummary({ data }: { data: Shortcomings }) {
  const { t } = useI18n();
  const { ground } = data;
  return (
    <Alert data-color={ground.exists ? "warning" : "info"} data-testid="ground" data-ground={ground.exists}>
      <Paragraph>
        <strong>{t(ground.exists ? "oversight.ground.yes" : "oversight.ground.no")}</strong>
      </Paragraph>
      {ground.over_a_month > 0 && <Paragraph>{t("oversight.ground.overAMonth", { n: ground.over_a_month })}</Paragraph>}
      {ground.last_told ? (
        <Paragraph>
          {t("oversight.ground.afterNotice", {
            n: ground.late_after_notice,
            date: ground.last_told,
            limit: ground.repeated_after,
          })}
        </Paragraph>
      ) : (
        <Paragraph>{t("oversight.ground.neverTold")}</Paragraph>
      )}
    </Alert>
  );
}

function LateReports({ data, caseLinks }: { data: Shortcomings; caseLinks: boolean }) {
  const { t } = useI18n();
  if (data.late_reports.length === 0)
    return <Paragraph data-testid="late-reports-empty">{t("oversight.late.empty")}</Paragraph>;
  return (
    <TableScroll labelledBy="late-reports-caption">
      <Table zebra data-testid="late-reports">
        <caption id="late-reports-caption">{t("oversight.late.caption")}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell scope="col">{t("oversight.late.report")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("oversight.late.due")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("oversight.late.handedIn")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("oversight.late.daysLate")}</TableHeaderCell>
            {caseLinks && <TableHeaderCell scope="col">{t("oversight.late.case")}</TableHeaderCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {data.late_reports.map((report) => (
            <TableRow key={`${report.case_id}-${report.rule}-${report.month ?? ""}`}>
              <TableHeaderCell scope="row">{ruleLabel(report, t)}</TableHeaderCell>
              <TableCell className="kv-number">{report.due}</TableCell>
              <TableCell>{report.handed_in ?? t("oversight.late.notYet")}</TableCell>
              <TableCell>
                {t("oversight.late.days", { n: report.days_late })}
                {report.over_a_month && <> ({t("oversight.late.overAMonth")})</>}
                {report.after_notice && <> · {t("oversight.late.afterNotice")}</>}
              </TableCell>
              {caseLinks && (
                <TableCell>
                  <Link asChild>
                    <RouterLink to={`/arenden/${report.case_id}`}>{t("oversight.late.openCase")}</RouterLink>
                  </Link>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

function Notices({ data }: { data: Shortcomings }) {
  const { t } = useI18n();
  return (
    <div className="kv-stack">
      <Heading level={3} data-size="xs">
        {t("oversight.notices.title")}
      </Heading>
      {data.notices.length === 0 ? (
        <Paragraph data-testid="notices-empty">{t("oversight.notices.empty")}</Paragraph>
      ) : (
        <ul className="kv-stack" data-testid="notices">
          {data.notices.map((notice) => (
            <li key={notice.id}>
              <strong>{t(NOTICE_SUBJECTS[notice.subject])}</strong>{" "}
              {t("oversight.notices.by", { date: notice.told_on, name: notice.told_by ?? "–" })}
              <Paragraph>{notice.note}</Paragraph>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
