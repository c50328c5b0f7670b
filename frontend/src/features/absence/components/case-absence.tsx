import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import type { Case } from "@/shared/api/types";
import { ErrorAlert, Loading } from "@/shared/components/query-state";
import { useI18n } from "@/shared/i18n/i18n";
import { useAbsences } from "../api/get-absences";
import { currentMonth } from "../lib/calendar";
import { CertificateDemands } from "./certificate-demands";

/** The "Frånvaro" section of a case page: what the rules ask for now, and the register and attendance report. */
export function CaseAbsence({ item }: { item: Case }) {
  const { t } = useI18n();
  const started = item.status === "active" || item.status === "ended";
  const register = useAbsences(item.id, { enabled: started });
  if (!started) return null;
  // An ended case shows its last month; a running one this month.
  const month = item.end_date ? item.end_date.slice(0, 7) : currentMonth();
  return (
    <section className="kv-section kv-stack" aria-labelledby="case-absence-heading" data-testid="case-absence">
      <Heading level={2} data-size="sm" id="case-absence-heading">
        {t("absence.heading")}
      </Heading>
      {register.isPending ? (
        <Loading />
      ) : register.isError ? (
        <ErrorAlert error={register.error} />
      ) : (
        <>
          <CertificateDemands register={register.data} />
          <Paragraph>{t("absence.summary", { count: register.data.items.length })}</Paragraph>
        </>
      )}
      <Paragraph className="kv-row-actions">
        <Link asChild>
          <RouterLink to={`/arenden/${item.id}/franvaro?manad=${month}`}>{t("absence.registerLink")}</RouterLink>
        </Link>
        <Link asChild>
          <RouterLink to={`/arenden/${item.id}/narvaro?manad=${month}`}>{t("absence.attendanceLink")}</RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}
