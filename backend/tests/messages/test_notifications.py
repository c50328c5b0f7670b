"""The table of who is mailed how (issue 12 point 5), without a database: groups, defaults, links, sentences and
the digest's text."""

from __future__ import annotations

import uuid
from datetime import date

from kundval.core.security import Role
from kundval.domain.messages.digest import digest_text
from kundval.domain.messages.notifications import (
    GENERIC_SENTENCE,
    GROUPS,
    SHARED_MAILBOX_KINDS,
    Delivery,
    NotificationGroup,
    group_of,
    groups_for,
    link_path,
    sentence,
)


def test_the_kinds_that_need_acting_on_soon_are_mailed_at_once_and_the_rest_go_to_the_digest() -> None:
    assert group_of("document_submitted") == NotificationGroup.DOCUMENTS_TO_REVIEW
    assert group_of("document_returned") == NotificationGroup.DOCUMENTS_RETURNED
    assert group_of("case_post") == NotificationGroup.CONVERSATION
    for kind in ("case_claimed", "document_approved", "legacy", "a_kind_added_later"):
        assert group_of(kind) == NotificationGroup.CASE_EVENTS
    assert {g: GROUPS[g].default for g in NotificationGroup} == {
        NotificationGroup.DOCUMENTS_TO_REVIEW: Delivery.IMMEDIATELY,
        NotificationGroup.DOCUMENTS_RETURNED: Delivery.IMMEDIATELY,
        NotificationGroup.CONVERSATION: Delivery.IMMEDIATELY,
        NotificationGroup.CASE_EVENTS: Delivery.DIGEST,
        NotificationGroup.LATE: Delivery.DIGEST,
    }
    assert GROUPS[NotificationGroup.LATE].allowed == (Delivery.DIGEST, Delivery.OFF)
    for group in NotificationGroup:
        assert GROUPS[group].group == group and GROUPS[group].default in GROUPS[group].allowed
        if group != NotificationGroup.LATE:
            assert GROUPS[group].allowed == (Delivery.IMMEDIATELY, Delivery.DIGEST, Delivery.OFF)


def test_each_role_is_offered_the_groups_that_concern_it() -> None:
    def names(*roles: Role) -> list[str]:
        return [group.group.value for group in groups_for(frozenset(roles))]

    assert names(Role.COUNSELLOR) == ["documents_to_review", "conversation", "case_events", "late"]
    assert names(Role.PROVIDER_STAFF) == ["documents_returned", "conversation", "case_events", "late"]
    assert names(Role.PROVIDER_ADMIN) == ["documents_returned", "conversation", "case_events", "late"]
    assert names(Role.SUPERVISOR) == ["conversation", "case_events", "late"]
    assert names(Role.COORDINATOR) == names(Role.ADMIN) == ["case_events"]
    assert names(Role.COUNSELLOR, Role.SUPERVISOR) == names(Role.COUNSELLOR)
    assert names() == []


def test_the_shared_mailbox_is_mailed_for_a_newly_queued_client_only_and_links_to_the_queue() -> None:
    assert SHARED_MAILBOX_KINDS == {"case_queued", "case_queued_changed_provider"}
    case_id = uuid.uuid4()
    assert link_path("case_queued", case_id) == link_path("case_queued_changed_provider", None) == "/ko"
    assert link_path("document_returned", case_id) == f"/arenden/{case_id}"
    assert link_path("document_returned", None) == "/meddelanden"


def test_every_sentence_is_swedish_then_english_and_unknown_kinds_get_the_generic_one() -> None:
    assert sentence("case_queued") == ("Ett nytt ärende väntar i kön hos er.", "A new client is waiting in your queue.")
    assert sentence("a_kind_added_later") == GENERIC_SENTENCE
    assert sentence("document_returned") != GENERIC_SENTENCE


def test_the_digest_text_counts_per_group_in_the_table_order_and_per_rule() -> None:
    day = date(2026, 12, 24)
    assert digest_text(day, {}, []) is None
    assert digest_text(day, {NotificationGroup.CASE_EVENTS: 0}, [("Slutrapporter", "Final reports", 0)]) is None
    swedish, english = digest_text(
        day,
        {NotificationGroup.CASE_EVENTS: 1, NotificationGroup.CONVERSATION: 3},
        [("Månadsrapporter", "Monthly reports", 2)],
    ) or ([], [])
    assert swedish == [
        "Sammanfattning för 2026-12-24:",
        "- Meddelanden i ärenden: 3 olästa meddelanden",
        "- Händelser i ärenden: 1 oläst meddelande",
        "- Försenat:",
        "  - Månadsrapporter: 2",
    ]
    assert english == [
        "Summary for 2026-12-24:",
        "- Messages on cases: 3 unread messages",
        "- Events on cases: 1 unread message",
        "- Late:",
        "  - Monthly reports: 2",
    ]
    only_late = digest_text(day, {}, [("Intyg", "Certificates", 1)])
    assert only_late is not None and only_late[0][-1] == "  - Intyg: 1"
