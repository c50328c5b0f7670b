import { Link, Paragraph } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import { useI18n } from "@/shared/i18n/i18n";
import type { AbsenceLine } from "../lib/report-form";
import { ABSENCE_TYPE_LABELS, absenceDays } from "../lib/report-vocabulary";

/** The month's absences as the register has them: dates, type, days or hours, and late registration. */
export function MonthAbsences({ lines, registerHref }: { lines: readonly AbsenceLine[]; registerHref?: string }) {
  const { t } = useI18n();
  return (
    <div className="kv-stack kv-stack--tight" data-testid="report-absences">
      {lines.length === 0 ? (
        <Paragraph data-size="sm">{t("reports.absence.none")}</Paragraph>
      ) : (
        <ul className="kv-absence-lines">
          {lines.map((line, index) => {
            const type = ABSENCE_TYPE_LABELS[line.type];
            const days = absenceDays(line);
            return (
              <li key={index}>
                <span className="kv-number">
                  {line.date_from === line.date_to ? line.date_from : `${line.date_from} – ${line.date_to}`}
                </span>
                {": "}
                {type ? t(type) : line.type}
                {", "}
                {line.hours ? t("reports.absence.hours", { hours: line.hours }) : t("reports.absence.days", { days })}
                {line.late && <strong>{`, ${t("reports.absence.late")}`}</strong>}
                {line.note && <span className="kv-muted">{` – ${line.note}`}</span>}
              </li>
            );
          })}
        </ul>
      )}
      {registerHref && (
        <Paragraph data-size="sm">
          <Link asChild>
            <RouterLink to={registerHref}>{t("reports.absence.registerLink")}</RouterLink>
          </Link>
        </Paragraph>
      )}
    </div>
  );
}
