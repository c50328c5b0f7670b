"""The deadline rules at their edges: a month end, a year end, Easter, midsummer, a Friday before a holiday, a
municipal non-working day; and their invariants, property-based."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kundval.core.calendar import SWEDISH, WorkingCalendar
from kundval.domain.cases.models import Case, CaseStatus
from kundval.domain.documents.models import DocumentKind, DocumentStatus
from kundval.domain.interventions.catalogue import Intervention
from kundval.domain.tasks import rules
from kundval.domain.tasks.rules import Counting, Owner
from kundval.domain.tasks.service import Facts, _case_obligations

# Easter 2026: Maundy Thursday April 2, Good Friday April 3, Easter Monday April 6.
MAUNDY_THURSDAY = date(2026, 4, 2)
GOOD_FRIDAY = date(2026, 4, 3)
# Midsummer 2026: midsummer eve Friday June 19 (a de facto holiday), midsummer day June 20.
BEFORE_MIDSUMMER = date(2026, 6, 18)
# Ascension Day 2026 is Thursday May 14; a municipality closes the bridge day after it.
BRIDGE_DAY = date(2026, 5, 15)
MUNICIPAL = WorkingCalendar(extra_days=frozenset({BRIDGE_DAY}))


@pytest.mark.parametrize(
    ("queued", "due"),
    [
        (date(2026, 11, 30), date(2026, 12, 1)),  # Monday → Tuesday
        (date(2026, 12, 4), date(2026, 12, 7)),  # Friday → Monday
        (date(2026, 12, 5), date(2026, 12, 7)),  # queued on a Saturday → Monday
        (MAUNDY_THURSDAY, date(2026, 4, 7)),  # the Thursday before Good Friday → the Tuesday after Easter
        (GOOD_FRIDAY, date(2026, 4, 7)),  # the Friday before Easter Monday
        (BEFORE_MIDSUMMER, date(2026, 6, 22)),  # the day before midsummer eve → Monday
        (date(2026, 12, 30), date(2027, 1, 4)),  # year end: New Year's eve and day are not working days
        (date(2026, 12, 23), date(2026, 12, 28)),  # Christmas eve, day and Boxing day
    ],
)
def test_claim_is_due_the_next_working_day(queued: date, due: date) -> None:
    assert rules.claim_due(queued, SWEDISH) == due
    assert rules.CLAIM.due(queued, SWEDISH) == due


def test_claim_skips_the_municipalitys_own_non_working_day() -> None:
    # Wednesday before Ascension: Thursday is a holiday, Friday the municipality's bridge day.
    assert rules.claim_due(date(2026, 5, 13), SWEDISH) == BRIDGE_DAY
    assert rules.claim_due(date(2026, 5, 13), MUNICIPAL) == date(2026, 5, 18)


def test_publish_is_due_two_calendar_days_after_the_claim() -> None:
    assert rules.publish_due(date(2026, 12, 4)) == date(2026, 12, 6)  # a Sunday: the routine says days
    assert rules.publish_due(date(2026, 12, 31)) == date(2027, 1, 2)


@pytest.mark.parametrize(
    ("assigned", "due"),
    [
        (date(2026, 1, 31), date(2026, 2, 28)),  # the month end: February has no 31st
        (date(2028, 1, 31), date(2028, 2, 29)),  # a leap year
        (date(2026, 3, 31), date(2026, 4, 30)),
        (date(2026, 1, 15), date(2026, 2, 15)),
        (date(2026, 12, 15), date(2027, 1, 15)),  # across the year end
        (date(2026, 2, 28), date(2026, 3, 28)),
    ],
)
def test_first_plan_is_due_one_calendar_month_after_the_assignment_date(assigned: date, due: date) -> None:
    assert rules.first_plan_due(assigned) == due


def test_a_plan_handed_in_on_maundy_thursday_is_reviewed_within_5_working_days() -> None:
    # Good Friday and Easter Monday are not working days: April 7, 8, 9, 10 and 13.
    assert rules.plan_review_due(MAUNDY_THURSDAY, SWEDISH) == date(2026, 4, 13)
    assert rules.plan_review_due(date(2026, 5, 11), MUNICIPAL) == date(2026, 5, 20)  # Ascension and bridge day
    assert rules.plan_review_due(date(2026, 5, 11), SWEDISH) == date(2026, 5, 19)
    assert rules.plan_review_due(date(2026, 6, 17), SWEDISH) == date(2026, 6, 25)  # midsummer eve


def test_decembers_monthly_report_is_due_in_january() -> None:
    assert rules.monthly_report_due("2026-12") == date(2027, 1, 7)
    assert rules.monthly_report_due("2026-01") == date(2026, 2, 7)
    assert rules.monthly_report_approved_by("2026-12") == date(2027, 1, 15)


def test_the_monthly_report_review_is_due_the_12th_or_five_days_after_a_late_report() -> None:
    assert rules.monthly_report_review_due("2026-12", date(2027, 1, 4)) == date(2027, 1, 12)
    assert rules.monthly_report_review_due("2026-12", date(2027, 1, 7)) == date(2027, 1, 12)
    assert rules.monthly_report_review_due("2026-12", date(2027, 1, 8)) == date(2027, 1, 13)
    assert rules.monthly_report_review_due("2026-12", date(2027, 1, 20)) == date(2027, 1, 25)


def test_a_returned_document_is_due_back_within_5_working_days() -> None:
    # Returned the Tuesday before Christmas: Dec 23, 28, 29, 30 and (after New Year) January 4.
    assert rules.returned_due(date(2026, 12, 22), SWEDISH) == date(2027, 1, 4)
    assert rules.returned_due(date(2026, 5, 12), MUNICIPAL) == date(2026, 5, 21)


@pytest.mark.parametrize(
    ("planned_end", "end", "due"),
    [
        (date(2026, 6, 30), None, date(2026, 6, 30)),  # before the planned end
        (date(2026, 6, 30), date(2026, 6, 30), date(2026, 6, 30)),  # ended as planned
        (date(2026, 6, 30), date(2026, 7, 10), date(2026, 7, 10)),  # ran past the planned end
        (date(2026, 6, 30), date(2026, 5, 10), date(2026, 5, 24)),  # unforeseen: 14 days after
        (None, date(2026, 12, 24), date(2027, 1, 7)),  # no planned end: unforeseen, across the year end
    ],
)
def test_final_report(planned_end: date | None, end: date | None, due: date) -> None:
    assert rules.final_report_due(planned_end, end) == due


def test_a_final_report_without_any_end_has_no_due_date() -> None:
    with pytest.raises(ValueError, match="^a final report is due only once a planned or an actual end is known$"):
        rules.final_report_due(None, None)


def test_invalid_absence_and_leave() -> None:
    assert rules.invalid_absence_due(date(2026, 12, 4), SWEDISH) == date(2026, 12, 7)
    assert rules.invalid_absence_due(GOOD_FRIDAY, SWEDISH) == date(2026, 4, 7)
    assert rules.invalid_absence_due(date(2026, 5, 13), MUNICIPAL) == date(2026, 5, 18)
    assert rules.leave_over_limit_due(date(2026, 7, 1)) == date(2026, 7, 15)
    assert rules.certificate_due(date(2026, 7, 15)) == date(2026, 7, 15)


def test_progression_is_reviewed_yearly_from_the_start() -> None:
    assert rules.progression_review_due(date(2025, 3, 10), 12, 0) == date(2026, 3, 10)
    assert rules.progression_review_due(date(2025, 3, 10), 12, 1) == date(2027, 3, 10)
    assert rules.progression_review_due(date(2024, 2, 29), 12, 0) == date(2025, 2, 28)  # no Feb 29 in 2025
    assert rules.progression_review_due(date(2024, 2, 29), 12, 3) == date(2028, 2, 29)


def test_overdue_is_the_day_after_the_due_date() -> None:
    due = date(2026, 12, 7)
    assert not rules.is_overdue(due, due)
    assert rules.is_overdue(due, due + timedelta(days=1))
    assert not rules.is_overdue(due, due - timedelta(days=1))


def test_far_ahead_obligations_are_listed_from_30_days_before() -> None:
    due = date(2026, 12, 31)
    assert rules.listed(rules.FINAL_REPORT, due, date(2026, 12, 1))
    assert not rules.listed(rules.FINAL_REPORT, due, date(2026, 11, 30))
    assert rules.listed(rules.CLAIM, due, date(2026, 1, 1))  # near rules are always listed


def test_the_table_holds_each_rule_once_with_its_section_owner_and_counting() -> None:
    table = {code: (r.section, r.owner, r.counting, r.amount) for code, r in rules.RULES.items()}
    assert table == {
        "claim": ("§6.2.1", Owner.PROVIDER, Counting.WORKING_DAYS, 1),
        "publish": ("§6.2.1", Owner.COUNSELLOR, Counting.CALENDAR_DAYS, 2),
        "first_plan": ("§6.3.1", Owner.COACH, Counting.MONTHS, 1),
        "plan_review": ("§6.3.1", Owner.COUNSELLOR, Counting.WORKING_DAYS, 5),
        "monthly_report": ("§6.4", Owner.COACH, Counting.DAY_OF_NEXT_MONTH, 7),
        "monthly_report_review": ("§6.4", Owner.COUNSELLOR, Counting.DAY_OF_NEXT_MONTH, 12),
        "returned": ("§6.3.1, §6.4", Owner.COACH, Counting.WORKING_DAYS, 5),
        "final_report": ("§6.6", Owner.COACH, Counting.CALENDAR_DAYS, 14),
        "certificate": ("§3.6", Owner.COACH, Counting.CERTIFICATE_DEMAND, 0),
        "invalid_absence": ("§3.6.4", Owner.COUNSELLOR, Counting.WORKING_DAYS, 1),
        "leave_over_limit": ("§3.5", Owner.COUNSELLOR, Counting.CALENDAR_DAYS, 14),
        "progression_review": ("§7", Owner.COUNSELLOR, Counting.MONTHS, 0),
    }
    assert all(code == rule.code for code, rule in rules.RULES.items())
    assert {r.code for r in rules.RULES.values() if r.lookahead} == {"final_report", "progression_review"}


# --- invariants ---------------------------------------------------------------------------------------------------

days = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))
calendars = st.frozensets(days, max_size=20).map(lambda extra: WorkingCalendar(extra_days=extra))


@settings(deadline=None)
@given(day=days, working=calendars)
def test_a_working_day_due_is_a_working_day_after_the_start(day: date, working: WorkingCalendar) -> None:
    for due in (
        rules.claim_due(day, working),
        rules.plan_review_due(day, working),
        rules.returned_due(day, working),
        rules.invalid_absence_due(day, working),
    ):
        assert working.is_working_day(due)
        assert due > day
    # Five working days means exactly five working days in between, the due day included.
    assert len(working.working_days(day + timedelta(days=1), rules.plan_review_due(day, working))) == 5
    # The claim is due on the first working day after queueing: none lies between.
    assert working.working_days(day + timedelta(days=1), rules.claim_due(day, working) - timedelta(days=1)) == []


@given(day=days, months=st.integers(min_value=0, max_value=36))
def test_a_month_later_is_that_month_on_the_same_day_or_its_last(day: date, months: int) -> None:
    later = rules.add_months(day, months)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == months
    assert later.day == day.day or (later.day < day.day and (later + timedelta(days=1)).day == 1)
    assert later >= day


@given(
    month=st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 1)).map(lambda d: d.strftime("%Y-%m")),
    late=st.integers(min_value=0, max_value=60),
)
def test_monthly_report_dues_follow_the_month(month: str, late: int) -> None:
    due = rules.monthly_report_due(month)
    handed_in = due - timedelta(days=6) + timedelta(days=late)
    review = rules.monthly_report_review_due(month, handed_in)
    assert due.day == 7 and due.strftime("%Y-%m") > month
    # The counsellor has until the 12th, and never less than the 7th → 12th the routine gives.
    twelfth = due.replace(day=12)
    assert review >= twelfth and review >= handed_in + timedelta(days=5)
    assert review in (twelfth, handed_in + timedelta(days=5))


@given(planned=st.one_of(st.none(), days), end=st.one_of(st.none(), days))
def test_the_final_report_is_never_due_before_the_end_that_happened(planned: date | None, end: date | None) -> None:
    if planned is None and end is None:
        return
    due = rules.final_report_due(planned, end)
    if end is not None:
        assert end <= due <= end + timedelta(days=14)
    else:
        assert due == planned


@given(due=days, today=days)
def test_overdue_iff_today_is_after_due(due: date, today: date) -> None:
    assert rules.is_overdue(due, today) == (today > due)


# --- a fulfilled obligation never shows (the service's rule application, without the database) ----------------

statuses = st.sampled_from(list(DocumentStatus))
HANDED_IN = {DocumentStatus.SUBMITTED, DocumentStatus.APPROVED, DocumentStatus.RETURNED}


@settings(deadline=None)  # the first example loads the year's holidays
@given(
    start=st.dates(min_value=date(2025, 1, 1), max_value=date(2026, 6, 30)),
    reports=st.dictionaries(st.integers(min_value=0, max_value=5), statuses, max_size=6),
    plan=st.one_of(st.none(), statuses),
    final=st.one_of(st.none(), statuses),
)
def test_a_fulfilled_obligation_never_shows(
    start: date, reports: dict[int, DocumentStatus], plan: DocumentStatus | None, final: DocumentStatus | None
) -> None:
    today = start + timedelta(days=150)
    case = Case(
        id=uuid.uuid4(),
        status=CaseStatus.ACTIVE,
        intervention=Intervention.JOBBPENG_GRUND,
        assignment_date=start,
        start_date=start,
        planned_end_date=today + timedelta(days=10),
        end_date=None,
    )
    months = [rules.add_months(start.replace(day=1), n).strftime("%Y-%m") for n in range(6)]
    now = datetime.combine(today, time(12), tzinfo=UTC)
    documents = [(uuid.uuid4(), DocumentKind.MONTHLY_REPORT, months[n], status, now) for n, status in reports.items()]
    if plan is not None:
        documents.append((uuid.uuid4(), DocumentKind.IMPLEMENTATION_PLAN, None, plan, now))
    if final is not None:
        documents.append((uuid.uuid4(), DocumentKind.FINAL_REPORT, None, final, now))
    returned = {d[0]: now for d in documents if d[3] == DocumentStatus.RETURNED}
    facts = Facts(returned, {}, set(), {})
    found = list(_case_obligations(case, documents, [], True, facts, SWEDISH, today))
    owed_months = {o.month for o in found if o.rule.code == "monthly_report"}
    handed_in_months = {months[n] for n, status in reports.items() if status in HANDED_IN}
    assert owed_months.isdisjoint(handed_in_months)
    # Every month from the start to today is either handed in or owed.
    assert owed_months | handed_in_months >= {m for m in months if m <= f"{today:%Y-%m}"}
    assert any(o.rule.code == "first_plan" for o in found) == (plan is None or plan not in HANDED_IN)
    assert any(o.rule.code == "final_report" for o in found) == (final is None or final not in HANDED_IN)
    assert sum(o.rule.code == "returned" for o in found) == len(returned)
    reviews = [o for o in found if o.rule.code in ("plan_review", "monthly_report_review")]
    assert len(reviews) == sum(
        1 for d in documents if d[3] == DocumentStatus.SUBMITTED and d[1] != DocumentKind.FINAL_REPORT
    )
