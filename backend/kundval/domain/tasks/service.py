"""The to-do lists: every open obligation of the deadline rules for the caller.

The reads are a fixed set of bulk queries, each scoped by one subquery of the caller's cases, so the number of
statements does not grow with the number of cases (a test counts them); the rules are applied in Python. The scope
is that of :func:`kundval.domain.cases.access.readable_cases` (a stand-in's covered caseloads included), plus for a
provider's staff the provider's unclaimed queue, which any of them may claim.

Indexes the reads rely on: ``kundval_case`` (counsellor_id, provider_id, coach_id, status), ``document.case_id``,
``document_review.document_id``, ``absence.case_id``, ``case_event.case_id``, ``client`` and ``user_account`` by
primary key.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, cast, func, null, select, union, union_all
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import load_only

from kundval.core import clock
from kundval.core.calendar import WorkingCalendar
from kundval.core.errors import ApiError, Language, register_messages
from kundval.core.pagination import MAX_LIMIT
from kundval.core.security import PROVIDER_ROLES, Principal, Role
from kundval.domain.absence import rules as absence_rules
from kundval.domain.absence.models import Absence, AbsenceType
from kundval.domain.accounts.models import User
from kundval.domain.audit.service import record_many
from kundval.domain.calendar.service import working_calendar
from kundval.domain.cases.access import queue_name, readable_cases, sees_client
from kundval.domain.cases.models import Case, CaseEvent, CaseStatus
from kundval.domain.clients.models import Client
from kundval.domain.clients.service import identity_visible, reference_of
from kundval.domain.documents.models import Document, DocumentKind, DocumentReview, DocumentStatus
from kundval.domain.interventions.catalogue import INTERVENTIONS
from kundval.domain.providers.models import Provider
from kundval.domain.tasks import rules
from kundval.domain.tasks.models import AbsenceHandled, ProgressionReview
from kundval.domain.tasks.rules import Owner, Rule
from kundval.domain.tasks.schemas import LateCount, Overview, TaskOut, Tasks
from kundval.domain.tasks.titles import title_of

register_messages(
    {
        "tasks.bad_owner": ("Ange owner som mine eller theirs.", "Give owner as mine or theirs."),
        "tasks.bad_rule": ("Okänd regel: {rule}.", "Unknown rule: {rule}."),
    }
)

OWNER_FILTERS = ("mine", "theirs")
HANDED_IN = (DocumentStatus.SUBMITTED, DocumentStatus.APPROVED)
PLAN_KINDS = (DocumentKind.IMPLEMENTATION_PLAN, DocumentKind.REVISED_PLAN)
# The kinds whose documents some rule looks at; the others are not loaded.
KINDS = (
    *PLAN_KINDS,
    DocumentKind.MONTHLY_REPORT,
    DocumentKind.FINAL_REPORT,
    *absence_rules.CERTIFICATE_KIND.values(),
)
# Cases in these statuses may owe something (a decided case owes nothing until it is queued).
# Monthly reports in these statuses are read one by one (their id is on the obligation); the rest by month only.
REVIEWED_ONE_BY_ONE = (DocumentStatus.SUBMITTED, DocumentStatus.RETURNED)
OPEN_STATUSES = (CaseStatus.QUEUED, CaseStatus.CLAIMED, CaseStatus.ACTIVE, CaseStatus.ENDED)
ABSENCE_TYPES = (*absence_rules.CERTIFICATE_KIND, AbsenceType.INVALID, AbsenceType.HOLIDAY_LEAVE)
# A case, an absence and a document as the rules read them: plain rows, not ORM objects (at 20 000 cases building
# the objects was about half the supervisor's request).
CaseRow = Any  # a Row of CASE_COLUMNS
CASE_COLUMNS = (
    Case.id,
    Case.client_id,
    Case.counsellor_id,
    Case.provider_id,
    Case.coach_id,
    Case.status,
    Case.intervention,
    Case.assignment_date,
    Case.start_date,
    Case.planned_end_date,
    Case.end_date,
)
DocumentRow = tuple[uuid.UUID | None, DocumentKind, str | None, DocumentStatus, datetime | None]


@dataclass(frozen=True)
class Filters:
    owner: str | None = None  # mine | theirs
    overdue: bool | None = None
    case_id: uuid.UUID | None = None
    rule: str | None = None

    def check(self) -> None:
        if self.owner is not None and self.owner not in OWNER_FILTERS:
            raise ApiError("tasks.bad_owner", status_code=422, extra=[{"key": "owner", "message": "mine or theirs"}])
        if self.rule is not None and self.rule not in rules.RULES:
            raise ApiError(
                "tasks.bad_rule",
                status_code=422,
                rule=self.rule,
                extra=[{"key": "rule", "message": "one of " + ", ".join(rules.RULES)}],
            )


@dataclass(frozen=True)
class Obligation:
    """An open obligation before it is shaped for the reader."""

    rule: Rule
    due: date
    case_id: uuid.UUID
    document_id: uuid.UUID | None = None
    month: str | None = None
    kind: str | None = None  # the document kind, for the title


@dataclass(frozen=True)
class Facts:
    """What the bulk reads found beyond the cases and their documents and absences."""

    returned_at: dict[uuid.UUID, datetime]  # returned document -> when it was returned
    moved_on: dict[tuple[uuid.UUID, CaseStatus], date]  # (case, queued/claimed) -> the day it got that status
    handled: set[uuid.UUID]  # invalid absences the counsellor has acted on
    reviews_done: dict[uuid.UUID, int]  # case -> progression reviews recorded


async def _scope(session: AsyncSession, principal: Principal) -> Select[Any]:
    """The ids of the cases whose obligations the caller sees: the readable cases, and for a provider's staff the
    provider's queue (a coach sees only the cases assigned to them, yet any of them may claim a queued one)."""
    readable = (await readable_cases(session, principal)).with_only_columns(Case.id)
    if principal.provider_id is not None and principal.roles & PROVIDER_ROLES:
        queue = select(Case.id).where(Case.provider_id == principal.provider_id, Case.status == CaseStatus.QUEUED)
        return select(union(readable, queue).subquery().c.id)
    return readable


def _day(instant: datetime | None) -> date | None:
    return clock.day_of(instant) if instant is not None else None


async def open_obligations(
    session: AsyncSession, principal: Principal, filters: Filters, working: WorkingCalendar, today: date
) -> tuple[list[Obligation], dict[uuid.UUID, CaseRow]]:
    """Every open obligation on the caller's cases (both sides'), and the cases they are on."""
    scope = await _scope(session, principal)
    case_filter: list[ColumnElement[bool]] = [Case.id.in_(scope), Case.status.in_(OPEN_STATUSES)]
    if filters.case_id is not None:
        case_filter.append(Case.id == filters.case_id)
    cases = {c.id: c for c in (await session.execute(select(*CASE_COLUMNS).where(*case_filter))).all()}
    if not cases:
        return [], {}
    case_ids = select(Case.id).where(*case_filter)

    # When each queued or claimed case got its status: the latest move into it.
    moved = (
        await session.execute(
            select(CaseEvent.case_id, CaseEvent.to_status, func.max(CaseEvent.at))
            .where(
                CaseEvent.case_id.in_(case_ids.where(Case.status.in_((CaseStatus.QUEUED, CaseStatus.CLAIMED)))),
                CaseEvent.to_status.in_((CaseStatus.QUEUED, CaseStatus.CLAIMED)),
            )
            .group_by(CaseEvent.case_id, CaseEvent.to_status)
        )
    ).all()
    moved_on = {(case_id, status): clock.day_of(at) for case_id, status, at in moved}

    # The monthly reports neither waiting for review nor returned are most of the documents; only their months
    # matter, so they come one row per case and status with the months joined by commas. The others one by one.
    one_by_one = select(
        Document.id, Document.case_id, Document.kind, Document.month, Document.status, Document.submitted_at
    ).where(
        Document.case_id.in_(case_ids),
        Document.kind.in_(KINDS),
        (Document.kind != DocumentKind.MONTHLY_REPORT) | Document.status.in_(REVIEWED_ONE_BY_ONE),
    )
    months_joined = (
        select(
            cast(null(), Document.id.type),
            Document.case_id,
            Document.kind,
            func.aggregate_strings(Document.month, ","),
            Document.status,
            func.max(Document.submitted_at),
        )
        .where(
            Document.case_id.in_(case_ids),
            Document.kind == DocumentKind.MONTHLY_REPORT,
            Document.status.not_in(REVIEWED_ONE_BY_ONE),
            Document.month.is_not(None),
        )
        .group_by(Document.case_id, Document.kind, Document.status)
    )
    documents = (await session.execute(union_all(one_by_one, months_joined))).all()
    returned_at = dict(
        (
            await session.execute(
                select(DocumentReview.document_id, func.max(DocumentReview.at))
                .join(Document, Document.id == DocumentReview.document_id)
                .where(
                    Document.case_id.in_(case_ids),
                    Document.status == DocumentStatus.RETURNED,
                    DocumentReview.action == "return",
                )
                .group_by(DocumentReview.document_id)
            )
        ).all()
    )
    absences = (
        await session.execute(
            select(
                Absence.id, Absence.case_id, Absence.type, Absence.date_from, Absence.date_to, Absence.created_at
            ).where(
                Absence.case_id.in_(case_ids.where(Case.status == CaseStatus.ACTIVE)),
                Absence.type.in_(ABSENCE_TYPES),
            )
        )
    ).all()
    handled = set(
        (
            await session.scalars(
                select(AbsenceHandled.absence_id).where(
                    AbsenceHandled.absence_id.in_(
                        select(Absence.id).where(
                            Absence.case_id.in_(case_ids.where(Case.status == CaseStatus.ACTIVE)),
                            Absence.type == AbsenceType.INVALID,
                        )
                    )
                )
            )
        ).all()
    )
    reviews_done = dict(
        (
            await session.execute(
                select(ProgressionReview.case_id, func.count())
                .where(ProgressionReview.case_id.in_(case_ids.where(Case.status == CaseStatus.ACTIVE)))
                .group_by(ProgressionReview.case_id)
            )
        ).all()
    )
    social_assistance = dict(
        (
            await session.execute(
                select(Client.id, Client.social_assistance).where(
                    Client.id.in_(select(Case.client_id).where(*case_filter))
                )
            )
        ).all()
    )

    by_case: dict[uuid.UUID, list[DocumentRow]] = defaultdict(list)
    reported: dict[uuid.UUID, dict[str, DocumentStatus]] = defaultdict(dict)  # case -> month -> its report's status
    for doc_id, case_id, kind, month, status, submitted_at in documents:
        if doc_id is None:  # monthly reports by month only
            reported[case_id].update(dict.fromkeys(month.split(","), status))
        else:
            by_case[case_id].append((doc_id, kind, month, status, submitted_at))
    absences_of: dict[uuid.UUID, list[Any]] = defaultdict(list)
    for absence in absences:
        absences_of[absence.case_id].append(absence)
    facts = Facts(returned_at, moved_on, handled, reviews_done)

    found: list[Obligation] = []
    for case in cases.values():
        found.extend(
            _case_obligations(
                case,
                by_case[case.id],
                absences_of[case.id],
                social_assistance.get(case.client_id, True),
                facts,
                working,
                today,
                reported.get(case.id, {}),
            )
        )
    return [o for o in found if rules.listed(o.rule, o.due, today)], cases


def _case_obligations(
    case: CaseRow,
    documents: list[DocumentRow],
    absences: list[Any],
    social_assistance: bool,
    facts: Facts,
    working: WorkingCalendar,
    today: date,
    reported: dict[str, DocumentStatus] | None = None,
) -> Iterable[Obligation]:
    """The open obligations of one case, by the rules. ``reported`` holds the monthly reports read by month only
    (month -> status); ``documents`` the rest, one by one."""
    status = case.status
    if status == CaseStatus.QUEUED:
        queued_on = facts.moved_on.get((case.id, CaseStatus.QUEUED), case.assignment_date)
        yield Obligation(rules.CLAIM, rules.CLAIM.due(queued_on, working), case.id)
        return
    if status == CaseStatus.CLAIMED:
        claimed_on = facts.moved_on.get((case.id, CaseStatus.CLAIMED), case.assignment_date)
        yield Obligation(rules.PUBLISH, rules.PUBLISH.due(claimed_on), case.id)

    # The coach's documents, and the counsellor's reviews of them.
    plans_handed_in = False
    reports = dict(reported or {})
    final_handed_in = False
    certificates: list[tuple[DocumentKind, date]] = []
    for doc_id, kind, month, doc_status, submitted_at in documents:
        handed_in = _day(submitted_at)
        if kind == DocumentKind.IMPLEMENTATION_PLAN and doc_status in (*HANDED_IN, DocumentStatus.RETURNED):
            plans_handed_in = True
        if kind == DocumentKind.MONTHLY_REPORT and month:
            reports[month] = doc_status
        if kind == DocumentKind.FINAL_REPORT and doc_status in (*HANDED_IN, DocumentStatus.RETURNED):
            final_handed_in = True
        if kind in absence_rules.CERTIFICATE_KIND.values() and doc_status in HANDED_IN and handed_in:
            certificates.append((kind, handed_in))
        if doc_status == DocumentStatus.SUBMITTED and handed_in is not None:
            if kind in PLAN_KINDS:
                yield Obligation(
                    rules.PLAN_REVIEW, rules.PLAN_REVIEW.due(handed_in, working), case.id, doc_id, kind=kind
                )
            elif kind == DocumentKind.MONTHLY_REPORT and month:
                yield Obligation(
                    rules.MONTHLY_REPORT_REVIEW,
                    rules.MONTHLY_REPORT_REVIEW.due(month, handed_in),
                    case.id,
                    doc_id,
                    month,
                    kind,
                )
        if doc_status == DocumentStatus.RETURNED and doc_id in facts.returned_at:
            yield Obligation(
                rules.RETURNED,
                rules.RETURNED.due(clock.day_of(facts.returned_at[doc_id]), working),
                case.id,
                doc_id,
                month,
                kind,
            )

    if not plans_handed_in and status in (CaseStatus.CLAIMED, CaseStatus.ACTIVE):
        yield Obligation(rules.FIRST_PLAN, rules.FIRST_PLAN.due(case.assignment_date), case.id)

    if case.start_date is None or status not in (CaseStatus.ACTIVE, CaseStatus.ENDED):
        return
    # §6.4: a report for every month in the intervention, the current one included (due the 7th of the next).
    last_day = case.end_date or today
    for month in _months(case.start_date, last_day):
        if reports.get(month, DocumentStatus.DRAFT) == DocumentStatus.DRAFT:
            yield Obligation(rules.MONTHLY_REPORT, rules.MONTHLY_REPORT.due(month), case.id, month=month)

    if not final_handed_in and (case.planned_end_date is not None or case.end_date is not None):
        due = rules.FINAL_REPORT.due(case.planned_end_date, case.end_date)
        yield Obligation(rules.FINAL_REPORT, due, case.id)

    if status != CaseStatus.ACTIVE:
        return
    for demand in absence_rules.certificate_demands(absences, certificates):
        if not demand.satisfied:
            yield Obligation(rules.CERTIFICATE, rules.CERTIFICATE.due(demand.due), case.id, kind=demand.kind)
    for absence in absences:
        if absence.type == AbsenceType.INVALID and absence.id not in facts.handled:
            registered = clock.day_of(absence.created_at)
            yield Obligation(rules.INVALID_ABSENCE, rules.INVALID_ABSENCE.due(registered, working), case.id)
    for spell in absence_rules.holiday_leave_over_limit(absences, social_assistance):
        yield Obligation(rules.LEAVE_OVER_LIMIT, rules.LEAVE_OVER_LIMIT.due(spell.first), case.id)
    every = INTERVENTIONS[case.intervention].progression_review_after_months
    if every:
        yield Obligation(
            rules.PROGRESSION_REVIEW,
            rules.PROGRESSION_REVIEW.due(case.start_date, every, facts.reviews_done.get(case.id, 0)),
            case.id,
        )


def _months(first: date, last: date) -> list[str]:
    """Every month YYYY-MM from ``first``'s to ``last``'s."""
    months, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = year + (month == 12), month % 12 + 1
    return months


def _mine(principal: Principal, obligation: Obligation, case: CaseRow) -> bool:
    """Whether the caller is the one who owes it: a counsellor (or a stand-in) the counsellor's side, a coach (or a
    provider administrator) the cases they coach themselves, and all of a provider's staff its queue. What others
    owe on the caller's cases is "theirs": the providers' for a counsellor, the other coaches' for an
    administrator."""
    owner = obligation.rule.owner
    if principal.provider_id is None:
        return owner == Owner.COUNSELLOR and Role.COUNSELLOR in principal.roles
    if owner == Owner.PROVIDER:
        return True
    return owner == Owner.COACH and case.coach_id == principal.id


async def list_tasks(
    session: AsyncSession,
    principal: Principal,
    filters: Filters,
    language: Language,
    limit: int = MAX_LIMIT,
    offset: int = 0,
) -> Tasks:
    """The caller's open obligations, soonest due first (a page of them; ``total`` and ``overdue`` count them all).
    A provider's staff see only what the provider owes."""
    filters.check()
    today = clock.today()
    working = await working_calendar(session)
    obligations, cases = await open_obligations(session, principal, filters, working, today)
    provider_side = principal.provider_id is not None
    chosen = []
    for obligation in obligations:
        if provider_side and obligation.rule.owner == Owner.COUNSELLOR:
            continue
        if filters.rule is not None and obligation.rule.code != filters.rule:
            continue
        if filters.overdue is not None and rules.is_overdue(obligation.due, today) != filters.overdue:
            continue
        if filters.owner is not None and _mine(principal, obligation, cases[obligation.case_id]) != (
            filters.owner == "mine"
        ):
            continue
        chosen.append(obligation)
    chosen.sort(key=lambda o: (o.due, o.rule.code, str(o.case_id), o.month or ""))
    page = chosen[offset : offset + limit]
    items = await _views(session, principal, page, cases, today, language)
    await record_many(session, principal, "list", "task", [(o.case_id, cases[o.case_id].client_id) for o in page])
    overdue = sum(1 for o in chosen if rules.is_overdue(o.due, today))
    return Tasks(items, len(chosen), overdue, limit, offset)


async def _views(
    session: AsyncSession,
    principal: Principal,
    obligations: list[Obligation],
    cases: dict[uuid.UUID, CaseRow],
    today: date,
    language: Language,
) -> list[TaskOut]:
    if not obligations:
        return []
    shown = {o.case_id for o in obligations}
    client_ids = {cases[c].client_id for c in shown}
    clients = {
        c.id: c
        for c in (
            await session.scalars(
                select(Client)
                .options(
                    load_only(Client.first_name, Client.last_name, Client.protected_identity, Client.counsellor_id)
                )
                .where(Client.id.in_(_ids_of(client_ids)))
            )
        ).all()
    }
    user_ids = {cases[c].counsellor_id for c in shown} | {cases[c].coach_id for c in shown if cases[c].coach_id}
    users = dict((await session.execute(select(User.id, User.name).where(User.id.in_(_ids_of(user_ids))))).all())
    provider_ids = {cases[c].provider_id for c in shown if cases[c].provider_id}
    providers = dict(
        (await session.execute(select(Provider.id, Provider.name).where(Provider.id.in_(_ids_of(provider_ids))))).all()
    )
    items = []
    for o in obligations:
        case = cases[o.case_id]
        client = clients.get(case.client_id)
        name = _name(principal, case, client) if client else None
        items.append(
            TaskOut(
                rule=o.rule.code,
                section=o.rule.section,
                owner=o.rule.owner.value,
                due=o.due,
                overdue=rules.is_overdue(o.due, today),
                title=title_of(o.rule.code, language, client=name or "–", month=o.month, kind=o.kind),
                link=_link(o),
                case_id=o.case_id,
                client=name,
                document_id=o.document_id,
                month=o.month,
                provider_id=case.provider_id,
                provider_name=providers.get(case.provider_id) if case.provider_id else None,
                counsellor_id=case.counsellor_id,
                counsellor_name=users.get(case.counsellor_id),
                coach_id=case.coach_id,
                coach_name=users.get(case.coach_id) if case.coach_id else None,
            )
        )
    return items


async def overview(session: AsyncSession, principal: Principal) -> Overview:
    """Overdue obligations of the caller's cases (a supervisor's: the unit) counted per counsellor, for what the
    counsellors owe, and per provider, for what the providers owe; no client is named, so nothing is audited."""
    today = clock.today()
    working = await working_calendar(session)
    obligations, cases = await open_obligations(session, principal, Filters(), working, today)
    late = [o for o in obligations if rules.is_overdue(o.due, today)]
    by_rule: dict[str, int] = defaultdict(int)
    per_counsellor: dict[uuid.UUID, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    per_provider: dict[uuid.UUID, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for o in late:
        case = cases[o.case_id]
        by_rule[o.rule.code] += 1
        if o.rule.owner == Owner.COUNSELLOR:
            per_counsellor[case.counsellor_id][o.rule.code] += 1
        elif case.provider_id is not None:
            per_provider[case.provider_id][o.rule.code] += 1
    users = dict(
        (await session.execute(select(User.id, User.name).where(User.id.in_(_ids_of(per_counsellor))))).all()
        if per_counsellor
        else []
    )
    providers = dict(
        (await session.execute(select(Provider.id, Provider.name).where(Provider.id.in_(_ids_of(per_provider))))).all()
        if per_provider
        else []
    )

    def rows(counts: dict[uuid.UUID, dict[str, int]], names: dict[uuid.UUID, str]) -> list[LateCount]:
        made = [
            LateCount(key, names.get(key, ""), sum(c.values()), dict(sorted(c.items()))) for key, c in counts.items()
        ]
        return sorted(made, key=lambda row: (-row.overdue, row.name, str(row.id)))

    return Overview(
        len(late), dict(sorted(by_rule.items())), rows(per_counsellor, users), rows(per_provider, providers)
    )


def _ids_of(ids: Iterable[uuid.UUID | None]) -> list[uuid.UUID]:
    """A page's ids (at most a page's worth, so the IN list stays short)."""
    return sorted(i for i in ids if i is not None)


def _name(principal: Principal, case: CaseRow, client: Client) -> str:
    """The client as the inbox names them: a protected identity only for its own counsellor; a provider sees a
    queued client as its queue does (first name and initial) and the full name from the claim on."""
    if client.protected_identity and not identity_visible(client, principal):
        return reference_of(client.id)
    if sees_client(principal, case.status):
        return f"{client.first_name} {client.last_name}"
    if principal.provider_id is not None and case.status == CaseStatus.QUEUED:
        return queue_name(client)
    return reference_of(client.id)


def _link(o: Obligation) -> str:
    """Where in the SPA the obligation is met."""
    if o.rule.code == "claim":
        return "/ko"
    if o.document_id is not None:
        return f"/dokument/{o.document_id}"
    if o.rule.code in ("certificate", "invalid_absence", "leave_over_limit"):
        return f"/arenden/{o.case_id}/franvaro"
    return f"/arenden/{o.case_id}"
