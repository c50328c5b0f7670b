"""The deadline rules of routine 002, one entry each: what is owed, by whom, from which event, what fulfils it, how
it is counted, and a pure function from the facts to the due date.

The to-do lists (:mod:`kundval.domain.tasks.service`) find the open obligations and ask these entries for their due
dates; nothing else in Kundval states these deadlines. Adding a rule (meetings, placements and payments bring theirs,
issues 13–14) is adding an entry to :data:`RULES` and the query that finds its open obligations.

The numbers that other areas also use stay in their own modules and are read from there: the publish deadline
(``cases/deadlines.py``), the review deadline and the monthly report's days (``documents/deadlines.py``), the
certificate demand (``absence/rules.py``: the due date is the demand's own, not restated here).
"""

from __future__ import annotations

import calendar as month_calendar
import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from kundval.core.calendar import WorkingCalendar, month_bounds
from kundval.domain.absence.rules import MAX_HOLIDAY_LEAVE_DAYS
from kundval.domain.cases.deadlines import PUBLISH_WITHIN_DAYS
from kundval.domain.documents.deadlines import (
    MONTHLY_REPORT_APPROVED_BY_DAY,
    MONTHLY_REPORT_DUE_DAY,
    MONTHLY_REPORT_RETURNED_BY_DAY,
    REVIEW_WITHIN_WORKING_DAYS,
)

FIRST_PLAN_WITHIN_MONTHS = 1  # §6.3.1: "inom en månad" of the assignment date (one calendar month, see add_months)
FINAL_REPORT_AFTER_UNFORESEEN_END_DAYS = 14  # §6.6: "senast 14 dagar efter" an unforeseen end
# Kundval's choice (docs/decisions.md): a returned document is back with the coach, due within as many working days
# as the counsellor had to review a plan, so that neither side waits longer for the other.
RETURNED_BACK_WITHIN_WORKING_DAYS = REVIEW_WITHIN_WORKING_DAYS
# Kundval's choice: the counsellor's item for registered invalid absence (§3.6.4) is due the working day after the
# registration, the same rhythm the provider keeps in reporting it ("samma dag eller dagen därpå").
INVALID_ABSENCE_HANDLED_WITHIN_WORKING_DAYS = 1
# Obligations far ahead are listed only this many days before they are due, so that a start page holds this
# month's work rather than every case's final report (Kundval's choice).
LOOKAHEAD_DAYS = 30


class Owner(enum.StrEnum):
    """Who owes an obligation: the case's counsellor, the case's coach, or the provider as a whole (its queue,
    which any of its staff may claim)."""

    COUNSELLOR = "counsellor"
    COACH = "coach"
    PROVIDER = "provider"


class Counting(enum.StrEnum):
    """How a rule counts from its event to its due date."""

    WORKING_DAYS = "working_days"  # the municipality's working days (domain/calendar)
    CALENDAR_DAYS = "calendar_days"
    MONTHS = "months"  # calendar months, a day missing in the shorter month falling on its last day
    DAY_OF_NEXT_MONTH = "day_of_next_month"  # a fixed day of the month after the reported one
    CERTIFICATE_DEMAND = "certificate_demand"  # the absence rules' own due date (§3.6)


DueFunction = Callable[..., date]


@dataclass(frozen=True)
class Rule:
    code: str
    section: str  # routine 002
    owner: Owner
    runs_from: str  # the event the deadline counts from
    fulfilled_by: str  # the event that closes the obligation
    counting: Counting
    amount: int  # how many of ``counting`` (the day of the month for DAY_OF_NEXT_MONTH)
    due: DueFunction  # from the facts (the events' dates, and the working calendar where it counts working days)
    lookahead: bool = False  # listed only from LOOKAHEAD_DAYS before it is due


def add_months(day: date, months: int) -> date:
    """The same day ``months`` calendar months later; a day the later month lacks becomes its last day
    (Jan 31 + 1 month = Feb 28, or Feb 29 in a leap year; Aug 31 + 1 = Sep 30)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, month_calendar.monthrange(year, month)[1]))


def _day_of_next_month(month: str, day: int) -> date:
    _first, last = month_bounds(month)
    return last + timedelta(days=day)


# --- the due dates, pure functions of the facts -----------------------------------------------------------------


def claim_due(queued_on: date, working: WorkingCalendar) -> date:
    """§6.2.1: claimed the same or the next working day after queueing (queued on a Saturday: Monday)."""
    return working.next_working_day(queued_on)


def publish_due(claimed_on: date) -> date:
    """§6.2.1: published within 2 days of the claim message."""
    return claimed_on + timedelta(days=PUBLISH_WITHIN_DAYS)


def first_plan_due(assignment_date: date) -> date:
    """§6.3.1: the first implementation plan within one month of the assignment date."""
    return add_months(assignment_date, FIRST_PLAN_WITHIN_MONTHS)


def plan_review_due(handed_in: date, working: WorkingCalendar) -> date:
    """§6.3.1: a plan handed in is reviewed (approved or returned) within 5 working days."""
    return working.add_working_days(handed_in, REVIEW_WITHIN_WORKING_DAYS)


def monthly_report_due(month: str) -> date:
    """§6.4: the report of ``month`` is handed in the 1st–7th of the following month."""
    return _day_of_next_month(month, MONTHLY_REPORT_DUE_DAY)


def monthly_report_review_due(month: str, handed_in: date) -> date:
    """§6.4: a report handed in on time is returned by the 12th, approved by the 15th. The counsellor's item is due
    the 12th (a return must be made by then); a report handed in late gives the counsellor the same span the
    routine gives (7th → 12th), counted from the day it came in."""
    on_time = _day_of_next_month(month, MONTHLY_REPORT_RETURNED_BY_DAY)
    late = handed_in + timedelta(days=MONTHLY_REPORT_RETURNED_BY_DAY - MONTHLY_REPORT_DUE_DAY)
    return max(on_time, late)


def monthly_report_approved_by(month: str) -> date:
    """§6.4: approved by the 15th of the following month (shown to the counsellor, not a separate item)."""
    return _day_of_next_month(month, MONTHLY_REPORT_APPROVED_BY_DAY)


def returned_due(returned_on: date, working: WorkingCalendar) -> date:
    """A returned document is due back within 5 working days of the return (Kundval's choice)."""
    return working.add_working_days(returned_on, RETURNED_BACK_WITHIN_WORKING_DAYS)


def final_report_due(planned_end: date | None, end_date: date | None) -> date:
    """§6.6: before the planned end (due on its last day); an intervention that ended before its planned end (or
    had none) ended unforeseen: at the latest 14 days after the end. A running case without a planned end owes no
    final report yet: the caller asks only once one of the two dates is known."""
    if end_date is not None and (planned_end is None or end_date < planned_end):
        return end_date + timedelta(days=FINAL_REPORT_AFTER_UNFORESEEN_END_DAYS)
    if end_date is not None:
        return end_date
    if planned_end is None:
        raise ValueError("a final report is due only once a planned or an actual end is known")
    return planned_end


def invalid_absence_due(registered_on: date, working: WorkingCalendar) -> date:
    """§3.6.4: the counsellor acts on registered invalid absence by the next working day."""
    return working.add_working_days(registered_on, INVALID_ABSENCE_HANDLED_WITHIN_WORKING_DAYS)


def leave_over_limit_due(first_day: date) -> date:
    """§3.5: leave over 14 days ends the intervention: the counsellor acts before the leave's 15th day."""
    return first_day + timedelta(days=MAX_HOLIDAY_LEAVE_DAYS)


def progression_review_due(start_date: date, every_months: int, reviews_done: int) -> date:
    """§7: the progression is reviewed ``every_months`` after the start (the catalogue's
    ``progression_review_after_months``: a year for Förstärkt jobbpeng and SAI), and as often after that."""
    return add_months(start_date, every_months * (reviews_done + 1))


def certificate_due(demand_due: date) -> date:
    """§3.6: the absence rules' own due date of a certificate demand (a week after day 8), not restated here."""
    return demand_due


def is_overdue(due: date, today: date) -> bool:
    """An obligation is late the day after its due date."""
    return today > due


def listed(rule: Rule, due: date, today: date) -> bool:
    """Whether an open obligation is listed today (far-ahead ones only from LOOKAHEAD_DAYS before their due)."""
    return not rule.lookahead or due - timedelta(days=LOOKAHEAD_DAYS) <= today


# code, §, owner, runs from, fulfilled by, counting, amount, due date
CLAIM = Rule(
    "claim",
    "§6.2.1",
    Owner.PROVIDER,
    "queued",
    "claimed, handed back, withdrawn or moved",
    Counting.WORKING_DAYS,
    1,
    claim_due,
)
PUBLISH = Rule(
    "publish",
    "§6.2.1",
    Owner.COUNSELLOR,
    "claimed",
    "published",
    Counting.CALENDAR_DAYS,
    PUBLISH_WITHIN_DAYS,
    publish_due,
)
FIRST_PLAN = Rule(
    "first_plan",
    "§6.3.1",
    Owner.COACH,
    "assignment date",
    "first implementation plan handed in",
    Counting.MONTHS,
    FIRST_PLAN_WITHIN_MONTHS,
    first_plan_due,
)
PLAN_REVIEW = Rule(
    "plan_review",
    "§6.3.1",
    Owner.COUNSELLOR,
    "plan handed in",
    "returned or approved",
    Counting.WORKING_DAYS,
    REVIEW_WITHIN_WORKING_DAYS,
    plan_review_due,
)
MONTHLY_REPORT = Rule(
    "monthly_report",
    "§6.4",
    Owner.COACH,
    "a month in the intervention",
    "the month's report handed in",
    Counting.DAY_OF_NEXT_MONTH,
    MONTHLY_REPORT_DUE_DAY,
    monthly_report_due,
)
MONTHLY_REPORT_REVIEW = Rule(
    "monthly_report_review",
    "§6.4",
    Owner.COUNSELLOR,
    "monthly report handed in",
    "returned or approved",
    Counting.DAY_OF_NEXT_MONTH,
    MONTHLY_REPORT_RETURNED_BY_DAY,
    monthly_report_review_due,
)
RETURNED = Rule(
    "returned",
    "§6.3.1, §6.4",
    Owner.COACH,
    "document returned",
    "a new version handed in",
    Counting.WORKING_DAYS,
    RETURNED_BACK_WITHIN_WORKING_DAYS,
    returned_due,
)
FINAL_REPORT = Rule(
    "final_report",
    "§6.6",
    Owner.COACH,
    "planned or unforeseen end",
    "final report handed in",
    Counting.CALENDAR_DAYS,
    FINAL_REPORT_AFTER_UNFORESEEN_END_DAYS,
    final_report_due,
    lookahead=True,
)
CERTIFICATE = Rule(
    "certificate",
    "§3.6",
    Owner.COACH,
    "day 8 of a sick or child-care spell",
    "certificate handed in",
    Counting.CERTIFICATE_DEMAND,
    0,
    certificate_due,
)
INVALID_ABSENCE = Rule(
    "invalid_absence",
    "§3.6.4",
    Owner.COUNSELLOR,
    "invalid absence registered",
    "marked handled by the counsellor",
    Counting.WORKING_DAYS,
    INVALID_ABSENCE_HANDLED_WITHIN_WORKING_DAYS,
    invalid_absence_due,
)
LEAVE_OVER_LIMIT = Rule(
    "leave_over_limit",
    "§3.5",
    Owner.COUNSELLOR,
    "leave over 14 days registered",
    "the intervention ended",
    Counting.CALENDAR_DAYS,
    MAX_HOLIDAY_LEAVE_DAYS,
    leave_over_limit_due,
)
PROGRESSION_REVIEW = Rule(
    "progression_review",
    "§7",
    Owner.COUNSELLOR,
    "start date, then each review",
    "a recorded review of progression",
    Counting.MONTHS,
    0,  # per intervention: the catalogue's progression_review_after_months
    progression_review_due,
    lookahead=True,
)

RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        CLAIM,
        PUBLISH,
        FIRST_PLAN,
        PLAN_REVIEW,
        MONTHLY_REPORT,
        MONTHLY_REPORT_REVIEW,
        RETURNED,
        FINAL_REPORT,
        CERTIFICATE,
        INVALID_ABSENCE,
        LEAVE_OVER_LIMIT,
        PROGRESSION_REVIEW,
    )
}
