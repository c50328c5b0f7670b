"""Every model, imported in one place so that Alembic and the schema test see the whole metadata."""

from kundval.core.db import metadata
from kundval.domain.accounts.models import ExternalIdentity, LoginSession, LoginThrottle, User, UserRole
from kundval.domain.providers.models import Provider

__all__ = ["metadata", "ExternalIdentity", "LoginSession", "LoginThrottle", "Provider", "User", "UserRole"]
