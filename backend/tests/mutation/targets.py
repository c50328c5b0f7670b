"""The modules `make mutation` mutates, each with only the tests that concern it (one line per module).

Paths are relative to backend/. Listing only the tests that state a module's rules keeps a run in minutes: mutmut
runs, for each mutant, those of the listed tests that call the mutated function. A survivor that no test can kill
is explained as equivalent in a comment of one of the listed test modules, naming the mutant (`mutmut` names such
as ``x_month_bounds__mutmut_5``); the runner counts a survivor as explained when one of them names it.
"""

from __future__ import annotations

from typing import NamedTuple


class Target(NamedTuple):
    module: str  # the file to mutate, e.g. "kundval/core/calendar.py"
    tests: tuple[str, ...]  # test files or node ids that state its rules
    # Only these functions of the module, for a rule that is one function of a larger module (readable_clients in
    # clients/service.py); empty: the whole module.
    functions: tuple[str, ...] = ()


TARGET_SCORE = 0.90  # issue 10: at least 90 % of each module's mutants killed

TARGETS: tuple[Target, ...] = (
    Target("kundval/core/calendar.py", ("tests/core/test_calendar.py",)),
    Target("kundval/domain/absence/rules.py", ("tests/absence/test_rules.py",)),
    Target("kundval/domain/tasks/rules.py", ("tests/tasks/test_rules.py",)),
    Target("kundval/domain/reports/content.py", ("tests/reports/test_checks.py", "tests/reports/test_reports.py")),
    Target("kundval/domain/reports/templates.py", ("tests/reports/test_checks.py",)),
    Target("kundval/domain/interventions/catalogue.py", ("tests/interventions/test_catalogue.py",)),
    # The comparison and follow-up figures, who sees what, and the document review (helper mutation-views).
    Target("kundval/domain/stats/figures.py", ("tests/stats/test_figures.py",)),
    Target("kundval/domain/stats/indicators.py", ("tests/stats/test_indicators.py",)),
    Target(
        "kundval/domain/comparison/service.py",
        ("tests/comparison/test_results.py", "tests/comparison/test_public_scope.py"),
    ),
    Target("kundval/domain/documents/review.py", ("tests/documents/test_review.py",)),
    # The municipality's calendar: which days may be added (issue 12), and the year's list.
    Target(
        "kundval/domain/calendar/service.py",
        ("tests/calendar/test_calendar_api.py",),
        ("add_day", "calendar_year", "_holiday_names", "working_calendar"),
    ),
    Target("kundval/domain/oversight/rules.py", ("tests/oversight/test_rules.py",)),
    Target("kundval/domain/cases/access.py", ("tests/cases/test_access_scope.py",)),
    Target(
        "kundval/domain/clients/service.py",
        ("tests/clients/test_readable.py",),
        ("readable_clients", "identity_visible", "client_out"),
    ),
    Target("kundval/domain/messages/service.py", ("tests/messages/test_visibility.py",), ("inbox",)),
    Target("kundval/domain/inbox/views.py", ("tests/messages/test_visibility.py",), ("client_names",)),
    # Who is mailed how (issue 12): the groups, defaults, links and the digest's text.
    Target("kundval/domain/messages/notifications.py", ("tests/messages/test_notifications.py",)),
    Target("kundval/domain/messages/digest.py", ("tests/messages/test_notifications.py",), ("digest_text",)),
    # Who takes part in a case's conversation, who is told of a post, which cases changed (issue 12).
    Target(
        "kundval/domain/conversations/service.py",
        ("tests/conversations/test_conversations.py",),
        ("conversation_case", "takes_part", "participants", "changed_cases", "_activity", "_checked_text"),
    ),
    # Not _id_as_hex: its PostgreSQL branch is beyond these SQLite-only runs (`make test` runs it on PostgreSQL).
    Target(
        "kundval/domain/auditlog/reading.py",
        ("tests/audit/test_reading_visibility.py",),
        ("client_display", "find_clients"),
    ),
    # Mail delivery (issue 12): the retry numbers, and the claim that keeps two workers from sending one mail.
    Target("kundval/domain/mail/rules.py", ("tests/mail/test_worker.py",)),
    Target(
        "kundval/domain/mail/worker.py",
        ("tests/mail/test_worker.py",),
        ("_due", "claim", "mark_sent", "mark_failed", "give_up_abandoned", "purge_done", "_permanent"),
    ),
)
