"""Every model, imported in one place so that Alembic and the schema test see the whole metadata."""

from kundval.core.db import metadata
from kundval.domain.absence.models import Absence
from kundval.domain.accounts.models import ExternalIdentity, LoginSession, LoginThrottle, StandIn, User, UserRole
from kundval.domain.audit.models import AuditEvent, AuditEventClient
from kundval.domain.cases.models import Case, CaseEvent
from kundval.domain.choices.models import ChoiceCode
from kundval.domain.clients.models import Client
from kundval.domain.documents.models import Document, DocumentReview, DocumentVersion
from kundval.domain.messages.models import Message
from kundval.domain.profiles.models import ProviderProfile
from kundval.domain.providers.models import Provider, ProviderAuthorization
from kundval.domain.tasks.models import AbsenceHandled, ProgressionReview

__all__ = [
    "metadata",
    "Absence",
    "AbsenceHandled",
    "AuditEvent",
    "AuditEventClient",
    "ChoiceCode",
    "ProviderProfile",
    "ProgressionReview",
    "Case",
    "CaseEvent",
    "Client",
    "Document",
    "DocumentReview",
    "DocumentVersion",
    "ExternalIdentity",
    "LoginSession",
    "LoginThrottle",
    "Message",
    "Provider",
    "ProviderAuthorization",
    "StandIn",
    "User",
    "UserRole",
]
