"""What each obligation is called, in Swedish and English: the ``title`` of a to-do item.

``{client}`` is the client as the reader may name them (:mod:`kundval.domain.tasks.service`), ``{month}`` the
reported month, ``{kind}`` the document kind in the reader's language (the inbox's words for the kinds).
"""

from __future__ import annotations

from kundval.core.errors import Language
from kundval.domain.documents.models import KIND_NAMES_SV, DocumentKind
from kundval.domain.inbox.kinds import DOCUMENT_KINDS_EN

# rule code -> (Swedish, English)
TITLES: dict[str, tuple[str, str]] = {
    "claim": ("Bemanna: {client}", "Claim: {client}"),
    "publish": ("Publicera uppdraget: {client}", "Publish the assignment: {client}"),
    "first_plan": ("Första genomförandeplanen: {client}", "First implementation plan: {client}"),
    "plan_review": ("Granska {kind}: {client}", "Review the {kind}: {client}"),
    "monthly_report": ("Månadsrapport {month}: {client}", "Monthly report {month}: {client}"),
    "monthly_report_review": ("Granska månadsrapport {month}: {client}", "Review monthly report {month}: {client}"),
    "returned": ("Återremitterad {kind}: {client}", "Returned {kind}: {client}"),
    "final_report": ("Slutrapport: {client}", "Final report: {client}"),
    "certificate": ("Lämna in {kind}: {client}", "Hand in the {kind}: {client}"),
    "invalid_absence": ("Ogiltig frånvaro att hantera: {client}", "Invalid absence to act on: {client}"),
    "leave_over_limit": (
        "Ledighet över gränsen, avsluta insatsen: {client}",
        "Leave over the limit, end the intervention: {client}",
    ),
    "progression_review": ("Årlig uppföljning av progression: {client}", "Yearly review of progression: {client}"),
}


def kind_name(kind: str | None, language: Language) -> str:
    if kind is None or kind not in DOCUMENT_KINDS_EN:
        return "–"
    return DOCUMENT_KINDS_EN[kind] if language == "en" else KIND_NAMES_SV[DocumentKind(kind)]


def title_of(rule: str, language: Language, *, client: str, month: str | None, kind: str | None) -> str:
    """The title of an obligation of ``rule`` in ``language``."""
    words = TITLES[rule][1 if language == "en" else 0]
    return words.format(client=client, month=month or "–", kind=kind_name(kind, language))
