import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { useRef, useState } from "react";
import { Link as RouterLink, useNavigate, useSearchParams } from "react-router";
import { PageHeading } from "@/shared/components/page-heading";
import { ErrorAlert, Loading } from "@/shared/components/query-state";
import { StatusMessage } from "@/shared/components/status-message";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useI18n } from "@/shared/i18n/i18n";
import type { Role } from "@/shared/roles";
import { useAbsenceCase } from "../api/get-absence-case";
import { useAbsences, type Absence } from "../api/get-absences";
import { ABSENCE_TYPE_LABELS } from "../lib/absence-vocabulary";
import { absencesInMonth, currentMonth, formatMonth, isMonth } from "../lib/calendar";
import { AbsenceCalendar } from "./absence-calendar";
import { AbsenceForm } from "./absence-form";
import { AbsenceList } from "./absence-list";
import { CertificateDemands } from "./certificate-demands";
import { MonthNav } from "./month-nav";

/**
 * A case's absence register (/arenden/:id/franvaro?manad=YYYY-MM): what the rules ask for now, the
 * month as a calendar with its registrations, and for the provider's staff a registration form.
 */
export function AbsencePage({ caseId, roles }: { caseId: string; roles: readonly Role[] }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const requested = params.get("manad");
  const month = isMonth(requested) ? requested : currentMonth();
  const caseQuery = useAbsenceCase(caseId);
  const register = useAbsences(caseId);
  const [message, setMessage] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const client = caseQuery.data?.client?.display_name;
  const title = client ? t("absence.page.title", { client }) : t("absence.page.loadingTitle");
  useDocumentTitle(title);
  const provider = roles.includes("provider_staff") || roles.includes("provider_admin");
  const registers = provider && caseQuery.data?.status === "active";
  const hrefOf = (value: string) => `/arenden/${caseId}/franvaro?manad=${value}`;

  function done(text: string) {
    setMessage(text);
    statusRef.current?.focus();
  }

  function registered(absence: Absence) {
    const period =
      absence.date_from === absence.date_to ? absence.date_from : `${absence.date_from} – ${absence.date_to}`;
    done(
      t(absence.late ? "absence.form.doneLate" : "absence.form.done", {
        period,
        type: t(ABSENCE_TYPE_LABELS[absence.type]),
      }),
    );
    // Show the month the absence began in.
    navigate(hrefOf(absence.date_from.slice(0, 7)), { replace: true });
  }

  const failed = caseQuery.error ?? register.error;
  return (
    <div className="kv-stack" data-testid="absence-page">
      <PageHeading>{title}</PageHeading>
      <StatusMessage message={message} ref={statusRef} testId="absence-message" />
      <Paragraph className="kv-row-actions">
        <Link asChild>
          <RouterLink to={`/arenden/${caseId}`}>{t("documents.page.toCase")}</RouterLink>
        </Link>
        <Link asChild>
          <RouterLink to={`/arenden/${caseId}/narvaro?manad=${month}`}>{t("absence.attendanceLink")}</RouterLink>
        </Link>
      </Paragraph>
      {failed ? (
        <ErrorAlert error={failed} />
      ) : !register.data || !caseQuery.data ? (
        <Loading />
      ) : (
        <>
          <CertificateDemands register={register.data} />
          <section className="kv-section kv-stack" aria-labelledby="absence-month-heading">
            <Heading level={2} data-size="sm" id="absence-month-heading">
              {t("absence.month.heading")}
            </Heading>
            <MonthNav month={month} hrefOf={hrefOf} label={t("absence.month.navLabel")} />
            <div className="kv-calendar-wrap">
              <AbsenceCalendar month={month} items={register.data.items} />
            </div>
            <AbsenceList
              caseId={caseId}
              items={absencesInMonth(register.data.items, month)}
              caption={t("absence.list.caption", { month: formatMonth(month, language) })}
              removable={provider}
              onRemoved={done}
            />
          </section>
          {registers && <AbsenceForm caseId={caseId} onRegistered={registered} />}
        </>
      )}
    </div>
  );
}
