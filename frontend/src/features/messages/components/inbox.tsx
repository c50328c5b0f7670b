import { Button, Checkbox, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import { useState } from "react";
import { Link as RouterLink, useSearchParams } from "react-router";
import type { Message } from "@/shared/api/types";
import { Pager } from "@/shared/components/pager";
import { SelectField } from "@/shared/components/select-field";
import { ErrorAlert, Loading, useErrorMessage } from "@/shared/components/query-state";
import { useI18n } from "@/shared/i18n/i18n";
import { formatDateTime } from "@/shared/lib/format";
import { useMessages } from "../api/get-messages";
import { useMarkAllMessagesRead } from "../api/mark-all-messages-read";
import { useMarkMessageRead } from "../api/mark-message-read";

const PAGE_SIZE = 20;
const GROUPS = ["conversation", "case_events", "documents", "staff"] as const;
type Group = (typeof GROUPS)[number];

function groupOf(value: string | null): Group | undefined {
  return GROUPS.find((group) => group === value);
}

/**
 * The inbox, newest first: unread messages are marked in words and can be marked as read, one by one or all at
 * once. Each message names its client as far as the reader may see them (the server decides). Filters: only
 * unread, one group (conversation, case events, documents, staff; each with its unread count) and, from the
 * address (`?arende=`), one case; "mark all read" marks what the filters show.
 */
export function Inbox() {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const [offset, setOffset] = useState(0);
  const unreadOnly = params.get("olasta") === "1";
  const group = groupOf(params.get("grupp"));
  const caseId = params.get("arende") ?? undefined;
  const query = useMessages({ limit: PAGE_SIZE, offset, unread: unreadOnly || undefined, group, case_id: caseId });
  const markAll = useMarkAllMessagesRead();

  function setFilter(name: string, value: string | undefined) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
    setOffset(0);
  }

  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const { items, total, unread, unread_by_group } = query.data;
  const unreadShown = group ? (unread_by_group[group] ?? 0) : unread;
  return (
    <div className="kv-stack">
      <div className="kv-inbox-filters" data-testid="inbox-filters">
        <SelectField
          label={t("messages.filter.group")}
          value={group ?? ""}
          onChange={(event) => setFilter("grupp", event.target.value || undefined)}
          data-testid="inbox-group"
        >
          <option value="">{t("messages.filter.allGroups", { count: unread })}</option>
          {GROUPS.map((value) => (
            <option key={value} value={value}>
              {t(`messages.group.${value}`, { count: unread_by_group[value] ?? 0 })}
            </option>
          ))}
        </SelectField>
        <Checkbox
          label={t("messages.filter.unreadOnly")}
          checked={unreadOnly}
          onChange={(event) => setFilter("olasta", event.target.checked ? "1" : undefined)}
          data-testid="inbox-unread-only"
        />
        {caseId && (
          <Button variant="tertiary" data-size="sm" onClick={() => setFilter("arende", undefined)}>
            {t("messages.filter.oneCase")}
          </Button>
        )}
      </div>
      <div className="kv-row-actions">
        <Paragraph data-testid="unread-summary" role="status">
          {unread === 0
            ? t("messages.noUnread")
            : unread === 1
              ? t("messages.oneUnread")
              : t("messages.unread", { count: unread })}
        </Paragraph>
        {unreadShown > 0 && (
          <Button
            variant="secondary"
            data-size="sm"
            loading={markAll.isPending}
            onClick={() => markAll.mutate({ group, case_id: caseId })}
          >
            {group || caseId ? t("messages.markShownRead") : t("messages.markAllRead")}
          </Button>
        )}
      </div>
      {markAll.isError && <Paragraph role="alert">{messageOf(markAll.error)}</Paragraph>}
      {items.length === 0 ? (
        <Paragraph>{t("messages.empty")}</Paragraph>
      ) : (
        <ul className="kv-messages" aria-label={t("messages.listLabel")}>
          {items.map((message) => (
            <MessageItem key={message.id} message={message} />
          ))}
        </ul>
      )}
      <Pager total={total} limit={PAGE_SIZE} offset={offset} onChange={setOffset} label={t("messages.title")} />
    </div>
  );
}

function MessageItem({ message }: { message: Message }) {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  const markRead = useMarkMessageRead();
  const unread = !message.read_at;
  const headingId = `message-${message.id}`;
  return (
    <li className={unread ? "kv-message kv-message--unread" : "kv-message"} data-testid="message" data-unread={unread}>
      <div className="kv-message__head">
        <Heading level={2} data-size="2xs" id={headingId}>
          {message.subject}
        </Heading>
        {unread && <Tag data-color="warning">{t("messages.unreadTag")}</Tag>}
      </div>
      <Paragraph data-size="sm" className="kv-muted">
        <time dateTime={message.created_at}>{formatDateTime(message.created_at)}</time>
        {message.client ? ` · ${t("messages.client", { client: message.client })}` : ""}
        {message.to_provider ? ` · ${t("messages.toProvider")}` : ""}
      </Paragraph>
      {message.body && <Paragraph className="kv-pre">{message.body}</Paragraph>}
      <div className="kv-row-actions">
        {message.case_id && (
          <Link asChild>
            <RouterLink to={`/arenden/${message.case_id}`}>{t("messages.openCase")}</RouterLink>
          </Link>
        )}
        {unread && (
          <Button
            variant="secondary"
            data-size="sm"
            loading={markRead.isPending}
            aria-describedby={headingId}
            onClick={() => markRead.mutate(message.id)}
          >
            {t("messages.markRead")}
          </Button>
        )}
      </div>
      {markRead.isError && <Paragraph role="alert">{messageOf(markRead.error)}</Paragraph>}
    </li>
  );
}
