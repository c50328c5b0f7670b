"""Quarterly indicators per provider and intervention: the indicators of the Helsingborg–Arbetsförmedlingen
collaboration agreement (seed 004, §5 Målsättningar, followed up quarterly by §8 Uppföljning) and the statistics
to the board every third month of the AF/IFO placement routines (seed 000, "Statistik" item 1). Plans within 30
days, reports on time and documents returned are Kundval's own additions (docs/domain.md, "Statistics and
follow-up"); their deadlines are those of Nacka's routines for authorized providers (routine 002).

Definitions, each once:
- active: the case was active at some time in the quarter; started/ended: start or end date in the quarter.
- share to work or studies: of the cases ended in the quarter, those ended with goal reached (work, studies,
  own business), with its interval; median days to work: start to end of cases ended for work.
- implementation plans within 30 days: of the cases decided in the quarter whose 30 days have passed or that have
  a plan, those whose first implementation plan was handed in within 30 days of the decision (routine 002
  §6.3.1 Genomförandeplan – inom 30 dagar).
- monthly reports on time: of the monthly reports for months of the quarter, those first handed in by the 7th of
  the following month (routine 002 §6.4 Månadsrapportering).
- documents returned: returns (återremisser) made in the quarter, of the submissions made in the quarter.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from datetime import date, datetime, timedelta

import msgspec
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core import clock
from kundval.core.csv_export import csv_text, word
from kundval.core.errors import ApiError, Language, register_messages
from kundval.domain.cases.models import Case, CaseStatus, EndReason
from kundval.domain.documents.deadlines import MONTHLY_REPORT_DUE_DAY
from kundval.domain.documents.models import Document, DocumentKind, DocumentReview
from kundval.domain.interventions.catalogue import INTERVENTIONS, Intervention
from kundval.domain.providers.models import Provider
from kundval.domain.stats.figures import GOAL_REACHED, median, share
from kundval.domain.stats.schemas import MedianOut, ShareOut

register_messages(
    {
        "stats.bad_quarter": (
            "Kvartalet skrivs ÅÅÅÅQn, till exempel 2026Q3.",
            "Write the quarter as YYYYQn, for example 2026Q3.",
        )
    }
)

PLAN_WITHIN_DAYS = 30


class Count(msgspec.Struct):
    part: int
    of: int


class IndicatorRow(msgspec.Struct):
    provider_id: uuid.UUID
    provider_name: str
    intervention: Intervention
    active: int
    started: int
    ended: int
    endings_by_reason: dict[str, int]
    work_or_studies: ShareOut | None
    work_or_studies_count: Count
    median_days_to_work: MedianOut | None
    plans_within_30_days: Count
    monthly_reports_on_time: Count
    documents_returned: Count


class Indicators(msgspec.Struct):
    quarter: str
    first_day: date
    last_day: date
    rows: list[IndicatorRow]


def quarter_bounds(quarter: str) -> tuple[date, date]:
    match = re.fullmatch(r"(\d{4})Q([1-4])", quarter.strip().upper())
    if not match:
        raise ApiError("stats.bad_quarter", status_code=422, extra=[{"key": "quarter", "message": "YYYYQn"}])
    year, number = int(match.group(1)), int(match.group(2))
    first = date(year, 3 * number - 2, 1)
    following = date(year + (number == 4), (3 * number) % 12 + 1, 1)
    return first, following - timedelta(days=1)


def _day(instant: datetime | None) -> date | None:
    return clock.day_of(instant) if instant else None


async def indicators(session: AsyncSession, quarter: str) -> Indicators:
    first, last = quarter_bounds(quarter)
    today = clock.today()
    cases = (
        await session.scalars(
            select(Case).where(
                Case.provider_id.is_not(None),
                Case.assignment_date <= last,
                (Case.end_date.is_(None)) | (Case.end_date >= first),
            )
        )
    ).all()
    names = dict((await session.execute(select(Provider.id, Provider.name))).all())
    case_ids = [c.id for c in cases]
    documents = (
        (await session.scalars(select(Document).where(Document.case_id.in_(case_ids)))).all() if case_ids else []
    )
    reviews = (
        (
            await session.scalars(
                select(DocumentReview).where(DocumentReview.document_id.in_([d.id for d in documents]))
            )
        ).all()
        if documents
        else []
    )
    first_submit: dict[uuid.UUID, date] = {}
    for review in sorted(reviews, key=lambda r: r.at):
        if review.action == "submit":
            first_submit.setdefault(review.document_id, _day(review.at))  # type: ignore[arg-type]
    documents_by_case = defaultdict(list)
    for document in documents:
        documents_by_case[document.case_id].append(document)
    case_of_document = {d.id: d.case_id for d in documents}
    cases_by_key: dict[tuple[uuid.UUID, Intervention], list[Case]] = defaultdict(list)
    for case in cases:
        cases_by_key[(case.provider_id, case.intervention)].append(case)  # type: ignore[index]

    rows = []
    for (provider_id, intervention), group in sorted(
        cases_by_key.items(), key=lambda item: (names.get(item[0][0], ""), item[0][1])
    ):
        in_group = {c.id for c in group}
        active = [
            c
            for c in group
            if c.start_date
            and c.start_date <= last
            and c.status in (CaseStatus.ACTIVE, CaseStatus.ENDED)
            and (c.end_date is None or c.end_date >= first)
        ]
        started = [c for c in group if c.start_date and first <= c.start_date <= last]
        ended = [c for c in group if c.status == CaseStatus.ENDED and c.end_date and first <= c.end_date <= last]
        reasons: dict[str, int] = defaultdict(int)
        for case in ended:
            reasons[case.end_reason.value if case.end_reason else "unknown"] += 1
        goal = sum(1 for c in ended if c.end_reason in GOAL_REACHED)
        to_work = median(
            [
                float((c.end_date - c.start_date).days)
                for c in ended
                if c.end_reason == EndReason.WORK and c.start_date and c.end_date
            ]
        )
        goal_share = share(goal, len(ended))

        plans_part = plans_of = 0
        for case in group:
            # §6.3.1 counts from the case's own assignment date: after a change of provider, the new one's.
            if not first <= case.assignment_date <= last:
                continue
            deadline = case.assignment_date + timedelta(days=PLAN_WITHIN_DAYS)
            submitted = [
                first_submit[d.id]
                for d in documents_by_case[case.id]
                if d.kind == DocumentKind.IMPLEMENTATION_PLAN and d.id in first_submit
            ]
            if submitted or deadline < today:
                plans_of += 1
                plans_part += bool(submitted and min(submitted) <= deadline)

        reports_part = reports_of = 0
        for case in group:
            for document in documents_by_case[case.id]:
                if document.kind != DocumentKind.MONTHLY_REPORT or not document.month:
                    continue
                year, month = (int(p) for p in document.month.split("-"))
                if not first <= date(year, month, 1) <= last:
                    continue
                due = date(year + (month == 12), month % 12 + 1, MONTHLY_REPORT_DUE_DAY)
                handed = first_submit.get(document.id)
                if handed or due < today:
                    reports_of += 1
                    reports_part += bool(handed and handed <= due)

        in_quarter = [
            r
            for r in reviews
            if case_of_document.get(r.document_id) in in_group and (day := _day(r.at)) and first <= day <= last
        ]
        rows.append(
            IndicatorRow(
                provider_id=provider_id,
                provider_name=names.get(provider_id, ""),
                intervention=intervention,
                active=len(active),
                started=len(started),
                ended=len(ended),
                endings_by_reason=dict(sorted(reasons.items())),
                work_or_studies=ShareOut(goal_share.value, goal_share.low, goal_share.high) if goal_share else None,
                work_or_studies_count=Count(goal, len(ended)),
                median_days_to_work=MedianOut(to_work.value, to_work.low, to_work.high) if to_work else None,
                plans_within_30_days=Count(plans_part, plans_of),
                monthly_reports_on_time=Count(reports_part, reports_of),
                documents_returned=Count(
                    sum(1 for r in in_quarter if r.action == "return"),
                    sum(1 for r in in_quarter if r.action == "submit"),
                ),
            )
        )
    return Indicators(quarter.strip().upper(), first, last, rows)


# The end reasons as the CSV names them, (Swedish, English), worded as the UI words them (routine 002 §7).
END_REASON_WORDS: dict[EndReason, tuple[str, str]] = {
    EndReason.WORK: ("Arbete", "Work"),
    EndReason.STUDIES: ("Studier", "Studies"),
    EndReason.OWN_BUSINESS: ("Eget företag", "Own business"),
    EndReason.OTHER_INTERVENTION: ("Annan insats beslutad", "Another intervention decided"),
    EndReason.CHANGED_PROVIDER: ("Byte av anordnare", "Change of provider"),
    EndReason.OTHER_AUTHORITY: ("Insats via annan myndighet", "Intervention via another authority"),
    EndReason.UNFORESEEN: ("Oförutsedd händelse", "Unforeseen event"),
    EndReason.LACK_OF_TIME: ("Tidsbrist", "Lack of time"),
    EndReason.SICK_LEAVE: ("Sjukskrivning över två veckor", "Sick leave over two weeks"),
    EndReason.PROVIDER_SHORTCOMINGS: ("Brister hos anordnaren", "Shortcomings of the provider"),
    EndReason.CLIENT_LEFT: ("Kunden avslutar själv", "The client leaves by choice"),
    EndReason.LONG_ABSENCE: ("Planerad frånvaro över 14 dagar", "Planned absence over 14 days"),
    EndReason.WEAK_PROGRESSION: ("Svag progression vid årlig uppföljning", "Weak progression at the yearly review"),
}

# (Swedish, English) headers; each count of a share has its own header naming what it counts.
CSV_HEADERS: tuple[tuple[str, str], ...] = (
    ("kvartal", "quarter"),
    ("anordnare", "provider"),
    ("insats", "intervention"),
    ("aktiva", "active"),
    ("startade", "started"),
    ("avslutade", "ended"),
    ("avslutade till arbete eller studier", "ended to work or studies"),
    ("andel till arbete eller studier (%)", "share to work or studies (%)"),
    ("mediandagar till arbete", "median days to work"),
    ("genomförandeplaner inom 30 dagar", "implementation plans within 30 days"),
    ("genomförandeplaner som räknas", "implementation plans counted"),
    ("månadsrapporter i tid", "monthly reports on time"),
    ("månadsrapporter som räknas", "monthly reports counted"),
    ("återremitterade dokument", "documents returned"),
    ("inskickade dokument", "documents submitted"),
)
TOO_FEW = ("för få", "too few")


def indicators_csv(data: Indicators, language: Language = "sv") -> str:
    """The indicators as CSV in ``language``: one row per provider and intervention, words instead of codes."""
    reasons = list(EndReason)
    ended = "ended" if language == "en" else "avslut"
    header = [
        *(word(pair, language) for pair in CSV_HEADERS),
        *(f"{ended}: {word(END_REASON_WORDS[r], language)}" for r in reasons),
    ]
    too_few = word(TOO_FEW, language)
    rows = [
        [
            data.quarter,
            row.provider_name,
            word(INTERVENTIONS[row.intervention].names, language),
            row.active,
            row.started,
            row.ended,
            row.work_or_studies_count.part,
            f"{row.work_or_studies.value * 100:.0f}" if row.work_or_studies else too_few,
            f"{row.median_days_to_work.value:.0f}" if row.median_days_to_work else too_few,
            row.plans_within_30_days.part,
            row.plans_within_30_days.of,
            row.monthly_reports_on_time.part,
            row.monthly_reports_on_time.of,
            row.documents_returned.part,
            row.documents_returned.of,
            *[row.endings_by_reason.get(r.value, 0) for r in reasons],
        ]
        for row in data.rows
    ]
    return csv_text(header, rows)
