import { Link, Paragraph } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import { useI18n } from "@/shared/i18n/i18n";
import { formatMonth, shiftMonth } from "../lib/calendar";

/** Previous and next month as links, so each month has its own address (?manad=YYYY-MM). */
export function MonthNav({
  month,
  hrefOf,
  label,
}: {
  month: string;
  hrefOf: (month: string) => string;
  label: string;
}) {
  const { t, language } = useI18n();
  const previous = shiftMonth(month, -1);
  const next = shiftMonth(month, 1);
  return (
    <nav aria-label={label} className="kv-month-nav kv-no-print" data-testid="month-nav">
      <Link asChild>
        <RouterLink
          to={hrefOf(previous)}
          aria-label={t("absence.month.previousLabel", { month: formatMonth(previous, language) })}
        >
          <span aria-hidden="true">← </span>
          {t("absence.month.previous")}
        </RouterLink>
      </Link>
      <Paragraph className="kv-month-nav__current" data-testid="current-month">
        {formatMonth(month, language)}
      </Paragraph>
      <Link asChild>
        <RouterLink to={hrefOf(next)} aria-label={t("absence.month.nextLabel", { month: formatMonth(next, language) })}>
          {t("absence.month.next")}
          <span aria-hidden="true"> →</span>
        </RouterLink>
      </Link>
    </nav>
  );
}
