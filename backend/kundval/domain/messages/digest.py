"""The daily digest (`kundval notify --digest`): one mail per person per day with what they chose to get there.

For each active person with an address: the unread messages of the groups they get in the digest, counted per
group, and, if they get "late" in the digest, what is late for them counted per deadline rule. Counts only, never a
name. An empty digest sends nothing. The digest of (person, day) is recorded by a unique row written in the same
transaction as its mail, so two runs at once or a second run the same day send it once.

The deadline rules live in the tasks area, above this one, so what is late is passed in (``late``): the command
wires the tasks service in (:mod:`kundval.cli`).
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable, Sequence
from datetime import date

from advanced_alchemy.mixins.uuid import uuid7
from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kundval.core import clock
from kundval.core.db import rows_changed
from kundval.core.security import Principal, Role
from kundval.domain.accounts.models import User, UserRole
from kundval.domain.messages.mailing import mail_digest
from kundval.domain.messages.models import DigestSent, Message, NotificationChoice
from kundval.domain.messages.notifications import GROUP_NAMES, GROUPS, Delivery, NotificationGroup, group_of

# One line of what is late: (Swedish name of the rule, English name, how many items are overdue).
LateLine = tuple[str, str, int]
Late = Callable[[AsyncSession, Principal], Awaitable[Sequence[LateLine]]]


async def no_late(_session: AsyncSession, _principal: Principal) -> Sequence[LateLine]:
    return ()


def _messages_sv(n: int) -> str:
    return "1 oläst meddelande" if n == 1 else f"{n} olästa meddelanden"


def _messages_en(n: int) -> str:
    return "1 unread message" if n == 1 else f"{n} unread messages"


def digest_text(
    day: date, unread: dict[NotificationGroup, int], late: Sequence[LateLine]
) -> tuple[list[str], list[str]] | None:
    """The Swedish and English lines of one digest; None when there is nothing to say."""
    unread = {group: n for group, n in unread.items() if n > 0}
    late = [line for line in late if line[2] > 0]
    if not unread and not late:
        return None
    swedish = [f"Sammanfattning för {day.isoformat()}:"]
    english = [f"Summary for {day.isoformat()}:"]
    for group in GROUPS:  # the table's order
        if group in unread:
            swedish.append(f"- {GROUP_NAMES[group][0]}: {_messages_sv(unread[group])}")
            english.append(f"- {GROUP_NAMES[group][1]}: {_messages_en(unread[group])}")
    if late:
        swedish.append(f"- {GROUP_NAMES[NotificationGroup.LATE][0]}:")
        english.append(f"- {GROUP_NAMES[NotificationGroup.LATE][1]}:")
        for name_sv, name_en, count in late:
            swedish.append(f"  - {name_sv}: {count}")
            english.append(f"  - {name_en}: {count}")
    return swedish, english


async def _digest_groups(session: AsyncSession, user_ids: list[uuid.UUID]) -> dict[uuid.UUID, set[NotificationGroup]]:
    chosen: dict[uuid.UUID, dict[NotificationGroup, Delivery]] = defaultdict(dict)
    rows = await session.execute(
        select(NotificationChoice.user_id, NotificationChoice.group, NotificationChoice.delivery).where(
            NotificationChoice.user_id.in_(user_ids)
        )
    )
    for user_id, group, delivery in rows.tuples():
        chosen[user_id][NotificationGroup(group)] = Delivery(delivery)
    return {
        user_id: {
            group.group
            for group in GROUPS.values()
            if chosen[user_id].get(group.group, group.default) == Delivery.DIGEST
        }
        for user_id in user_ids
    }


async def send_digests(
    sessions: async_sessionmaker[AsyncSession], *, late: Late = no_late, day: date | None = None
) -> int:
    """Write today's digest of every person who has one to the outbox; the number written by this run."""
    day = day or clock.today()
    async with sessions() as session:
        users = (
            await session.scalars(
                select(User)
                .where(User.is_active.is_(True), User.email.is_not(None), User.email != "")
                .where(~select(DigestSent.id).where(DigestSent.user_id == User.id, DigestSent.day == day).exists())
                .order_by(User.id)
            )
        ).all()
        ids = [user.id for user in users]
        roles: dict[uuid.UUID, set[Role]] = defaultdict(set)
        for user_id, role in await session.execute(
            select(UserRole.user_id, UserRole.role).where(UserRole.user_id.in_(ids))
        ):
            roles[user_id].add(Role(role))
        groups = await _digest_groups(session, ids)
        unread: dict[uuid.UUID, Counter[NotificationGroup]] = defaultdict(Counter)
        for recipient_id, kind, count in await session.execute(
            select(Message.recipient_id, Message.kind, func.count())
            .where(Message.recipient_id.in_(ids), Message.read_at.is_(None))
            .group_by(Message.recipient_id, Message.kind)
        ):
            if recipient_id is not None and group_of(kind) in groups[recipient_id]:
                unread[recipient_id][group_of(kind)] += count
        texts: list[tuple[uuid.UUID, str, list[str], list[str]]] = []
        for user in users:
            # The person as a request of theirs would see them, for the tasks service's scoping.
            principal = Principal(
                user.id, user.username, user.name, frozenset(roles[user.id]), user.provider_id, uuid.UUID(int=0)
            )
            lines = await late(session, principal) if NotificationGroup.LATE in groups[user.id] else ()
            text = digest_text(day, dict(unread[user.id]), lines)
            if text is not None:
                texts.append((user.id, user.email or "", *text))

    sent = 0
    for user_id, address, swedish, english in texts:
        async with sessions() as session, session.begin():
            if await _record(session, user_id, day):
                await mail_digest(session, address, swedish, english)
                sent += 1
    return sent


async def _record(session: AsyncSession, user_id: uuid.UUID, day: date) -> bool:
    """Claim (person, day): True for the one run whose row went in; a run that finds it there sends nothing. On
    PostgreSQL a second run at once waits for the first's commit and then finds the row."""
    insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    now = clock.now()
    statement = (
        insert(DigestSent)
        .values(id=uuid7(), user_id=user_id, day=day, created_at=now, updated_at=now)
        .on_conflict_do_nothing(index_elements=["user_id", "day"])
    )
    return await rows_changed(session, statement) == 1
