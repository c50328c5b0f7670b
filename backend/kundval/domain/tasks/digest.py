"""What is late for a person, counted per deadline rule, for the daily digest (:mod:`kundval.domain.messages.digest`).

The digest lives in the messages area, below this one, so `kundval notify --digest` passes this function in. Counts
only: no client, case or document is named, so nothing here is a read of personal data to audit.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core import clock
from kundval.core.security import Principal
from kundval.domain.calendar.service import working_calendar
from kundval.domain.tasks import rules
from kundval.domain.tasks.rules import Owner
from kundval.domain.tasks.service import Filters, open_obligations

# rule code -> (Swedish, English): the rule as a plural heading, without the client its to-do titles name.
RULE_NAMES: dict[str, tuple[str, str]] = {
    "claim": ("Att bemanna", "To claim"),
    "publish": ("Uppdrag att publicera", "Assignments to publish"),
    "first_plan": ("Första genomförandeplaner", "First implementation plans"),
    "plan_review": ("Planer att granska", "Plans to review"),
    "monthly_report": ("Månadsrapporter", "Monthly reports"),
    "monthly_report_review": ("Månadsrapporter att granska", "Monthly reports to review"),
    "returned": ("Återremitterade dokument", "Returned documents"),
    "final_report": ("Slutrapporter", "Final reports"),
    "certificate": ("Intyg", "Certificates"),
    "invalid_absence": ("Ogiltig frånvaro att hantera", "Invalid absence to act on"),
    "leave_over_limit": ("Ledighet över gränsen", "Leave over the limit"),
    "progression_review": ("Årliga uppföljningar av progression", "Yearly reviews of progression"),
}


async def late_lines(session: AsyncSession, principal: Principal) -> Sequence[tuple[str, str, int]]:
    """(Swedish name, English name, count) per rule with overdue obligations for ``principal``, as
    ``GET /api/tasks?overdue=true`` would list them (a provider's staff: only what the provider owes)."""
    today = clock.today()
    obligations, _cases = await open_obligations(session, principal, Filters(), await working_calendar(session), today)
    provider_side = principal.provider_id is not None
    counts = Counter(
        o.rule.code
        for o in obligations
        if rules.is_overdue(o.due, today) and not (provider_side and o.rule.owner == Owner.COUNSELLOR)
    )
    return [(*RULE_NAMES.get(code, (code, code)), counts[code]) for code in rules.RULES if counts[code]]
