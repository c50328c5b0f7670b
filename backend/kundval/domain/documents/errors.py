"""The documents' error messages, and the one answer for a step the document's status does not allow."""

from __future__ import annotations

from kundval.core.errors import ApiError, register_messages
from kundval.domain.documents.models import Document, DocumentStatus

register_messages(
    {
        "document.not_found": ("Dokumentet finns inte.", "No such document."),
        "document.unknown_kind": (
            "Okänd dokumenttyp {kind}. Välj en av: {kinds}.",
            "Unknown document kind {kind}. Choose one of: {kinds}.",
        ),
        "document.month_format": (
            "Månaden ska skrivas ÅÅÅÅ-MM, till exempel 2026-11.",
            "Write the month as YYYY-MM, for example 2026-11.",
        ),
        "document.month_required": (
            "En månadsrapport behöver en månad (ÅÅÅÅ-MM).",
            "A monthly report needs a month (YYYY-MM).",
        ),
        "document.case_not_open": (
            "Ärendet har status {status}: dokument kan lämnas först när det är bemannat.",
            "The case is {status}: documents can be handed in once it has been claimed.",
        ),
        "document.not_your_side": (
            "Den här dokumenttypen lämnas av {side}.",
            "This kind of document is handed in by {side}.",
        ),
        "document.wrong_status": (
            "Dokumentet har status {status} och kan inte {action} nu.",
            "The document is {status} and cannot be {action} now.",
        ),
        "document.needs_new_version": (
            "Ladda upp en rättad version innan du skickar in igen; granskarens kommentar: {comment}",
            "Upload a corrected version before submitting again; the reviewer's comment: {comment}",
        ),
        "document.no_version": ("Dokumentet saknar fil.", "The document has no file."),
        "document.version_not_found": ("Versionen finns inte.", "No such version."),
        "document.structured_no_file": (
            "Rapporten skrivs i formuläret i Kundval: ändra svaren där i stället för att ladda upp en fil.",
            "This report is written in Kundval's form: change the answers there instead of uploading a file.",
        ),
        "document.return_needs_comment": (
            "Skriv en kommentar om vad som ska rättas.",
            "Write a comment saying what to correct.",
        ),
    }
)

ACTIONS = {
    "add_version": ("få en ny version", "given a new version"),
    "submit": ("skickas in", "submitted"),
    "approve": ("godkännas", "approved"),
    "return": ("återremitteras", "returned"),
}

STATUS_WORDS = {
    DocumentStatus.DRAFT: ("utkast", "a draft"),
    DocumentStatus.SUBMITTED: ("inskickad", "submitted"),
    DocumentStatus.RETURNED: ("återremitterad", "returned"),
    DocumentStatus.APPROVED: ("godkänd", "approved"),
}


def status_error(document: Document, action: str) -> ApiError:
    return ApiError(
        "document.wrong_status", status_code=409, status=STATUS_WORDS[document.status], action=ACTIONS[action]
    )
