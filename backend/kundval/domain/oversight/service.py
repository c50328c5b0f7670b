"""A provider's shortcomings (§7.6): its late reports, the tellings recorded, and whether they give a ground."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core import clock
from kundval.core.errors import ApiError, register_messages
from kundval.core.security import Principal
from kundval.domain.accounts.models import User
from kundval.domain.audit.service import record
from kundval.domain.oversight import rules
from kundval.domain.oversight.lateness import OwedReport, owed_reports
from kundval.domain.oversight.models import ProviderNotice
from kundval.domain.oversight.schemas import (
    GroundOut,
    LateReport,
    NoticeCreate,
    NoticeOut,
    ProviderGround,
    ProviderGrounds,
    Shortcomings,
)
from kundval.domain.providers.models import Provider
from kundval.domain.providers.service import get_provider

register_messages(
    {
        "oversight.told_in_future": (
            "Datumet då anordnaren uppmärksammades kan inte ligga efter i dag ({today}).",
            "The day the provider was told cannot be after today ({today}).",
        ),
        "oversight.note_empty": (
            "Skriv vad anordnaren uppmärksammades på.",
            "Write what the provider was told.",
        ),
    }
)


def _ground(reports: list[OwedReport], told: list[date], today: date) -> GroundOut:
    found = rules.ground([r.lateness for r in reports], told, today)
    return GroundOut(
        exists=found.exists,
        over_a_month=found.over_a_month,
        late_after_notice=found.late_after_notice,
        repeated_after=rules.REPEATED_AFTER_NOTICE,
        last_told=found.last_told,
    )


def _notice_out(notice: ProviderNotice, names: dict[uuid.UUID, str]) -> NoticeOut:
    return NoticeOut(
        id=notice.id,
        provider_id=notice.provider_id,
        told_on=notice.told_on,
        subject=notice.subject,
        note=notice.note,
        told_by=names.get(notice.told_by_id) if notice.told_by_id else None,
        recorded_at=notice.created_at,
    )


async def _notices(session: AsyncSession, provider_id: uuid.UUID | None = None) -> list[ProviderNotice]:
    query = select(ProviderNotice).order_by(ProviderNotice.told_on.desc(), ProviderNotice.created_at.desc())
    if provider_id is not None:
        query = query.where(ProviderNotice.provider_id == provider_id)
    return list(await session.scalars(query))


async def shortcomings(session: AsyncSession, provider_id: uuid.UUID) -> Shortcomings:
    """The provider's late reports (latest due first), its tellings (latest first) and the §7.6 ground."""
    provider = await get_provider(session, provider_id)
    today = clock.today()
    late = [r for r in await owed_reports(session, provider_id) if r.lateness.late(today)]
    notices = await _notices(session, provider_id)
    authors = {n.told_by_id for n in notices if n.told_by_id}
    names = {uid: name for uid, name in await session.execute(select(User.id, User.name).where(User.id.in_(authors)))}
    last_told = notices[0].told_on if notices else None
    return Shortcomings(
        provider_id=provider.id,
        provider_name=provider.name,
        late_reports=[
            LateReport(
                rule=r.rule,
                case_id=r.case_id,
                due=r.lateness.due,
                handed_in=r.lateness.handed_in,
                days_late=r.lateness.days_late(today),
                over_a_month=r.lateness.over_a_month(today),
                after_notice=last_told is not None and r.lateness.due > last_told,
                month=r.month,
            )
            for r in sorted(late, key=lambda r: (r.lateness.due, r.rule), reverse=True)
        ],
        notices=[_notice_out(n, names) for n in notices],
        ground=_ground(late, [n.told_on for n in notices], today),
    )


async def grounds(session: AsyncSession) -> ProviderGrounds:
    """Every provider with a late report or a telling, those with a ground first: a fixed number of queries."""
    today = clock.today()
    late: dict[uuid.UUID, list[OwedReport]] = defaultdict(list)
    for report in await owed_reports(session):
        if report.lateness.late(today):
            late[report.provider_id].append(report)
    told: dict[uuid.UUID, list[date]] = defaultdict(list)
    for notice in await _notices(session):
        told[notice.provider_id].append(notice.told_on)
    ids = set(late) | set(told)
    rows = await session.execute(select(Provider.id, Provider.name).where(Provider.id.in_(ids)))
    names = {pid: name for pid, name in rows}
    items = [
        ProviderGround(
            provider_id=pid,
            provider_name=names.get(pid, ""),
            late_reports=len(late[pid]),
            ground=_ground(late[pid], told[pid], today),
        )
        for pid in ids
    ]
    items.sort(key=lambda i: (not i.ground.exists, -i.late_reports, i.provider_name))
    return ProviderGrounds(items=items, total=len(items))


async def record_notice(
    session: AsyncSession, principal: Principal, provider_id: uuid.UUID, data: NoticeCreate
) -> NoticeOut:
    """Record that the provider was told (today or earlier, with what was said); audited."""
    await get_provider(session, provider_id)
    today = clock.today()
    problems = []
    if data.told_on > today:
        problems.append({"key": "told_on", "message": "not after today"})
    if not data.note.strip():
        problems.append({"key": "note", "message": "required"})
    if data.told_on > today:
        raise ApiError("oversight.told_in_future", status_code=422, extra=problems, today=today.isoformat())
    if problems:
        raise ApiError("oversight.note_empty", status_code=422, extra=problems)
    notice = ProviderNotice(
        provider_id=provider_id,
        told_on=data.told_on,
        subject=data.subject,
        note=data.note.strip(),
        told_by_id=principal.id,
    )
    session.add(notice)
    await session.flush()
    await record(session, principal, "provider_notice_create", "provider", provider_id, None, data.subject.value)
    return _notice_out(notice, {principal.id: principal.name})
