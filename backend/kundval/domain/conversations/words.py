"""What the system's events say in a case's thread, in Swedish and English.

The events are read from the case's history (``case_event.action``) and the review steps of its documents
(``document_review.action``) and put into words when the thread is read, in the reader's language. ``{note}`` is
the reason the history keeps with the step (a hand-back, an ending, a correction), ``{document_kind}`` the
document's kind in words and ``{version}`` its version.
"""

from __future__ import annotations

from collections.abc import Mapping

from kundval.core.errors import Language
from kundval.domain.documents.models import KIND_NAMES_SV, DocumentKind
from kundval.domain.inbox.kinds import DOCUMENT_KINDS_EN, END_REASONS

# case_event.action -> (Swedish, English)
CASE_EVENTS: dict[str, tuple[str, str]] = {
    "decide": ("Insatsen är beslutad.", "The intervention was decided."),
    "queue": ("Kunden är ställd i kö hos anordnaren.", "The client was queued at the provider."),
    "hand_back": ("Anordnaren lämnade tillbaka ärendet: {note}", "The provider handed the case back: {note}"),
    "claim": ("Ärendet är bemannat.", "The case was claimed."),
    "publish": ("Uppdraget är publicerat.", "The assignment was published."),
    "end": ("Insatsen är avslutad: {end_reason}.", "The intervention ended: {end_reason}."),
    "change_coach": ("Ärendet har fått en ny jobbexpert.", "The case was given a new coach."),
    "reassign": ("Ärendet har fått en ny karriärvägledare.", "The case was given a new counsellor."),
    "reopen": ("Avslutet är ångrat: {note}", "The ending was undone: {note}"),
    "withdraw": ("Kunden är borttagen ur kön: {note}", "The client was withdrawn from the queue: {note}"),
    "move": ("Kunden är flyttad till en annan anordnare.", "The client was moved to another provider."),
    "correct": ("Beslutet är korrigerat: {note}", "The decision was corrected: {note}"),
}
OTHER_CASE_EVENT = ("Ärendet har ändrats.", "The case was changed.")

# document_review.action -> (Swedish, English)
DOCUMENT_EVENTS: dict[str, tuple[str, str]] = {
    "submit": ("{document_kind} version {version} är inlämnad.", "{document_kind} version {version} was handed in."),
    "return": (
        "{document_kind} version {version} är återremitterad: {note}",
        "{document_kind} version {version} was returned: {note}",
    ),
    "approve": ("{document_kind} version {version} är godkänd.", "{document_kind} version {version} was approved."),
}
OTHER_DOCUMENT_EVENT = ("{document_kind} har ändrats.", "{document_kind} was changed.")


def document_kind_words(kind: DocumentKind, language: Language) -> str:
    return DOCUMENT_KINDS_EN[kind.value] if language == "en" else KIND_NAMES_SV[kind]


def _fill(text: str, values: Mapping[str, str]) -> str:
    filled = text.format_map({"note": "–", "end_reason": "–", "document_kind": "", "version": "–", **values})
    return filled[:1].upper() + filled[1:]


def case_event_text(action: str, note: str, end_reason: str | None, language: Language) -> str:
    """The words of a step of the case's history."""
    index = 1 if language == "en" else 0
    reason = END_REASONS[end_reason][index] if end_reason in END_REASONS else (end_reason or "–")
    text = CASE_EVENTS.get(action, OTHER_CASE_EVENT)[index]
    return _fill(text, {"note": note or "–", "end_reason": reason})


def document_event_text(action: str, kind: DocumentKind, version: int, comment: str, language: Language) -> str:
    """The words of a review step of one of the case's documents."""
    index = 1 if language == "en" else 0
    text = DOCUMENT_EVENTS.get(action, OTHER_DOCUMENT_EVENT)[index]
    return _fill(
        text,
        {"document_kind": document_kind_words(kind, language), "version": str(version), "note": comment or "–"},
    )
