"""The e-mail a notification writes to the outbox, in the transaction of the change that causes it.

Every mail is built here from the tables of :mod:`kundval.domain.messages.notifications`, so no caller can put a
name, a personal number or a document's text into one: the only inputs are a kind, a case id and counts.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.settings import load_settings
from kundval.domain.accounts.models import User
from kundval.domain.mail.outbox import enqueue
from kundval.domain.messages.models import NotificationChoice
from kundval.domain.messages.notifications import (
    GROUPS,
    SETTINGS_PATH,
    SHARED_MAILBOX_KINDS,
    Delivery,
    group_of,
    link_path,
    sentence,
)
from kundval.domain.providers.models import Provider

SUBJECT_PREFIX = "Kundval: "
DIGEST_KIND = "digest"


@functools.cache
def public_url() -> str:
    """The base of every link (``KUNDVAL_PUBLIC_URL``), read once like the other settings."""
    settings = load_settings()
    base = getattr(settings, "public_url", None) or f"http://{settings.host}:{settings.port}"
    return str(base).rstrip("/")


def _body(swedish: Sequence[str], english: Sequence[str], path: str, *, personal: bool) -> str:
    link = public_url() + path
    lines = [*swedish, "", f"Öppna i Kundval: {link}", ""]
    lines += [*english, "", f"Open in Kundval: {link}"]
    if personal:
        settings = public_url() + SETTINGS_PATH
        lines += [
            "",
            "--",
            f"Du väljer själv vilka brev du får: {settings}",
            f"You choose which mails you get: {settings}",
        ]
    return "\n".join(lines) + "\n"


def _deliverable(address: str | None) -> bool:
    """An address the outbox takes; an account without one (or with a malformed one) gets no mail rather than
    failing the change that notifies it."""
    return bool(address) and "@" in (address or "") and "\n" not in (address or "")


async def mail_shared_mailbox(session: AsyncSession, provider_id: uuid.UUID, kind: str) -> None:
    """A newly queued client: one mail to the provider's shared mailbox, at once (no one chooses for it)."""
    if kind not in SHARED_MAILBOX_KINDS:
        return
    address = await session.scalar(select(Provider.email).where(Provider.id == provider_id))
    if not _deliverable(address):
        return
    swedish, english = sentence(kind)
    await enqueue(
        session,
        to=address or "",
        subject=SUBJECT_PREFIX + swedish.rstrip("."),
        body=_body([swedish], [english], link_path(kind, None), personal=False),
        kind=kind,
    )


async def mail_user(session: AsyncSession, recipient_id: uuid.UUID, case_id: uuid.UUID | None, kind: str) -> None:
    """A message to one person: mailed at once if that person chose so for its group, has an address and is
    active; otherwise the digest or nothing takes it."""
    row = (
        await session.execute(
            select(User.email, NotificationChoice.delivery)
            .outerjoin(
                NotificationChoice,
                (NotificationChoice.user_id == User.id) & (NotificationChoice.group == group_of(kind)),
            )
            .where(User.id == recipient_id, User.is_active.is_(True))
        )
    ).first()
    if row is None or not _deliverable(row.email):
        return
    delivery = Delivery(row.delivery) if row.delivery is not None else GROUPS[group_of(kind)].default
    if delivery != Delivery.IMMEDIATELY:
        return
    swedish, english = sentence(kind)
    await enqueue(
        session,
        to=row.email or "",
        subject=SUBJECT_PREFIX + swedish.rstrip("."),
        body=_body([swedish], [english], link_path(kind, case_id), personal=True),
        kind=kind,
    )


async def mail_digest(session: AsyncSession, address: str, swedish: Sequence[str], english: Sequence[str]) -> None:
    """One person's digest of the day (counts only, built by :mod:`kundval.domain.messages.digest`)."""
    await enqueue(
        session,
        to=address,
        subject=SUBJECT_PREFIX + "dagens sammanfattning",
        body=_body(swedish, english, "/", personal=True),
        kind=DIGEST_KIND,
    )
