import {
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Tag,
  Textfield,
} from "@digdir/designsystemet-react";
import { useRef, useState, type FormEvent } from "react";
import { errorsForFields } from "@/shared/api/field-errors";
import { FormError } from "@/shared/components/form-error";
import { PageHeading } from "@/shared/components/page-heading";
import { ErrorAlert, Loading, useErrorMessage } from "@/shared/components/query-state";
import { StatusMessage } from "@/shared/components/status-message";
import { TableScroll } from "@/shared/components/table-scroll";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useI18n } from "@/shared/i18n/i18n";
import { todayIso } from "@/shared/lib/dates";
import { useAddNonWorkingDay } from "../api/add-non-working-day";
import { useCalendar, type CalendarDay } from "../api/get-calendar";
import { useRemoveNonWorkingDay } from "../api/remove-non-working-day";

// The reason's length limit is the server's (NonWorkingDay.reason); the field says so before it is sent.
const REASON_MAX_LENGTH = 200;

/** The administrator's calendar (/kalender): a year's holidays and the municipality's own non-working days. */
export function CalendarPage() {
  const { t } = useI18n();
  useDocumentTitle(t("calendar.title"));
  const [year, setYear] = useState(() => Number(todayIso().slice(0, 4)));
  const [message, setMessage] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const done = (text: string) => {
    setMessage(text);
    statusRef.current?.focus();
  };
  return (
    <div className="kv-stack" data-testid="calendar-page">
      <PageHeading>{t("calendar.title")}</PageHeading>
      <Paragraph>{t("calendar.intro")}</Paragraph>
      <StatusMessage message={message} ref={statusRef} testId="calendar-message" />
      <section className="kv-section kv-stack" aria-labelledby="calendar-new-heading">
        <Heading level={2} data-size="sm" id="calendar-new-heading">
          {t("calendar.newTitle")}
        </Heading>
        <NonWorkingDayForm
          onAdded={(day) => {
            setYear(Number(day.day.slice(0, 4)));
            done(t("calendar.added", { day: day.day, reason: day.name }));
          }}
        />
      </section>
      <section className="kv-section kv-stack" aria-labelledby="calendar-year-heading">
        <div className="kv-pager">
          <Button variant="secondary" data-size="sm" onClick={() => setYear((y) => y - 1)}>
            {t("calendar.previousYear", { year: year - 1 })}
          </Button>
          <Heading level={2} data-size="sm" id="calendar-year-heading" aria-live="polite">
            {t("calendar.yearTitle", { year })}
          </Heading>
          <Button variant="secondary" data-size="sm" onClick={() => setYear((y) => y + 1)}>
            {t("calendar.nextYear", { year: year + 1 })}
          </Button>
        </div>
        <CalendarTable year={year} onRemoved={done} />
      </section>
    </div>
  );
}

function weekdayOf(iso: string, language: string): string {
  // Noon UTC of the day: the same weekday in every time zone the browser may be in.
  const locale = language === "en" ? "en-GB" : "sv-SE";
  return new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(new Date(`${iso}T12:00:00Z`));
}

function CalendarTable({ year, onRemoved }: { year: number; onRemoved: (message: string) => void }) {
  const { t, language } = useI18n();
  const messageOf = useErrorMessage();
  const query = useCalendar(year);
  const remove = useRemoveNonWorkingDay();
  const [attempt, setAttempt] = useState(0);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;

  function run(day: CalendarDay) {
    if (!day.id) return;
    setAttempt((n) => n + 1);
    remove.mutate(day.id, { onSuccess: () => onRemoved(t("calendar.removed", { day: day.day, reason: day.name })) });
  }

  return (
    <div className="kv-stack">
      {remove.isError && <FormError attempt={attempt}>{messageOf(remove.error)}</FormError>}
      <TableScroll>
        <Table zebra data-testid="calendar-table">
          <caption>{t("calendar.caption", { year: query.data.year })}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell scope="col">{t("calendar.day")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("calendar.weekday")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("calendar.name")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("calendar.source")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("calendar.actions")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {query.data.days.map((day) => (
              <TableRow key={`${day.day}-${day.source}`} data-testid={`calendar-row-${day.source}`}>
                <TableHeaderCell scope="row" className="kv-number">
                  <time dateTime={day.day}>{day.day}</time>
                </TableHeaderCell>
                <TableCell>{weekdayOf(day.day, language)}</TableCell>
                <TableCell>{day.name}</TableCell>
                <TableCell>
                  <Tag data-color={day.source === "municipal" ? "warning" : "neutral"}>
                    {t(day.source === "municipal" ? "calendar.municipal" : "calendar.holiday")}
                  </Tag>
                  {day.added_by && <div className="kv-muted">{t("calendar.addedBy", { name: day.added_by })}</div>}
                </TableCell>
                <TableCell>
                  {day.id && (
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      data-color="danger"
                      loading={remove.isPending && remove.variables === day.id}
                      onClick={() => run(day)}
                      aria-label={t("calendar.removeDay", { day: day.day, reason: day.name })}
                    >
                      {t("calendar.remove")}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
    </div>
  );
}

const FIELDS = ["day", "reason"] as const;
type Field = (typeof FIELDS)[number];

/** Add a municipal non-working day with its reason; the server says what is wrong with a weekend, a holiday or a
 * day already added, and that text is shown at the field it concerns. */
function NonWorkingDayForm({ onAdded }: { onAdded: (day: CalendarDay) => void }) {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  const mutation = useAddNonWorkingDay();
  const [day, setDay] = useState("");
  const [reason, setReason] = useState("");
  const [own, setOwn] = useState<Partial<Record<Field, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const fromServer = errorsForFields(mutation.error, FIELDS);
  const errorOf = (field: Field) => own[field] ?? (fromServer.has(field) ? messageOf(mutation.error) : undefined);
  const marked = Object.keys(own).length > 0 || fromServer.size > 0;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setAttempt((n) => n + 1);
    mutation.reset();
    const problems: Partial<Record<Field, string>> = {};
    if (!day) problems.day = t("form.required");
    if (!reason.trim()) problems.reason = t("calendar.reasonRequired");
    else if (reason.length > REASON_MAX_LENGTH)
      problems.reason = t("calendar.reasonTooLong", { max: REASON_MAX_LENGTH });
    setOwn(problems);
    if (Object.keys(problems).length > 0) return;
    mutation.mutate(
      { day, reason: reason.trim() },
      {
        onSuccess: (added) => {
          setDay("");
          setReason("");
          onAdded(added);
        },
      },
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="kv-stack kv-form" data-testid="calendar-form">
      {marked ? (
        <FormError attempt={attempt}>{t("form.fixMarked")}</FormError>
      ) : mutation.error ? (
        <FormError attempt={attempt}>{messageOf(mutation.error)}</FormError>
      ) : null}
      <Textfield
        type="date"
        label={t("calendar.day")}
        description={t("calendar.dayHelp")}
        value={day}
        onChange={(e) => setDay(e.target.value)}
        error={errorOf("day")}
        data-testid="calendar-day"
      />
      <Textfield
        label={t("calendar.reason")}
        description={t("calendar.reasonHelp", { max: REASON_MAX_LENGTH })}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errorOf("reason")}
        data-testid="calendar-reason"
      />
      <div>
        <Button type="submit" loading={mutation.isPending}>
          {t("calendar.submit")}
        </Button>
      </div>
    </form>
  );
}
