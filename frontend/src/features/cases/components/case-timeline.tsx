import { Paragraph } from "@digdir/designsystemet-react";
import type { CaseEvent } from "@/shared/api/types";
import { useI18n } from "@/shared/i18n/i18n";
import { formatDateTime } from "@/shared/lib/format";
import { CASE_STATUS_LABELS, EVENT_ACTION_LABELS, EVENT_NOTE_LABELS } from "../lib/case-vocabulary";

/** The case's history as an ordered list, oldest first: what happened, when, by whom, and the note. */
export function CaseTimeline({ events }: { events: CaseEvent[] }) {
  const { t } = useI18n();
  if (events.length === 0) return <Paragraph>{t("caseTimeline.empty")}</Paragraph>;
  return (
    <ol data-testid="case-timeline" className="kv-timeline">
      {events.map((event) => {
        const action = EVENT_ACTION_LABELS[event.action];
        const to = t(CASE_STATUS_LABELS[event.to_status]);
        const change =
          event.from_status === null
            ? t("caseTimeline.statusNew", { to })
            : event.from_status === event.to_status
              ? t("caseTimeline.statusSame", { to })
              : t("caseTimeline.statusChange", { from: t(CASE_STATUS_LABELS[event.from_status]), to });
        return (
          <li key={event.id} className="kv-timeline__item" data-action={event.action}>
            <p className="kv-timeline__title">
              <strong>{action ? t(action) : event.action}</strong>{" "}
              <time dateTime={event.at} className="kv-timeline__time">
                {formatDateTime(event.at)}
              </time>
            </p>
            <p className="kv-timeline__meta">
              {event.actor_name ? `${event.actor_name} · ` : ""}
              {change}
            </p>
            {event.note && (
              <p className="kv-timeline__note">
                {EVENT_NOTE_LABELS[event.action] ? `${t(EVENT_NOTE_LABELS[event.action]!)}: ` : ""}
                {event.note}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
