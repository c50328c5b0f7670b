import { Heading } from "@digdir/designsystemet-react";
import { ErrorAlert, Loading } from "@/shared/components/query-state";
import { useI18n } from "@/shared/i18n/i18n";
import { todayIso } from "@/shared/lib/dates";
import type { Role } from "@/shared/roles";
import { useTasks } from "../api/get-tasks";
import { ABSENCE_RULES, REPORT_RULES, REVIEW_RULES, weekOf, type Task } from "../lib/groups";
import { TaskList } from "./task-list";

/** The to-do list on top of a role's start page, from GET /api/tasks; nothing for roles that owe no tasks. */
export function Todo({ role }: { role: Role }) {
  const { t } = useI18n();
  const query = useTasks();
  if (role !== "counsellor" && role !== "provider_admin" && role !== "provider_staff") return null;
  return (
    <section className="kv-section kv-stack" aria-labelledby="todo-heading" data-testid="todo">
      <Heading level={2} data-size="sm" id="todo-heading">
        {t(role === "provider_staff" ? "tasks.week.title" : "tasks.title")}
      </Heading>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : role === "counsellor" ? (
        <CounsellorTodo items={query.data.items} />
      ) : role === "provider_admin" ? (
        <ProviderAdminTodo items={query.data.items} />
      ) : (
        <CoachWeek items={query.data.items} />
      )}
    </section>
  );
}

function CoachWeek({ items }: { items: Task[] }) {
  const own = items.filter((item) => item.rule !== "claim");
  const week = weekOf(own, todayIso());
  const returned = own.filter((item) => item.rule === "returned");
  return (
    <>
      <TaskList id="todo-late" title="tasks.week.late" items={week.late} empty="tasks.week.lateEmpty" />
      <TaskList
        id="todo-this-week"
        title="tasks.week.thisWeek"
        items={week.thisWeek}
        empty="tasks.week.thisWeekEmpty"
      />
      <TaskList id="todo-returned" title="tasks.week.returned" items={returned} empty="tasks.week.returnedEmpty" />
      <TaskList
        id="todo-claim"
        title="tasks.claim.title"
        items={items.filter((item) => item.rule === "claim")}
        empty="tasks.claim.empty"
      />
      <TaskList id="todo-later" title="tasks.week.later" items={week.later} empty="tasks.week.laterEmpty" />
    </>
  );
}

function CounsellorTodo({ items }: { items: Task[] }) {
  const mine = items.filter((item) => item.owner === "counsellor");
  const theirs = items.filter((item) => item.owner !== "counsellor");
  return (
    <>
      <TaskList
        id="todo-reviews"
        title="tasks.reviews.title"
        items={mine.filter((item) => REVIEW_RULES.has(item.rule))}
        empty="tasks.reviews.empty"
      />
      <TaskList
        id="todo-publish"
        title="tasks.publish.title"
        items={mine.filter((item) => item.rule === "publish")}
        empty="tasks.publish.empty"
      />
      <TaskList
        id="todo-absence"
        title="tasks.absence.title"
        items={items.filter((item) => ABSENCE_RULES.has(item.rule))}
        empty="tasks.absence.empty"
        showOwner
      />
      <TaskList
        id="todo-late-providers"
        title="tasks.lateProviders.title"
        items={theirs.filter((item) => item.overdue && !ABSENCE_RULES.has(item.rule))}
        empty="tasks.lateProviders.empty"
        showOwner
      />
      <TaskList
        id="todo-other"
        title="tasks.other.title"
        items={mine.filter(
          (item) => !REVIEW_RULES.has(item.rule) && !ABSENCE_RULES.has(item.rule) && item.rule !== "publish",
        )}
        empty="tasks.other.empty"
      />
    </>
  );
}

function ProviderAdminTodo({ items }: { items: Task[] }) {
  return (
    <>
      <TaskList
        id="todo-claim"
        title="tasks.claim.title"
        items={items.filter((item) => item.rule === "claim")}
        empty="tasks.claim.empty"
      />
      <TaskList
        id="todo-late-reports"
        title="tasks.lateReports.title"
        items={items.filter((item) => item.overdue && REPORT_RULES.has(item.rule))}
        empty="tasks.lateReports.empty"
        showOwner
      />
    </>
  );
}
