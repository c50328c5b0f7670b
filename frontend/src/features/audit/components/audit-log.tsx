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
  Textfield,
} from "@digdir/designsystemet-react";
import { useState, type FormEvent } from "react";
import type { OkJson } from "@/shared/api/types";
import { Pager } from "@/shared/components/pager";
import { ErrorAlert, Loading, useErrorMessage } from "@/shared/components/query-state";
import { SelectField } from "@/shared/components/select-field";
import { useI18n } from "@/shared/i18n/i18n";
import type { MessageKey } from "@/shared/i18n/words";
import { formatDateTime } from "@/shared/lib/format";
import { useFindAuditClients } from "../api/find-audit-clients";
import { auditExportUrl, useAuditEvents, type AuditQuery } from "../api/get-audit-events";
import { useAuditOptions } from "../api/get-audit-options";
import { TableScroll } from "@/shared/components/table-scroll";

const PAGE_SIZE = 50;
const ROLES = new Set(["counsellor", "coordinator", "supervisor", "admin", "provider_admin", "provider_staff"]);

type AuditClient = OkJson<"/api/audit/clients", "post">[number];
type Filters = { user_id: string; event: string; date_from: string; date_to: string };
const NO_FILTERS: Filters = { user_id: "", event: "", date_from: "", date_to: "" };

/**
 * The audit log, newest first, in words: find a client by name, personal number or reference (looked up by POST,
 * so a number never lands in the URL), filter by person, event and period, and export what is shown as CSV.
 */
export function AuditLog() {
  const { t, language } = useI18n();
  const [client, setClient] = useState<AuditClient | null>(null);
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const options = useAuditOptions();

  const query: AuditQuery = { limit: PAGE_SIZE, offset };
  if (client) query.client_id = client.id;
  if (filters.user_id) query.user_id = filters.user_id;
  if (filters.event) [query.action, query.object_type] = filters.event.split("|");
  if (filters.date_from) query.date_from = filters.date_from;
  if (filters.date_to) query.date_to = filters.date_to;
  const events = useAuditEvents(query);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFilters(draft);
    setOffset(0);
  }

  const set = (key: keyof Filters) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [key]: event.target.value }));

  return (
    <div className="kv-stack">
      <ClientFinder
        chosen={client}
        onChoose={(next) => {
          setClient(next);
          setOffset(0);
        }}
      />
      <form
        onSubmit={apply}
        noValidate
        className="kv-filters"
        aria-label={t("audit.filters")}
        data-testid="audit-filters"
      >
        <SelectField label={t("audit.person")} value={draft.user_id} onChange={set("user_id")}>
          <option value="">{t("audit.everyone")}</option>
          {options.data?.people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name} ({person.username})
            </option>
          ))}
        </SelectField>
        <SelectField label={t("audit.action")} value={draft.event} onChange={set("event")}>
          <option value="">{t("audit.allEvents")}</option>
          {options.data?.events.map((kind) => (
            <option key={`${kind.action}|${kind.object_type}`} value={`${kind.action}|${kind.object_type}`}>
              {kind.label}
            </option>
          ))}
        </SelectField>
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
              setOffset(0);
            }}
          >
            {t("audit.clear")}
          </Button>
        </div>
      </form>
      {options.isError && <ErrorAlert error={options.error} />}
      {events.isPending ? (
        <Loading />
      ) : events.isError ? (
        <ErrorAlert error={events.error} />
      ) : events.data.items.length === 0 ? (
        <Paragraph data-testid="audit-empty">{t("audit.empty")}</Paragraph>
      ) : (
        <>
          <div className="kv-row-actions">
            <Paragraph data-size="sm" role="status">
              {t("audit.count", { total: events.data.total })}
            </Paragraph>
            <Link href={auditExportUrl(query, language)} download data-testid="audit-export">
              {t("audit.export")}
            </Link>
          </div>
          <TableScroll>
            <Table zebra data-testid="audit-table" data-size="sm">
              <caption>{client ? t("audit.captionClient", { client: client.name }) : t("audit.caption")}</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell scope="col">{t("audit.at")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("audit.user")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("audit.roles")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("audit.action")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("audit.client")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("audit.detail")}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {events.data.items.map((event) => (
                  <TableRow key={event.id} data-testid="audit-row">
                    <TableCell className="kv-number">
                      <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                    </TableCell>
                    <TableCell>
                      {event.user_name}
                      {event.user_name !== event.username && <span className="kv-muted"> ({event.username})</span>}
                    </TableCell>
                    <TableCell>
                      {event.roles.map((role) => (ROLES.has(role) ? t(`role.${role}` as MessageKey) : role)).join(", ")}
                    </TableCell>
                    <TableCell>{event.event}</TableCell>
                    <TableCell>
                      {event.client ?? (event.clients_listed ? "" : "–")}
                      {event.clients_listed > 0 && (
                        <span className={event.client ? "kv-muted" : undefined}>
                          {event.client ? " " : ""}
                          {t("audit.listed", { count: event.clients_listed })}
                        </span>
                      )}
                    </TableCell>
                    <TableCell className="kv-break">{event.detail}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
          <Pager
            total={events.data.total}
            limit={PAGE_SIZE}
            offset={offset}
            onChange={setOffset}
            label={t("audit.caption")}
          />
        </>
      )}
    </div>
  );
}

/** Finds the client the log is about; one hit is chosen at once, several are offered to choose from. */
function ClientFinder({
  chosen,
  onChoose,
}: {
  chosen: AuditClient | null;
  onChoose: (client: AuditClient | null) => void;
}) {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  const find = useFindAuditClients();
  const [text, setText] = useState("");
  const [matches, setMatches] = useState<AuditClient[] | null>(null);
  const [missing, setMissing] = useState(false);

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = text.trim();
    setMissing(!q);
    if (!q) return;
    find.mutate(q, {
      onSuccess: (found) => {
        setMatches(found.length === 1 ? null : found);
        if (found.length === 1) onChoose(found[0] ?? null);
      },
    });
  }

  return (
    <section className="kv-stack" aria-labelledby="audit-client-heading">
      <Heading level={2} data-size="xs" id="audit-client-heading">
        {t("audit.clientHeading")}
      </Heading>
      <form
        onSubmit={search}
        noValidate
        className="kv-filters"
        data-testid="audit-client-search"
        aria-label={t("audit.clientHeading")}
      >
        <Textfield
          label={t("audit.clientSearch")}
          description={t("audit.clientSearchHelp")}
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          error={missing ? t("audit.clientSearchMissing") : undefined}
        />
        <div className="kv-filters__actions">
          <Button type="submit" variant="secondary" loading={find.isPending}>
            {t("audit.clientFind")}
          </Button>
        </div>
      </form>
      {find.isError && <Paragraph role="alert">{messageOf(find.error)}</Paragraph>}
      {matches && matches.length === 0 && <Paragraph role="status">{t("audit.clientNone")}</Paragraph>}
      {matches && matches.length > 1 && (
        <ul aria-label={t("audit.clientMatches")} data-testid="audit-client-matches">
          {matches.map((match) => (
            <li key={match.id}>
              <Button
                variant="tertiary"
                data-size="sm"
                onClick={() => {
                  onChoose(match);
                  setMatches(null);
                }}
              >
                {t("audit.clientChoose", { client: `${match.name} (${match.reference})` })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {chosen && (
        <div className="kv-row-actions" data-testid="audit-client-chosen">
          <Paragraph role="status">
            {t("audit.clientChosen", { client: `${chosen.name} (${chosen.reference})` })}
          </Paragraph>
          <Button variant="tertiary" data-size="sm" onClick={() => onChoose(null)}>
            {t("audit.clientClear")}
          </Button>
        </div>
      )}
    </section>
  );
}
