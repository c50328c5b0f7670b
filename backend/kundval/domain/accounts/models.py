"""Accounts: users, their roles, linked external identities, sign-in sessions and the login throttle."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from advanced_alchemy.types import DateTimeUTC
from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kundval.core.db import Base
from kundval.core.security import Role
from kundval.core.types import str_enum


class User(Base):
    """A person who signs in. Municipal staff have no provider; provider staff carry their provider's id.

    ``password_hash`` is empty for users who sign in only through OpenID Connect (see :class:`ExternalIdentity`).
    """

    __tablename__ = "user_account"

    username: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320), default=None)
    password_hash: Mapped[str | None] = mapped_column(String(200), default=None)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    provider_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("provider.id"), default=None, index=True)

    role_rows: Mapped[list[UserRole]] = relationship(
        back_populates="user", cascade="all, delete-orphan", lazy="selectin"
    )

    @property
    def roles(self) -> frozenset[Role]:
        return frozenset(row.role for row in self.role_rows)


class UserRole(Base):
    """One role of a user; a table rather than a list column so that 'every coach of provider X' is a plain join."""

    __tablename__ = "user_role"
    __table_args__ = (UniqueConstraint("user_id", "role"),)

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    role: Mapped[Role] = mapped_column(str_enum(Role, 20))
    user: Mapped[User] = relationship(back_populates="role_rows")


class ExternalIdentity(Base):
    """A link from an OpenID Connect subject at an issuer to a user, so sign-in can move to the municipality's IdP."""

    __tablename__ = "external_identity"
    __table_args__ = (UniqueConstraint("issuer", "subject"),)

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    issuer: Mapped[str] = mapped_column(String(500))
    subject: Mapped[str] = mapped_column(String(255))


class LoginSession(Base):
    """A server-side session. Only the SHA-256 of the cookie's token is stored, so a copy of the table signs no one
    in."""

    __tablename__ = "login_session"

    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True), index=True)
    user_agent: Mapped[str | None] = mapped_column(String(300), default=None)


class LoginThrottle(Base):
    """Failed sign-ins counted per key (a username or a client address); see ``throttle.py`` for the rule."""

    __tablename__ = "login_throttle"

    key: Mapped[str] = mapped_column(String(200), unique=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))
    locked_until: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True), default=None)


class StandIn(Base):
    """A supervisor names ``stand_in_id`` to cover ``counsellor_id``'s caseload from ``valid_from`` to ``valid_to``
    (inclusive), e.g. during leave; the stand-in then sees and works those cases."""

    __tablename__ = "stand_in"

    counsellor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    stand_in_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date] = mapped_column(Date)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("user_account.id"), default=None)
