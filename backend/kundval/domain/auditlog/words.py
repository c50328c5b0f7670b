"""The audit log's events in words, in Swedish and English, for the log view, its filter and its CSV export.

Events are stored as codes (action, object type) so that the log itself never changes; the words are chosen when it
is read. An event this table does not know (an area may add one) shows as its codes.
"""

from __future__ import annotations

from kundval.core.errors import Language

# (action, object type) -> (Swedish, English)
EVENTS: dict[tuple[str, str], tuple[str, str]] = {
    ("create", "client"): ("Registrerade klienten", "Registered the client"),
    ("read", "client"): ("Läste klientens uppgifter", "Read the client's details"),
    ("list", "client"): ("Sökte och listade klienter", "Searched and listed clients"),
    ("update", "client"): ("Ändrade klientens uppgifter", "Changed the client's details"),
    ("create", "case"): ("Beslutade en insats", "Decided an intervention"),
    ("read", "case"): ("Öppnade ärendet", "Opened the case"),
    ("list", "case"): ("Listade ärenden", "Listed cases"),
    ("list_queue", "case"): ("Listade anordnarens kö", "Listed the provider's queue"),
    ("read_history", "case"): ("Läste ärendets historik", "Read the case's history"),
    ("queue", "case"): ("Ställde i kö hos anordnare", "Queued at a provider"),
    ("hand_back", "case"): ("Lämnade tillbaka ärendet", "Handed the case back"),
    ("claim", "case"): ("Bemannade ärendet", "Claimed the case"),
    ("publish", "case"): ("Publicerade uppdraget", "Published the assignment"),
    ("end", "case"): ("Avslutade insatsen", "Ended the intervention"),
    ("change_coach", "case"): ("Bytte jobbexpert", "Changed the coach"),
    ("reassign", "case"): ("Flyttade till en annan karriärvägledare", "Moved to another counsellor"),
    ("issue_choice_code", "case"): ("Skapade en valkod", "Issued a choice code"),
    ("create", "document"): ("Skapade ett dokument", "Created a document"),
    ("read", "document"): ("Öppnade ett dokument", "Opened a document"),
    ("list", "document"): ("Listade ärendets dokument", "Listed the case's documents"),
    ("list_reviews", "document"): ("Listade dokument att granska", "Listed documents to review"),
    ("update", "document"): ("Ändrade ett dokument", "Changed a document"),
    ("upload", "document"): ("Laddade upp ett dokument", "Uploaded a document"),
    ("download", "document"): ("Laddade ner ett dokument", "Downloaded a document"),
    ("submit", "document"): ("Lämnade in ett dokument", "Submitted a document"),
    ("approve", "document"): ("Godkände ett dokument", "Approved a document"),
    ("return", "document"): ("Återremitterade ett dokument", "Returned a document"),
    ("read", "absence"): ("Läste frånvaroregistret", "Read the absence register"),
    ("create", "absence"): ("Registrerade frånvaro", "Registered absence"),
    ("delete", "absence"): ("Tog bort frånvaro", "Deleted absence"),
    ("read", "attendance"): ("Läste närvarounderlaget", "Read the attendance record"),
    ("handle", "absence"): ("Markerade ogiltig frånvaro som hanterad", "Marked invalid absence as handled"),
    ("list", "task"): ("Listade att göra-listan", "Listed the to-do list"),
    ("create", "progression_review"): ("Registrerade uppföljning av progression", "Recorded a review of progression"),
    ("create", "stand_in"): ("Utsåg en ställföreträdare", "Named a stand-in"),
    ("delete", "stand_in"): ("Avslutade ett ställföreträdarskap", "Ended a stand-in"),
}


def event_words(action: str, object_type: str, language: Language) -> str:
    """E.g. ``("read", "client")`` → "Läste klientens uppgifter" / "Read the client's details"."""
    words = EVENTS.get((action, object_type))
    if words is None:
        return f"{action} ({object_type})"
    return words[1] if language == "en" else words[0]
