import { useI18n } from "@/shared/i18n/i18n";
import { todayIso } from "@/shared/lib/dates";
import type { Absence } from "../api/get-absences";
import { ABSENCE_TYPE_LABELS } from "../lib/absence-vocabulary";
import { absencesByDay, formatMonth, isWeekend, monthGrid, weekdayNames } from "../lib/calendar";

/**
 * The month as a calendar table: a caption naming the month, a header row of weekdays (Monday
 * first) and a cell per day whose text names each absence type registered for it, so the type is
 * read out with the date and never shown by colour alone.
 */
export function AbsenceCalendar({ month, items }: { month: string; items: readonly Absence[] }) {
  const { t, language } = useI18n();
  const weekdays = weekdayNames(language);
  const byDay = absencesByDay(items, month);
  const today = todayIso();
  return (
    <table className="kv-calendar" data-testid="absence-calendar">
      <caption>{t("absence.calendar.caption", { month: formatMonth(month, language) })}</caption>
      <thead>
        <tr>
          {weekdays.map((weekday) => (
            <th key={weekday.long} scope="col">
              <abbr title={weekday.long}>{weekday.short}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthGrid(month).map((week, index) => (
          <tr key={index}>
            {week.map((date, column) => {
              if (!date) return <td key={`empty-${column}`} className="kv-calendar__empty" />;
              const absences = byDay.get(date) ?? [];
              return (
                <td
                  key={date}
                  className="kv-calendar__day"
                  data-date={date}
                  data-absent={absences.length > 0 || undefined}
                  data-weekend={isWeekend(date) || undefined}
                  aria-current={date === today ? "date" : undefined}
                >
                  <span className="kv-calendar__number">{Number(date.slice(8))}</span>
                  {absences.map((absence) => (
                    <span key={absence.id} className="kv-calendar__absence" data-type={absence.type}>
                      {t(ABSENCE_TYPE_LABELS[absence.type])}
                      {absence.hours ? ` (${t("absence.hoursShort", { hours: absence.hours })})` : ""}
                    </span>
                  ))}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
