"""What a field is called where a person fills it in, so that a 422 names the form's field, not the API's key.

The labels are the forms' own (frontend ``shared/i18n``, key in the comment); a key missing here is shown as is.
A nested key (``addresses[0].street``) is named by its last part. Areas add their fields with
:func:`register_field_labels`.
"""

from __future__ import annotations

import re

# API key -> (Swedish, English)
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "username": ("Användarnamn", "Username"),  # login.username
    "password": ("Lösenord", "Password"),  # login.password
    "personal_number": ("Personnummer", "Personal identity number"),  # client.personalNumber
    "first_name": ("Förnamn", "First name"),  # client.firstName
    "last_name": ("Efternamn", "Last name"),  # client.lastName
    "email": ("E-post", "Email"),  # client.email
    "phone": ("Telefon", "Phone"),  # client.phone
    "language": ("Språk", "Language"),  # client.language
    "district": ("Område", "District"),  # client.district
    "protected_identity": ("Skyddad identitet", "Protected identity"),  # client.protectedIdentity
    "social_assistance": ("Försörjningsstöd", "Social assistance"),  # client.socialAssistance
    "establishment_programme": ("Etableringsprogrammet", "Establishment programme"),  # client.establishmentProgramme
    "language_obstacle": ("Bristande svenskkunskaper", "Limited Swedish"),  # client.languageObstacle
    "intervention": ("Insats", "Intervention"),  # case.intervention
    "decision_date": ("Beslutsdatum", "Decision date"),  # case.decisionDate
    "scope_percent": ("Omfattning (%)", "Scope (%)"),  # case.scopePercent
    "start_date": ("Startdatum", "Start date"),  # case.startDate
    "planned_end_date": ("Planerat slutdatum", "Planned end date"),  # case.plannedEndDate
    "assignment": ("Uppdrag", "Assignment"),  # case.assignment
    "future_plan": ("Framtidsplan", "Future plan"),  # case.futurePlan
    "reason": ("Orsak", "Reason"),  # caseAction.end.reason
    "end_date": ("Slutdatum", "End date"),  # caseAction.end.endDate
    "new_provider_id": ("Ny anordnare", "New provider"),  # caseAction.end.newProvider
    "note": ("Anteckning", "Note"),  # absence.form.note
    "coach_id": ("Jobbexpert", "Coach"),  # case.coach
    "provider_id": ("Anordnare", "Provider"),  # caseAction.queue.provider
    "client_id": ("Klient", "Client"),  # case.client
    "counsellor_id": ("Karriärvägledare", "Counsellor"),  # standIns.counsellor
    "stand_in_id": ("Ställföreträdare", "Stand-in"),  # standIns.standIn
    "name": ("Namn", "Name"),  # provider.name
    "org_number": ("Organisationsnummer", "Organisation number"),  # provider.orgNumber
    "status": ("Status", "Status"),  # provider.status
    "districts": ("Områden", "Districts"),  # provider.districts
    "addresses": ("Adresser", "Addresses"),  # provider.addresses
    "street": ("Gatuadress", "Street address"),  # provider.street
    "postal_code": ("Postnummer", "Postal code"),  # provider.postalCode
    "city": ("Ort", "City"),  # provider.city
    "authorizations": ("Auktorisationer", "Authorizations"),  # provider.authorizations
    "valid_from": ("Gäller från", "Valid from"),  # provider.validFrom
    "valid_to": ("Gäller till", "Valid to"),  # provider.validTo
    "description": ("Beskrivning", "Description"),  # profiles.description
    "languages": ("Språk", "Languages"),  # profiles.languages
    "industries": ("Branscher", "Industries"),  # profiles.industries
    "specialisations": ("Inriktningar", "Specialisations"),  # profiles.specialisations
    "target_groups": ("Målgrupper", "Target groups"),  # profiles.targetGroups
    "group_activities": ("Gruppaktiviteter", "Group activities"),  # profiles.groupActivities
    "remote": ("Distans", "Remote"),  # profiles.remote
    "on_site": ("På plats", "On site"),  # profiles.onSite
    "website": ("Webbplats", "Website"),  # profiles.website
    "type": ("Typ", "Type"),  # absence.form.type
    "date_from": ("Från", "From"),  # absence.form.from
    "date_to": ("Till", "To"),  # absence.form.to
    "hours": ("Timmar (del av dag)", "Hours (part of a day)"),  # absence.form.hours
    "comment": ("Kommentar", "Comment"),  # documents.review.comment
    "file": ("Fil", "File"),  # documents.upload.file
    "kind": ("Dokumenttyp", "Document type"),  # documents.upload.kind
    "month": ("Månad", "Month"),  # documents.upload.month
    "q": ("Sök klient", "Search clients"),  # clients.search
    "admin": ("Administratör", "Administrator"),  # staffForm.admin
    "limit": ("Antal per sida", "Page size"),
    "offset": ("Hoppa över", "Rows to skip"),
}


def register_field_labels(labels: dict[str, tuple[str, str]]) -> None:
    """Add an area's field labels; a key may be labelled once only."""
    clash = FIELD_LABELS.keys() & labels.keys()
    if clash:
        raise ValueError(f"field labels defined twice: {sorted(clash)}")
    FIELD_LABELS.update(labels)


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def field_label(key: str, language: str) -> str:
    """The form's name for an API key (``sv`` or ``en``); the key itself when no form names it."""
    names = _NAME.findall(key)
    labels = FIELD_LABELS.get(names[-1]) if names else None
    if labels is None:
        return key
    return labels[1] if language == "en" else labels[0]
