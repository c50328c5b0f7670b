import { Button, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import { useState } from "react";
import { Link as RouterLink } from "react-router";
import type { Message } from "@/shared/api/types";
import { Pager } from "@/shared/components/pager";
import { ErrorAlert, Loading, useErrorMessage } from "@/shared/components/query-state";
import { useI18n } from "@/shared/i18n/i18n";
import { formatDateTime } from "@/shared/lib/format";
import { useMessages } from "../api/get-messages";
import { useMarkAllMessagesRead } from "../api/mark-all-messages-read";
import { useMarkMessageRead } from "../api/mark-message-read";

const PAGE_SIZE = 20;

/**
 * The inbox, newest first: unread messages are marked in words and can be marked as read, one by one or all at
 * once. Each message names its client as far as the reader may see them (the server decides).
 */
export function Inbox() {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  const [offset, setOffset] = useState(0);
  const query = useMessages({ limit: PAGE_SIZE, offset });
  const markAll = useMarkAllMessagesRead();
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const { items, total, unread } = query.data;
  return (
    <div className="kv-stack">
      <div className="kv-row-actions">
        <Paragraph data-testid="unread-summary" role="status">
          {unread === 0
            ? t("messages.noUnread")
            : unread === 1
              ? t("messages.oneUnread")
              : t("messages.unread", { count: unread })}
        </Paragraph>
        {unread > 0 && (
          <Button variant="secondary" data-size="sm" loading={markAll.isPending} onClick={() => markAll.mutate()}>
            {t("messages.markAllRead")}
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
