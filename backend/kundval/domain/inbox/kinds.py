"""What each kind of message says, in Swedish and English.

A message is stored as a kind with parameters and rendered when it is read, in the reader's language (as error
details are, by Accept-Language) and with the client named as far as the reader may see them. ``{client}`` is filled
by :mod:`kundval.domain.inbox.views`; coded parameters (intervention, document kind, end reason) are turned into
words here. A kind this table does not know (or ``legacy``) shows the subject and body stored with it.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping

from kundval.core.errors import Language
from kundval.domain.cases.deadlines import PUBLISH_WITHIN_DAYS
from kundval.domain.documents.models import KIND_NAMES_SV, DocumentKind
from kundval.domain.interventions.catalogue import INTERVENTIONS, Intervention

# kind -> ((Swedish subject, English subject), (Swedish body, English body))
KINDS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "case_queued": (
        ("Ny kund i kö: {client}, {intervention}", "New client in the queue: {client}, {intervention}"),
        (
            "Beslutsdatum {decision_date}. Bemanna eller lämna tillbaka i Kundval.",
            "Decided on {decision_date}. Claim or hand back in Kundval.",
        ),
    ),
    "case_queued_changed_provider": (
        (
            "Ny kund i kö (byte av anordnare): {client}, {intervention}",
            "New client in the queue (change of provider): {client}, {intervention}",
        ),
        ("Beslutsdatum {decision_date}.", "Decided on {decision_date}."),
    ),
    "case_handed_back": (
        ("Ärende lämnat tillbaka av anordnaren: {client}", "Case handed back by the provider: {client}"),
        ("{reason}", "{reason}"),
    ),
    "case_claimed": (
        ("Ärendet är bemannat: {client}", "The case has been claimed: {client}"),
        (
            "Jobbexpert: {coach}. Publicera uppdraget inom {publish_within_days} dagar.",
            "Coach: {coach}. Publish the assignment within {publish_within_days} days.",
        ),
    ),
    "case_published": (
        ("Uppdraget är publicerat: {client}", "The assignment has been published: {client}"),
        ("Start {start_date}.", "Starts on {start_date}."),
    ),
    "case_ended": (
        ("Insatsen är avslutad: {client}", "The intervention has ended: {client}"),
        ("Slutdatum {end_date}, orsak: {end_reason}.", "End date {end_date}, reason: {end_reason}."),
    ),
    "document_submitted": (
        ("Dokument att granska: {document_kind}, {client}", "Document to review: {document_kind}, {client}"),
        ("Version {version} är inskickad.", "Version {version} has been submitted."),
    ),
    "document_approved": (
        ("Dokument godkänt: {document_kind}, {client}", "Document approved: {document_kind}, {client}"),
        ("Version {version} är godkänd.", "Version {version} has been approved."),
    ),
    "document_returned": (
        ("Dokument återremitterat: {document_kind}, {client}", "Document returned: {document_kind}, {client}"),
        ("{comment}", "{comment}"),
    ),
    "case_reopened": (
        ("Avslutet är ångrat: {client}", "The ending was undone: {client}"),
        ("Ärendet är {status} igen: insatsen fortsätter.", "The case is {status} again: the intervention goes on."),
    ),
    "case_withdrawn": (
        ("Kund borttagen ur kön: {intervention}", "Client withdrawn from the queue: {intervention}"),
        (
            "Karriärvägledaren har tagit tillbaka kunden före bemanning.",
            "The career counsellor took the client back before it was claimed.",
        ),
    ),
    "case_moved_away": (
        ("Kund flyttad från er kö: {intervention}", "Client moved from your queue: {intervention}"),
        ("Kunden står nu i kö hos en annan anordnare.", "The client is now queued at another provider."),
    ),
    "case_corrected": (
        ("Beslutet är korrigerat: {client}", "The decision was corrected: {client}"),
        ("Ändrat: {fields}.", "Changed: {fields}."),
    ),
    "leave_over_limit": (
        ("Ledighet över {limit} dagar: {client}", "Leave over {limit} days: {client}"),
        (
            "Ledigheten {first}–{last} är {days} dagar. En kund utan försörjningsstöd får vara ledig högst {limit} "
            "dagar: insatsen ska avslutas och ett nytt beslut fattas om insats behövs (rutin 002 §3.5).",
            "The leave {first}–{last} is {days} days. A client without social assistance may take at most {limit} "
            "days of leave: the intervention must end and a new decision be made if one is needed (routine 002 §3.5).",
        ),
    ),
    "coach_changed": (
        ("Ny jobbexpert: {client}", "New coach: {client}"),
        (
            "Anordnaren har bytt jobbexpert från {old_coach} till {new_coach}.",
            "The provider has changed the coach from {old_coach} to {new_coach}.",
        ),
    ),
    "staff_joined": (
        ("Ny personal hos {provider}: {person}", "New staff at {provider}: {person}"),
        (
            "{person} har fått ett konto som {staff_role} hos {provider}.",
            "{person} has been given an account as {staff_role} at {provider}.",
        ),
    ),
    "staff_left": (
        ("Personal har slutat hos {provider}: {person}", "Staff have left {provider}: {person}"),
        (
            "{person}s konto som {staff_role} hos {provider} är avslutat.",
            "{person}'s account as {staff_role} at {provider} has been closed.",
        ),
    ),
    "case_post": (
        ("Nytt meddelande i ärendet: {client}", "New message on the case: {client}"),
        (
            "Från {author}. Läs och svara i ärendets konversation.",
            "From {author}. Read and reply in the case's conversation.",
        ),
    ),
    "choice_made": (
        ("Kunden har valt anordnare: {client}", "The client has chosen a provider: {client}"),
        ("{provider}. Ställ kunden i kö hos anordnaren.", "{provider}. Queue the client at that provider."),
    ),
}


class KindGroup(enum.StrEnum):
    """The inbox's filter by what a message is about: the case's conversation, the case's own steps, its
    documents, or the staff (a coach who joins or leaves, a change of coach)."""

    CONVERSATION = "conversation"
    CASE_EVENTS = "case_events"
    DOCUMENTS = "documents"
    STAFF = "staff"


# The kinds of each group but the case events, which are every other kind (legacy ones too), so that a kind added
# later lands there until it is named here. Staff kinds are named by their prefix ``staff_`` as well.
GROUP_KINDS: dict[KindGroup, frozenset[str]] = {
    KindGroup.CONVERSATION: frozenset({"case_post"}),
    KindGroup.DOCUMENTS: frozenset({"document_submitted", "document_approved", "document_returned"}),
    KindGroup.STAFF: frozenset({"coach_changed"}),
}
STAFF_PREFIX = "staff_"


def group_of(kind: str) -> KindGroup:
    """The group a message of ``kind`` is filtered under."""
    if kind.startswith(STAFF_PREFIX):
        return KindGroup.STAFF
    return next((group for group, kinds in GROUP_KINDS.items() if kind in kinds), KindGroup.CASE_EVENTS)


# The English names of document kinds and end reasons; the Swedish document names are the documents area's own.
DOCUMENT_KINDS_EN = {
    "implementation_plan": "implementation plan",
    "revised_plan": "revised implementation plan",
    "monthly_report": "monthly report",
    "final_report": "final report",
    "bonus_report": "bonus report",
    "three_party_agreement": "three-party agreement",
    "af_internship_form": "Arbetsförmedlingen's internship form",
    "employment_certificate": "employment certificate",
    "study_certificate": "study certificate",
    "medical_certificate": "medical certificate",
    "child_care_certificate": "child-care certificate",
    "attendance_report": "attendance report",
    "voucher_application": "voucher application",
    "assignment_basis": "assignment basis",
    "interruption_notice": "interruption notice",
}
END_REASONS = {
    "work": ("arbete", "work"),
    "studies": ("studier", "studies"),
    "own_business": ("eget företag", "own business"),
    "other_intervention": ("annan insats beslutad", "another intervention decided"),
    "changed_provider": ("byte av anordnare", "change of provider"),
    "other_authority": ("insats via annan myndighet", "intervention via another authority"),
    "unforeseen": ("oförutsedd händelse", "unforeseen event"),
    "lack_of_time": ("tidsbrist", "lack of time"),
    "sick_leave": ("sjukskrivning över två veckor", "sick leave over two weeks"),
    "provider_shortcomings": ("brister hos anordnaren", "shortcomings of the provider"),
}

STATUSES = {
    "decided": ("beslutat", "decided"),
    "queued": ("i kö", "queued"),
    "claimed": ("bemannat", "claimed"),
    "active": ("pågående", "active"),
    "ended": ("avslutat", "ended"),
}
STAFF_ROLES = {
    "provider_admin": ("administratör", "administrator"),
    "provider_staff": ("jobbexpert", "coach"),
}
CORRECTED_FIELDS = {
    "decision_date": ("beslutsdatum", "decision date"),
    "start_date": ("startdatum", "start date"),
    "planned_end_date": ("planerat slutdatum", "planned end date"),
    "end_date": ("slutdatum", "end date"),
    "scope_percent": ("omfattning", "scope"),
    "assignment": ("uppdraget", "assignment"),
    "future_plan": ("framtidsplanen", "future plan"),
}


def _words(params: Mapping[str, str], language: Language) -> dict[str, str]:
    english = language == "en"
    words = dict(params)
    if (code := params.get("intervention")) in INTERVENTIONS:
        names = INTERVENTIONS[Intervention(code)].names
        words["intervention"] = names[1] if english else names[0]
    if (code := params.get("document_kind")) in DOCUMENT_KINDS_EN:
        words["document_kind"] = DOCUMENT_KINDS_EN[code] if english else KIND_NAMES_SV[DocumentKind(code)]
    if (code := params.get("end_reason")) in END_REASONS:
        words["end_reason"] = END_REASONS[code][1 if english else 0]
    if (code := params.get("status")) in STATUSES:
        words["status"] = STATUSES[code][1 if english else 0]
    if (code := params.get("staff_role")) in STAFF_ROLES:
        words["staff_role"] = STAFF_ROLES[code][1 if english else 0]
    if "fields" in params:
        words["fields"] = ", ".join(
            CORRECTED_FIELDS[f][1 if english else 0] if f in CORRECTED_FIELDS else f
            for f in params["fields"].split(",")
        )
    return words


# Parameters that a kind's words name but messages stored before the words named them lack: the rule's number as
# it stands now, rather than a dash ("publish within – days" in claim messages stored before issue 10).
FILLED_IN: dict[str, dict[str, str]] = {"case_claimed": {"publish_within_days": str(PUBLISH_WITHIN_DAYS)}}


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "–"


def render(kind: str, params: Mapping[str, str], client: str | None, language: Language) -> tuple[str, str] | None:
    """The subject and body of a message of ``kind``; None for a kind without words (legacy)."""
    texts = KINDS.get(kind)
    if texts is None:
        return None
    index = 1 if language == "en" else 0
    values = _Blank({**FILLED_IN.get(kind, {}), **_words(params, language)}, client=client or "–")
    (subject, body) = (texts[0][index], texts[1][index])
    return subject.format_map(values), body.format_map(values)
