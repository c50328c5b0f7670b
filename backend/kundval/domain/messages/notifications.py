"""Which notification mails whom, and how (issue 12 point 5): the one table of kinds, groups and defaults.

A message (:mod:`kundval.domain.messages.service`) is the record; an e-mail only says that there is something to
look at. Each person chooses per group of kinds: at once, in the daily digest, or not at all. The provider's shared
mailbox has no person to choose: it is mailed at once for every newly queued client (routine 002 §6.2 step 3, "a
message goes to the provider's shared mailbox"), and for nothing else, since everything after the claim goes to the
case's coach and the provider's administrators, who choose for themselves.

No personal data in any mail: a neutral sentence per kind and a link holding an id, never a name or a personal
number. There is no per-account language, so every mail is Swedish first and English below it.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass

from kundval.core.security import Role


class NotificationGroup(enum.StrEnum):
    """The groups a person chooses for; every kind of message belongs to exactly one."""

    DOCUMENTS_TO_REVIEW = "documents_to_review"  # handed-in documents, to the counsellor
    DOCUMENTS_RETURNED = "documents_returned"  # returned documents, to the coach
    CONVERSATION = "conversation"  # new posts in a case's conversation
    CASE_EVENTS = "case_events"  # everything else that happens on a case
    LATE = "late"  # what is late for the person (the deadline rules): digest only


class Delivery(enum.StrEnum):
    """How a person gets the mails of a group."""

    IMMEDIATELY = "immediately"
    DIGEST = "digest"  # one mail per person per day, from `kundval notify --digest`
    OFF = "off"


@dataclass(frozen=True)
class Group:
    group: NotificationGroup
    default: Delivery
    allowed: tuple[Delivery, ...]
    # Whom the group concerns: the settings screen shows a person only these (a choice stored for another
    # group is kept but never matters).
    roles: frozenset[Role]


ALL = (Delivery.IMMEDIATELY, Delivery.DIGEST, Delivery.OFF)
_PROVIDER = frozenset({Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF})

GROUPS: dict[NotificationGroup, Group] = {
    # §6.3.1: a handed-in plan is reviewed within 5 working days, so the counsellor hears of it at once.
    NotificationGroup.DOCUMENTS_TO_REVIEW: Group(
        NotificationGroup.DOCUMENTS_TO_REVIEW, Delivery.IMMEDIATELY, ALL, frozenset({Role.COUNSELLOR})
    ),
    # A returned document is back with the coach to fix and resubmit (§6.3.1, §6.4).
    NotificationGroup.DOCUMENTS_RETURNED: Group(
        NotificationGroup.DOCUMENTS_RETURNED, Delivery.IMMEDIATELY, ALL, _PROVIDER
    ),
    NotificationGroup.CONVERSATION: Group(
        NotificationGroup.CONVERSATION, Delivery.IMMEDIATELY, ALL, _PROVIDER | {Role.COUNSELLOR, Role.SUPERVISOR}
    ),
    # Claims, publications, endings, approvals, corrections, staff changes: worth a look, rarely urgent.
    NotificationGroup.CASE_EVENTS: Group(NotificationGroup.CASE_EVENTS, Delivery.DIGEST, ALL, frozenset(Role)),
    # Lateness is a state, not an event: it has no moment to mail "at once", so only the digest carries it.
    NotificationGroup.LATE: Group(
        NotificationGroup.LATE,
        Delivery.DIGEST,
        (Delivery.DIGEST, Delivery.OFF),
        _PROVIDER | {Role.COUNSELLOR, Role.SUPERVISOR},
    ),
}

# kind -> group; a kind not named here (the legacy kind, kinds added later) is a case event.
KIND_GROUPS: dict[str, NotificationGroup] = {
    "document_submitted": NotificationGroup.DOCUMENTS_TO_REVIEW,
    "document_returned": NotificationGroup.DOCUMENTS_RETURNED,
    "case_post": NotificationGroup.CONVERSATION,
}

# The kinds the provider's shared mailbox is mailed for, at once (§6.2 step 3); other messages to the shared
# inbox (a client withdrawn or moved away before the claim) are only in the inbox.
SHARED_MAILBOX_KINDS = frozenset({"case_queued", "case_queued_changed_provider"})


def group_of(kind: str) -> NotificationGroup:
    return KIND_GROUPS.get(kind, NotificationGroup.CASE_EVENTS)


def groups_for(roles: frozenset[Role]) -> list[Group]:
    """The groups that concern a person with ``roles``, in the table's order."""
    return [group for group in GROUPS.values() if not group.roles.isdisjoint(roles)]


# kind -> (Swedish sentence, English sentence): what happened, without a word of who it is about.
SENTENCES: dict[str, tuple[str, str]] = {
    "case_queued": ("Ett nytt ärende väntar i kön hos er.", "A new client is waiting in your queue."),
    "case_queued_changed_provider": (
        "Ett nytt ärende (byte av anordnare) väntar i kön hos er.",
        "A new client (a change of provider) is waiting in your queue.",
    ),
    "document_submitted": ("Ett dokument väntar på din granskning.", "A document is waiting for your review."),
    "document_returned": ("Ett dokument har återremitterats.", "A document has been returned."),
    "document_approved": ("Ett dokument har godkänts.", "A document has been approved."),
    "case_post": ("Ett nytt meddelande har kommit i ett ärende.", "A new message has arrived on a case."),
    "case_claimed": ("Ett ärende har bemannats.", "A case has been claimed."),
    "case_published": ("Ett uppdrag har publicerats.", "An assignment has been published."),
    "case_handed_back": ("Ett ärende har lämnats tillbaka.", "A case has been handed back."),
    "case_ended": ("En insats har avslutats.", "An intervention has ended."),
}
GENERIC_SENTENCE = ("Något har hänt i ett av dina ärenden.", "Something has happened on one of your cases.")


def sentence(kind: str) -> tuple[str, str]:
    return SENTENCES.get(kind, GENERIC_SENTENCE)


def link_path(kind: str, case_id: uuid.UUID | None) -> str:
    """Where the mail points: the queue for a queued client, else the case (an id only), else the inbox."""
    if kind in SHARED_MAILBOX_KINDS:
        return "/ko"
    if case_id is not None:
        return f"/arenden/{case_id}"
    return "/meddelanden"


SETTINGS_PATH = "/installningar"

# What the settings screen and the digest call each group: (Swedish, English).
GROUP_NAMES: dict[NotificationGroup, tuple[str, str]] = {
    NotificationGroup.DOCUMENTS_TO_REVIEW: ("Dokument att granska", "Documents to review"),
    NotificationGroup.DOCUMENTS_RETURNED: ("Återremitterade dokument", "Returned documents"),
    NotificationGroup.CONVERSATION: ("Meddelanden i ärenden", "Messages on cases"),
    NotificationGroup.CASE_EVENTS: ("Händelser i ärenden", "Events on cases"),
    NotificationGroup.LATE: ("Försenat", "Late"),
}
