import { Button, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Textfield } from "@digdir/designsystemet-react";
import { useState, type FormEvent } from "react";
import { Pager } from "@/shared/components/pager";
import { ErrorAlert, Loading } from "@/shared/components/query-state";
import { useI18n } from "@/shared/i18n/i18n";
import { formatDateTime } from "@/shared/lib/format";
import { useAuditEvents, type AuditQuery } from "../api/get-audit-events";
import { TableScroll } from "@/shared/components/table-scroll";

const PAGE_SIZE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Filters = { username: string; client_id: string; date_from: string; date_to: string };
const NO_FILTERS: Filters = { username: "", client_id: "", date_from: "", date_to: "" };

/** The audit log, newest first, filtered by user, client and period. */
export function AuditLog() {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const [clientIdError, setClientIdError] = useState(false);
  const query: AuditQuery = { limit: PAGE_SIZE, offset };
  for (const key of Object.keys(filters) as (keyof Filters)[]) if (filters[key]) query[key] = filters[key];
  const events = useAuditEvents(query);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = {
      username: draft.username.trim(),
      client_id: draft.client_id.trim(),
      date_from: draft.date_from,
      date_to: draft.date_to,
    };
    const badClient = !!next.client_id && !UUID.test(next.client_id);
    setClientIdError(badClient);
    if (badClient) return;
    setFilters(next);
    setOffset(0);
  }

  const set = (key: keyof Filters) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [key]: event.target.value }));

  return (
    <div className="kv-stack">
      <form onSubmit={apply} noValidate className="kv-filters" aria-label={t("audit.filters")} data-testid="audit-filters">
        <Textfield label={t("audit.username")} value={draft.username} onChange={set("username")} autoComplete="off" spellCheck={false} />
        <Textfield
          label={t("audit.clientId")}
          value={draft.client_id}
          onChange={set("client_id")}
          autoComplete="off"
          spellCheck={false}
          error={clientIdError ? t("audit.clientIdInvalid") : undefined}
        />
        <Textfield type="date" label={t("audit.from")} value={draft.date_from} onChange={set("date_from")} />
        <Textfield type="date" label={t("audit.to")} value={draft.date_to} onChange={set("date_to")} />
        <div className="kv-filters__actions">
          <Button type="submit" variant="secondary">
            {t("audit.apply")}
          </Button>
          <Button
            type="button"
            variant="tertiary"
            onClick={() => {
              setDraft(NO_FILTERS);
              setFilters(NO_FILTERS);
              setClientIdError(false);
              setOffset(0);
            }}
          >
            {t("audit.clear")}
          </Button>
        </div>
      </form>
      {events.isPending ? (
        <Loading />
      ) : events.isError ? (
        <ErrorAlert error={events.error} />
      ) : events.data.items.length === 0 ? (
        <Paragraph data-testid="audit-empty">{t("audit.empty")}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm">{t("audit.count", { total: events.data.total })}</Paragraph>
          <TableScroll>
          <Table zebra data-testid="audit-table" data-size="sm">
            <caption>{t("audit.caption")}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell scope="col">{t("audit.at")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("audit.user")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("audit.roles")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("audit.action")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("audit.object")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("audit.clientId")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("audit.detail")}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {events.data.items.map((event) => (
                <TableRow key={event.id} data-testid="audit-row">
                  <TableCell className="kv-number">
                    <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                  </TableCell>
                  <TableCell>{event.username}</TableCell>
                  <TableCell>{event.roles.join(", ")}</TableCell>
                  <TableCell>{event.action}</TableCell>
                  <TableCell className="kv-break">
                    {event.object_type}
                    {event.object_id ? ` ${event.object_id}` : ""}
                  </TableCell>
                  <TableCell className="kv-break">{event.client_id ?? "–"}</TableCell>
                  <TableCell>{event.detail}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          </TableScroll>
          <Pager total={events.data.total} limit={PAGE_SIZE} offset={offset} onChange={setOffset} label={t("audit.caption")} />
        </>
      )}
    </div>
  );
}
