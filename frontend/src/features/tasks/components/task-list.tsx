import { Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import { useI18n } from "@/shared/i18n/i18n";
import type { MessageKey } from "@/shared/i18n/words";
import type { Task } from "../lib/groups";

type TaskListProps = {
  id: string;
  title: MessageKey;
  items: Task[];
  empty: MessageKey;
  /** Name who owes each item (the counsellor's "late providers", the supervisor's lists). */
  showOwner?: boolean;
};

/** One group of to-do items: each a link to where it is done, its due date and, when late, "late" in words. */
export function TaskList({ id, title, items, empty, showOwner = false }: TaskListProps) {
  const { t } = useI18n();
  const late = items.filter((item) => item.overdue).length;
  return (
    <section className="kv-stack kv-stack--tight" aria-labelledby={id} data-testid={id}>
      <Heading level={3} data-size="xs" id={id}>
        {t(title)} <span className="kv-muted">({t("tasks.count", { n: items.length })})</span>
      </Heading>
      {late > 0 && <Paragraph data-size="sm">{t("tasks.lateCount", { n: late })}</Paragraph>}
      {items.length === 0 ? (
        <Paragraph className="kv-muted">{t(empty)}</Paragraph>
      ) : (
        <ul className="kv-task-list">
          {items.map((item) => (
            <li
              key={`${item.rule}-${item.case_id ?? ""}-${item.document_id ?? ""}-${item.month ?? ""}`}
              className="kv-task"
              data-rule={item.rule}
              data-overdue={item.overdue}
              data-case-id={item.case_id ?? undefined}
            >
              <Link asChild>
                <RouterLink to={item.link}>{item.title}</RouterLink>
              </Link>
              <span className="kv-task__meta">
                {item.overdue && (
                  <Tag data-color="danger" data-size="sm">
                    {t("tasks.late")}
                  </Tag>
                )}{" "}
                <span className="kv-number">{t("tasks.due", { date: item.due })}</span>
                {showOwner && ownerName(item) && <span> · {t("tasks.owedBy", { name: ownerName(item) ?? "" })}</span>}
                <span className="kv-muted"> · {item.section}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Who owes the item, as the API names them. */
function ownerName(item: Task): string | null {
  if (item.owner === "counsellor") return item.counsellor_name ?? null;
  return item.coach_name ?? item.provider_name ?? null;
}
