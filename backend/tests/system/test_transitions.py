"""Every state change has one winner (issue 10 point 3): each state-changing operation of the app's OpenAPI
(POST, PATCH, PUT, DELETE) is either raced by a named test that fires concurrent HTTP requests through
:mod:`tests.concurrency`, or listed below as not a transition with the reason. A new route in neither list fails
here, so a new transition cannot arrive without its race."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

from kundval.app import create_app
from kundval.core.settings import load_settings

# operationId -> the race tests ("module::function" under backend/tests) that fire it concurrently.
RACED: dict[str, list[str]] = {
    "queueCase": ["cases.test_concurrency::test_of_concurrent_queueings_exactly_one_wins"],
    "claimCase": ["cases.test_concurrency::test_of_8_concurrent_claims_exactly_one_wins"],
    "handBackCase": [
        "cases.test_concurrency::test_of_concurrent_hand_backs_exactly_one_wins",
        "cases.test_concurrency::test_hand_back_racing_claims_leaves_exactly_one_winner",
    ],
    "publishCase": ["cases.test_concurrency::test_of_concurrent_publications_exactly_one_wins"],
    "endCase": [
        "cases.test_concurrency::test_of_concurrent_endings_exactly_one_wins",
        "cases.test_concurrency::test_ending_while_claims_race_keeps_the_history_a_chain",
    ],
    "changeCaseCoach": ["cases.test_concurrency::test_of_concurrent_coach_changes_exactly_one_wins"],
    "reassignCase": ["cases.test_concurrency::test_of_concurrent_reassignments_exactly_one_wins"],
    "correctCase": ["cases.test_concurrency::test_concurrent_corrections_of_one_field_are_serialised"],
    "reopenCase": ["cases.test_concurrency::test_of_concurrent_reopenings_exactly_one_wins"],
    "withdrawCase": [
        "cases.test_concurrency::test_of_concurrent_withdrawals_exactly_one_wins",
        "cases.test_concurrency::test_withdrawing_while_claims_race_leaves_exactly_one_winner",
    ],
    "moveCase": [
        "cases.test_concurrency::test_of_concurrent_moves_exactly_one_wins",
        "cases.test_concurrency::test_moving_while_claims_race_leaves_exactly_one_winner",
    ],
    "issueChoiceCode": ["comparison.test_choice_concurrency::test_of_concurrent_issues_exactly_one_code_works"],
    "makeChoice": ["comparison.test_choice_concurrency::test_of_concurrent_choices_with_one_code_exactly_one_counts"],
    "uploadCaseDocument": [
        "documents.test_concurrency::test_concurrent_monthly_reports_for_one_month_leave_one_and_answer_409"
    ],
    "uploadDocumentVersion": [
        "documents.test_concurrency::test_concurrent_new_versions_each_get_a_number_of_their_own"
    ],
    "submitDocument": ["documents.test_concurrency::test_of_20_concurrent_submits_exactly_one_is_recorded"],
    "approveDocument": [
        "documents.test_concurrency::test_of_20_concurrent_approvals_exactly_one_is_recorded",
        "documents.test_concurrency::test_approve_racing_return_records_only_one_of_them",
    ],
    "returnDocument": ["documents.test_concurrency::test_of_20_concurrent_returns_exactly_one_is_recorded"],
    "createReport": [
        "documents.test_concurrency::test_concurrent_monthly_reports_for_one_month_leave_one_and_answer_409"
    ],
    "createAbsence": ["absence.test_concurrency::test_of_6_overlapping_registrations_at_once_one_is_stored"],
    "deleteAbsence": ["absence.test_concurrency::test_of_concurrent_deletions_of_one_absence_exactly_one_is_recorded"],
    "createClient": ["clients.test_concurrency::test_of_8_concurrent_registrations_of_one_person_one_is_stored"],
    "createProvider": ["providers.test_concurrency::test_of_concurrent_registrations_of_one_provider_one_is_stored"],
    "createProviderStaff": ["providers.test_concurrency::test_of_concurrent_creations_of_one_account_one_is_stored"],
    "deactivateProviderStaff": [
        "providers.test_concurrency::"
        "test_deactivating_a_coach_while_claims_name_them_leaves_no_inactive_coach_with_a_case"
    ],
    "proposeProviderProfile": ["providers.test_concurrency::test_of_concurrent_proposals_only_one_waits"],
    "approveProfile": ["providers.test_concurrency::test_of_concurrent_decisions_on_a_profile_exactly_one_wins"],
    "rejectProfile": ["providers.test_concurrency::test_of_concurrent_decisions_on_a_profile_exactly_one_wins"],
    "markAbsenceHandled": ["tasks.test_records::test_of_concurrent_handled_marks_exactly_one_is_recorded"],
    "recordProgressionReview": ["tasks.test_records::test_of_concurrent_progression_reviews_exactly_one_is_recorded"],
    "deleteStandIn": ["accounts.test_concurrency::test_of_concurrent_removals_of_a_stand_in_exactly_one_wins"],
}

# operationId -> why it has no winner to decide (one line each).
NOT_TRANSITIONS: dict[str, str] = {
    "login": "opens a session of its own; nothing shared changes (the throttle has its own tests)",
    "logout": "ends the caller's own session; harmless twice",
    "searchClients": "a read sent as POST so that no personal number is in a URL",
    "findAuditClients": "a read sent as POST so that no personal number is in a URL",
    "createCase": "a new decision is a new row: a client may have several cases, so each request rightly succeeds",
    "updateClient": "edits fields, no status: the last write wins as in any form",
    "updateProvider": "edits fields and the authorization list, no status: the last write wins",
    "createStandIn": "a new grant row; overlapping grants are allowed (the stand-in reads their union)",
    "saveReportDraft": "autosave of a working copy, last write wins; submit snapshots it under the document lock",
    "markMessageRead": "idempotent: marking a read message read again changes nothing",
    "markAllMessagesRead": "idempotent: a second call finds nothing unread",
}

TESTS = Path(__file__).resolve().parents[1]


def _state_changing_operations() -> dict[str, str]:
    """operationId -> "METHOD path" for every POST, PATCH, PUT and DELETE the app documents."""
    settings = load_settings({"KUNDVAL_ENV": "test", "KUNDVAL_DATABASE_URL": "sqlite+aiosqlite://"})
    schema = create_app(settings).openapi_schema.to_schema()
    found = {}
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            if method in ("post", "patch", "put", "delete"):
                found[operation["operationId"]] = f"{method.upper()} {path}"
    return found


def test_every_state_change_is_raced_or_explained() -> None:
    operations = _state_changing_operations()
    assert len(operations) > 30  # the app's own routes were found, not an empty schema
    unlisted = sorted(f"{op} ({where})" for op, where in operations.items() if op not in RACED | NOT_TRANSITIONS)
    assert unlisted == [], (
        "state-changing routes without a race test in RACED or a reason in NOT_TRANSITIONS "
        "(tests/system/test_transitions.py):\n" + "\n".join(unlisted)
    )
    assert set(RACED) & set(NOT_TRANSITIONS) == set()
    stale = sorted((set(RACED) | set(NOT_TRANSITIONS)) - set(operations))
    assert stale == [], f"listed but no such operation: {stale}"


def test_every_named_race_exists_and_races() -> None:
    """Each named test is a real test function that uses the shared racing helper and sends the operation's path."""
    operations = _state_changing_operations()
    problems = []
    for operation, tests in RACED.items():
        assert tests, operation
        method, path = operations[operation].split(" ", 1)
        tail = path.rsplit("}", 1)[-1] or path.split("{", 1)[0]  # e.g. "/claim", or "/api/clients" without ids
        for name in tests:
            module_name, function_name = name.split("::")
            function = getattr(importlib.import_module(f"tests.{module_name}"), function_name, None)
            if function is None:
                problems.append(f"{operation}: no test {name}")
                continue
            source = inspect.getsource(function)
            if "race(" not in source:
                problems.append(f"{operation}: {name} does not race (no race(...) call)")
            if tail and tail not in source and tail.rstrip("/") not in source:
                problems.append(f"{operation}: {name} never sends {method} ...{tail}")
    assert problems == [], "\n".join(problems)
