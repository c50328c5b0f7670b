"""The audit log is append-only in the database itself (migration 0002's triggers): UPDATE and DELETE are
refused on PostgreSQL and SQLite alike, and TRUNCATE on PostgreSQL, even as raw SQL through the app's account."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

from kundval.core import clock
from kundval.domain.audit.models import AuditEvent, AuditEventClient


async def test_update_and_delete_are_refused(engine: AsyncEngine) -> None:
    username = f"append-only-{uuid.uuid4().hex[:8]}"
    async with engine.begin() as conn:
        await conn.execute(
            insert(AuditEvent).values(
                at=clock.now(), username=username, roles="admin", action="read", object_type="client", detail="original"
            )
        )
    statements = [
        "UPDATE audit_event SET detail = 'rewritten' WHERE username = :username",
        "UPDATE audit_event SET username = 'someone-else' WHERE username = :username",
        "DELETE FROM audit_event WHERE username = :username",
        "DELETE FROM audit_event",
    ]
    if engine.dialect.name == "postgresql":
        statements.append("TRUNCATE audit_event")
    for statement in statements:
        with pytest.raises(DBAPIError, match="append-only"):
            async with engine.begin() as conn:
                await conn.execute(text(statement), {"username": username})
    async with engine.connect() as conn:
        rows = (await conn.execute(select(AuditEvent.detail).where(AuditEvent.username == username))).all()
        assert [tuple(row) for row in rows] == [("original",)]
        assert await conn.scalar(select(func.count()).select_from(AuditEvent)) >= 1


async def test_the_clients_a_list_view_showed_are_append_only_too(engine: AsyncEngine) -> None:
    client_id = uuid.uuid4()
    async with engine.begin() as conn:
        event_id = await conn.scalar(
            insert(AuditEvent)
            .values(
                at=clock.now(),
                username="append-only-list",
                roles="admin",
                action="list",
                object_type="client",
                detail="",
            )
            .returning(AuditEvent.id)
        )
        await conn.execute(insert(AuditEventClient).values(event_id=event_id, object_id=client_id, client_id=client_id))
    statements = [
        "UPDATE audit_event_client SET client_id = NULL WHERE event_id = :event_id",
        "DELETE FROM audit_event_client WHERE event_id = :event_id",
    ]
    if engine.dialect.name == "postgresql":
        statements.append("TRUNCATE audit_event_client")
    for statement in statements:
        with pytest.raises(DBAPIError, match="append-only"):
            async with engine.begin() as conn:
                await conn.execute(text(statement), {"event_id": event_id})
    async with engine.connect() as conn:
        assert (
            await conn.scalar(
                select(func.count()).select_from(AuditEventClient).where(AuditEventClient.event_id == event_id)
            )
            == 1
        )
