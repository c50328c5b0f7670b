import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import type { Case } from "@/shared/api/types";
import { FormError } from "@/shared/components/form-error";
import { useErrorMessage } from "@/shared/components/query-state";
import { SelectField } from "@/shared/components/select-field";
import type { FlashState } from "@/shared/hooks/use-flash-message";
import { useFormErrors } from "@/shared/hooks/use-form-errors";
import { useI18n } from "@/shared/i18n/i18n";
import type { Role } from "@/shared/roles";
import { useCreateReport, type CreateReportInput } from "../api/create-report";
import { reportMonths } from "@/shared/lib/case-months";
import { NEW_REPORT_KINDS, formatMonth } from "../lib/report-vocabulary";

// Reports are written once a provider has claimed the case.
const OPEN_FOR_REPORTS: readonly Case["status"][] = ["claimed", "active", "ended"];
const FIELDS = ["month"] as const;

/** Whether the viewer writes reports on this case (the provider's staff, once the case is claimed). */
export function writesReports(item: Case, roles: readonly Role[]): boolean {
  return (
    (roles.includes("provider_staff") || roles.includes("provider_admin")) && OPEN_FOR_REPORTS.includes(item.status)
  );
}

/**
 * The "Rapporter" section of a case page: the provider starts a monthly report for a month the
 * intervention was active, an implementation plan, a revised plan, a final or a bonus report, each
 * as a draft written in the form.
 */
export function CaseReports({ item, roles }: { item: Case; roles: readonly Role[] }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const messageOf = useErrorMessage();
  const mutation = useCreateReport(item.id);
  const months = reportMonths(item);
  // The report is written after the month: last month, while the intervention goes on.
  const [month, setMonth] = useState(months[1] ?? months[0] ?? "");
  const [attempt, setAttempt] = useState(0);
  const { errorOf, validate, hasOwnErrors } = useFormErrors(FIELDS, mutation.error);
  if (!writesReports(item, roles)) return null;

  function create(body: CreateReportInput) {
    setAttempt((n) => n + 1);
    mutation.reset();
    mutation.mutate(body, {
      onSuccess: (report) =>
        navigate(`/rapporter/${report.id}`, { state: { message: t("reports.new.done") } satisfies FlashState }),
    });
  }

  function createMonthly(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    if (!validate({ month: !month && t("reports.new.monthMissing") })) {
      setAttempt((n) => n + 1);
      return;
    }
    create({ kind: "monthly_report", month });
  }

  return (
    <section className="kv-section kv-stack" aria-labelledby="case-reports-heading" data-testid="case-reports">
      <Heading level={2} data-size="sm" id="case-reports-heading">
        {t("reports.heading")}
      </Heading>
      <Paragraph>{t("reports.intro")}</Paragraph>
      {hasOwnErrors ? (
        <FormError attempt={attempt}>{t("form.fixMarked")}</FormError>
      ) : mutation.error ? (
        <FormError attempt={attempt}>{messageOf(mutation.error)}</FormError>
      ) : null}
      <form onSubmit={createMonthly} noValidate className="kv-search" data-testid="new-monthly-report">
        <SelectField
          label={t("reports.new.month")}
          description={months.length === 0 ? t("reports.new.noMonths") : undefined}
          value={month}
          onChange={(event) => setMonth(event.target.value)}
          error={errorOf("month")}
        >
          <option value="">{t("form.choose")}</option>
          {months.map((value) => (
            <option key={value} value={value}>
              {formatMonth(value, language)}
            </option>
          ))}
        </SelectField>
        <div>
          <Button type="submit" loading={mutation.isPending && mutation.variables?.kind === "monthly_report"}>
            {t("reports.new.monthly_report")}
          </Button>
        </div>
      </form>
      <div className="kv-row-actions">
        {NEW_REPORT_KINDS.map(({ kind, label }) => (
          <Button
            key={kind}
            variant="secondary"
            loading={mutation.isPending && mutation.variables?.kind === kind}
            onClick={() => !mutation.isPending && create({ kind })}
          >
            {t(label)}
          </Button>
        ))}
      </div>
    </section>
  );
}
