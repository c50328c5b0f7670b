"""Choice codes: issued by the counsellor with a decision, used once by the client in the public comparison."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from datetime import datetime, timedelta

import msgspec
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kundval.core import clock
from kundval.core.db import rows_changed
from kundval.core.errors import ApiError, register_messages
from kundval.core.security import Principal
from kundval.domain.accounts import throttle
from kundval.domain.audit.service import record
from kundval.domain.cases.models import Case, CaseStatus
from kundval.domain.cases.service import get_case
from kundval.domain.choices.models import ChoiceCode
from kundval.domain.interventions.catalogue import INTERVENTIONS
from kundval.domain.messages.service import notify_user
from kundval.domain.providers.models import Provider
from kundval.domain.providers.service import is_authorized

register_messages(
    {
        "choice.case_not_decided": (
            "Valkod kan bara ges för ett beslut som inte är köat än (status {status}).",
            "A choice code is given only for a decision not yet queued (status {status}).",
        ),
        "choice.unknown_code": (
            "Koden stämmer inte. Kontrollera att du har skrivit av den rätt.",
            "The code does not match. Check that you copied it correctly.",
        ),
        "choice.used_code": (
            "Koden är redan använd. Kontakta din karriärvägledare om du vill ändra ditt val.",
            "The code has already been used. Contact your career counsellor to change your choice.",
        ),
        "choice.expired_code": (
            "Koden har gått ut. Be din karriärvägledare om en ny.",
            "The code has expired. Ask your career counsellor for a new one.",
        ),
        "choice.throttled": (
            "För många felaktiga koder. Försök igen om {seconds} sekunder.",
            "Too many wrong codes. Try again in {seconds} seconds.",
        ),
        "choice.provider_not_offering": (
            "{provider} erbjuder inte {intervention}. Välj en annan anordnare.",
            "{provider} does not offer {intervention}. Choose another provider.",
        ),
    }
)

# Unambiguous when read aloud or copied from paper: no 0/O, 1/I/L.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8  # 31^8 ≈ 8.5·10^11 codes; with the throttle, guessing one is out of reach
VALID_DAYS = 30


class IssuedCode(msgspec.Struct):
    code: str  # shown once, to give to the client
    expires_at: datetime


def normalise(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def code_hash(secret_key: str, code: str) -> str:
    return hmac.new(secret_key.encode(), normalise(code).encode(), hashlib.sha256).hexdigest()


async def issue(session: AsyncSession, principal: Principal, case_id: uuid.UUID, secret_key: str) -> IssuedCode:
    """A new code for a decided case; earlier codes of the case stop working."""
    case = await get_case(session, principal, case_id, audit=None)
    # The case's row is locked before the earlier codes are revoked, so that concurrent issues take turns and each
    # revokes the one before it: afterwards exactly one code works (PostgreSQL; SQLite serialises writers).
    status = await session.scalar(select(Case.status).where(Case.id == case.id).with_for_update())
    if status != CaseStatus.DECIDED:
        raise ApiError("choice.case_not_decided", status_code=409, status=status.value if status else "")
    await session.execute(
        update(ChoiceCode)
        .where(ChoiceCode.case_id == case.id, ChoiceCode.used_at.is_(None))
        .values(revoked=True)
        .execution_options(synchronize_session=False)
    )
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    expires_at = clock.now() + timedelta(days=VALID_DAYS)
    session.add(
        ChoiceCode(
            case_id=case.id, code_hash=code_hash(secret_key, raw), expires_at=expires_at, created_by_id=principal.id
        )
    )
    await session.flush()
    await record(session, principal, "issue_choice_code", "case", case.id, case.client_id)
    return IssuedCode(f"{raw[:4]}-{raw[4:]}", expires_at)


async def choose(
    session: AsyncSession,
    sessions: async_sessionmaker[AsyncSession],
    secret_key: str,
    client_ip: str | None,
    code: str,
    provider_id: uuid.UUID,
) -> tuple[Case, Provider]:
    """The client's choice of provider with a code. Wrong codes count against the address and slow it down."""
    now = clock.now()
    keys = [("choice", f"choice:{client_ip or 'unknown'}")]
    lock = await throttle.lock_on(session, [key for _kind, key in keys], now)
    if lock is not None:
        raise ApiError(
            "choice.throttled",
            status_code=429,
            seconds=lock.retry_after_seconds,
            headers={"Retry-After": str(lock.retry_after_seconds)},
        )
    row = await session.scalar(select(ChoiceCode).where(ChoiceCode.code_hash == code_hash(secret_key, code)))
    if row is None or row.revoked:
        await throttle.record_failure_on(sessions, keys, now)
        raise ApiError("choice.unknown_code", status_code=422, extra=[{"key": "code", "message": "unknown"}])
    if row.used_at is not None:
        raise ApiError("choice.used_code", status_code=409)
    if row.expires_at < now:
        raise ApiError("choice.expired_code", status_code=410)
    case = await session.get(Case, row.case_id)
    provider = await session.get(Provider, provider_id)
    assert case is not None
    if provider is None or not is_authorized(provider, case.intervention, clock.today()):
        raise ApiError(
            "choice.provider_not_offering",
            status_code=422,
            provider=provider.name if provider else "—",
            intervention=INTERVENTIONS[case.intervention].names,
            extra=[{"key": "provider_id", "message": "not offering"}],
        )
    # Conditional on the code being unused, so that two submissions of one code cannot both count.
    used = await rows_changed(
        session,
        update(ChoiceCode)
        .where(ChoiceCode.id == row.id, ChoiceCode.used_at.is_(None))
        .values(used_at=now, chosen_provider_id=provider.id)
        .execution_options(synchronize_session=False),
    )
    if used != 1:
        raise ApiError("choice.used_code", status_code=409)
    case.chosen_provider_id = provider.id
    case.chosen_at = now
    await notify_user(
        session,
        case.counsellor_id,
        case.id,
        None,
        kind="choice_made",
        params={"provider": provider.name},
    )
    await session.flush()
    return case, provider
