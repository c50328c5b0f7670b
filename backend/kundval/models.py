"""Every model, imported in one place so that Alembic and the schema test see the whole metadata."""

from kundval.core.db import metadata
from kundval.domain.absence.models import Absence
from kundval.domain.accounts.models import ExternalIdentity, LoginSession, LoginThrottle, StandIn, User, UserRole
from kundval.domain.audit.models import AuditEvent, AuditEventClient
from kundval.domain.calendar.models import NonWorkingDay
from kundval.domain.cases.models import Case, CaseEvent
from kundval.domain.choices.models import ChoiceCode
from kundval.domain.clients.models import Client
from kundval.domain.conversations.models import ConversationPost, ConversationRead
from kundval.domain.documents.models import Document, DocumentReview, DocumentVersion
from kundval.domain.mail.models import OutboxMail
from kundval.domain.messages.models import DigestSent, Message, NotificationChoice
from kundval.domain.oversight.models import ProviderNotice
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
    "ConversationPost",
    "ConversationRead",
    "Document",
    "DocumentReview",
    "DocumentVersion",
    "ExternalIdentity",
    "LoginSession",
    "LoginThrottle",
    "Message",
    "NonWorkingDay",
    "NotificationChoice",
    "DigestSent",
    "OutboxMail",
    "Provider",
    "ProviderNotice",
    "ProviderAuthorization",
    "StandIn",
    "User",
    "UserRole",
]
