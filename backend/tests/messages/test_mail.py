"""Which notification mails whom (issue 12 point 5): each path mails exactly the right addresses per choice, in
the transaction of the change, and no mail holds a name, a personal number or a document's text."""

from __future__ import annotations

import asyncio
import re
import uuid
from collections import Counter
from collections.abc import AsyncIterator
from datetime import date, timedelta

import pytest
import time_machine
from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from kundval.core import clock
from kundval.core.security import Principal
from kundval.core.settings import Settings
from kundval.domain.accounts.models import User, UserRole
from kundval.domain.inbox.kinds import KINDS
from kundval.domain.mail.models import OutboxMail
from kundval.domain.mail.rules import retry_delay
from kundval.domain.mail.worker import deliver_once
from kundval.domain.messages.digest import send_digests
from kundval.domain.messages.mailing import DIGEST_KIND, public_url
from kundval.domain.messages.models import NotificationChoice
from kundval.domain.messages.notifications import GROUPS, SENTENCES, Delivery
from kundval.domain.messages.service import notify_provider, notify_user
from kundval.domain.tasks.digest import RULE_NAMES, late_lines
from tests.factories import Caller, World, decide_case, open_world, personal_number, register_client, sign_in, today
from tests.mail.smtp import SmtpServer

PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
PROVIDER1_MAILBOX = "kundval@framtidsvagen.example"
RULE_CODES = {names[0]: code for code, names in RULE_NAMES.items()}
MAILABLE = [group.group.value for group in GROUPS.values() if Delivery.IMMEDIATELY in group.allowed]


@pytest.fixture(scope="module")
async def world(migrated_database: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    async with open_world(migrated_database, tmp_path_factory.mktemp("world")) as world:
        yield world


async def _outbox(engine: AsyncEngine) -> dict[uuid.UUID, OutboxMail]:
    async with async_sessionmaker(engine, expire_on_commit=False)() as session:
        return {row.id: row for row in (await session.scalars(select(OutboxMail))).all()}


class Mails:
    """The mails written since the last look."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.seen: set[uuid.UUID] = set()

    async def new(self) -> list[OutboxMail]:
        rows = await _outbox(self.engine)
        fresh = [row for key, row in sorted(rows.items()) if key not in self.seen]
        self.seen |= rows.keys()
        return fresh


def _address(username: str) -> str:
    return f"{username}@kundval.example"


async def _put(caller: Caller, settings: list[dict[str, str]]) -> dict:
    response = await caller.request("PUT", "/api/me/notification-settings", json={"choices": settings})
    assert response.status_code == 200, response.text
    return response.json()


async def _defaults(world: World, *usernames: str) -> None:
    """Back to the defaults: no choice rows."""
    async with async_sessionmaker(world.engine)() as session, session.begin():
        await session.execute(
            delete(NotificationChoice).where(
                NotificationChoice.user_id.in_([world.demo.users[name] for name in usernames])
            )
        )


async def test_each_path_mails_exactly_the_right_addresses_per_choice_and_no_personal_data(world: World) -> None:
    owner, coach, p1_admin = world.clients["owner"], world.clients["p1_coach"], world.clients["p1_admin"]
    mails = Mails(world.engine)
    await mails.new()
    number = personal_number()
    client = await register_client(owner, personal_number=number, first_name="Zelmira", last_name="Quarnström")
    case = await decide_case(owner, client["id"])
    url = f"/api/cases/{case['id']}"
    secret = "Målen saknas helt för Zelmira"
    written: list[OutboxMail] = []

    # Queued: exactly one mail, to the provider's shared mailbox, pointing at the queue.
    assert (await owner.post(f"{url}/queue", json={"provider_id": world.demo.provider("provider1")})).status_code == 201
    queued = await mails.new()
    assert [(m.recipient, m.kind) for m in queued] == [(PROVIDER1_MAILBOX, "case_queued")]
    assert f"{public_url()}/ko" in queued[0].body
    written += queued

    # Claimed and published: case events, which go to the digest by default.
    assert (await coach.post(f"{url}/claim", json={"coach_id": world.demo.user("provider1-coach")})).status_code == 201
    assert (
        await owner.post(f"{url}/publish", json={"assignment": "Praktik.", "future_plan": "Arbete."})
    ).status_code == 201
    assert await mails.new() == []

    # Handed in: the counsellor, at once, with a link to the case by its id.
    document = (
        await coach.post(
            f"{url}/documents",
            data={"kind": "implementation_plan"},
            files={"file": ("plan.pdf", PDF, "application/pdf")},
        )
    ).json()
    assert (await coach.post(f"/api/documents/{document['id']}/submit")).status_code == 201
    submitted = await mails.new()
    assert [(m.recipient, m.kind) for m in submitted] == [(_address("counsellor"), "document_submitted")]
    assert f"{public_url()}/arenden/{case['id']}" in submitted[0].body
    written += submitted

    # Returned: the coach and the provider's administrator, each at once.
    assert (await owner.post(f"/api/documents/{document['id']}/return", json={"comment": secret})).status_code == 201
    returned = await mails.new()
    assert sorted((m.recipient, m.kind) for m in returned) == [
        (_address("provider1-admin"), "document_returned"),
        (_address("provider1-coach"), "document_returned"),
    ]
    written += returned

    # The coach switches returned documents off, the counsellor takes reviews in the digest: the next round mails
    # only the administrator.
    await _put(coach, [{"group": "documents_returned", "delivery": "off"}])
    await _put(owner, [{"group": "documents_to_review", "delivery": "digest"}])
    version = await coach.post(
        f"/api/documents/{document['id']}/versions", files={"file": ("plan2.pdf", PDF + b" ", "application/pdf")}
    )
    assert version.status_code == 201
    assert (await coach.post(f"/api/documents/{document['id']}/submit")).status_code == 201
    assert await mails.new() == []
    assert (await owner.post(f"/api/documents/{document['id']}/return", json={"comment": secret})).status_code == 201
    again = await mails.new()
    assert [(m.recipient, m.kind) for m in again] == [(_address("provider1-admin"), "document_returned")]
    written += again

    # The administrator turns case events to "at once": the approval reaches them, not the coach.
    await _put(p1_admin, [{"group": "case_events", "delivery": "immediately"}])
    version = await coach.post(
        f"/api/documents/{document['id']}/versions", files={"file": ("plan3.pdf", PDF + b"  ", "application/pdf")}
    )
    assert (await coach.post(f"/api/documents/{document['id']}/submit")).status_code == 201
    assert (await owner.post(f"/api/documents/{document['id']}/approve")).status_code == 201
    approved = await mails.new()
    assert [(m.recipient, m.kind) for m in approved] == [(_address("provider1-admin"), "document_approved")]
    written += approved

    for mail in written:
        text = mail.subject + "\n" + mail.body
        for personal in ("Zelmira", "Quarnström", number, number.replace("-", ""), secret, "plan.pdf"):
            assert personal not in text, (mail.kind, personal)
        # Links hold ids only.
        for link in re.findall(r"https?://\S+", text):
            assert re.fullmatch(r"https?://[^/]+(/[a-z]+(/[0-9a-f-]{36})?)?/?", link), link
        # Swedish first, English below.
        assert text.index("Öppna i Kundval") < text.index("Open in Kundval")
    await _defaults(world, "provider1-coach", "counsellor", "provider1-admin")


async def test_every_kind_mails_a_neutral_sentence_and_a_link(world: World) -> None:
    """Every kind the inbox knows, the conversation's and an unknown one, to a person who wants everything at once:
    a sentence from the table, the link, and nothing from the message's parameters."""
    mails = Mails(world.engine)
    await mails.new()
    user_id = world.demo.users["supervisor"]
    supervisor = world.clients["supervisor"]
    await _put(supervisor, [{"group": group, "delivery": "immediately"} for group in MAILABLE])
    kinds = sorted({*KINDS, *SENTENCES, "case_post", "legacy", "a_kind_added_later"})
    async with async_sessionmaker(world.engine)() as session, session.begin():
        for kind in kinds:
            await notify_user(
                session,
                user_id,
                None,
                None,
                kind=kind,
                params={"client": "Zelmira Quarnström", "comment": "hemligt"},
                subject="Zelmira",
                body="hemligt",
            )
        # The shared mailbox: mailed for a newly queued client only, not for what else reaches the shared inbox.
        for kind in ("case_queued", "case_withdrawn", "case_moved_away", "case_reopened", "legacy"):
            await notify_provider(session, world.demo.providers["provider2"], None, None, kind=kind)
    written = await mails.new()
    assert sorted(m.kind for m in written if m.recipient == _address("supervisor")) == kinds
    assert [m.kind for m in written if m.recipient != _address("supervisor")] == ["case_queued"]
    for mail in written:
        assert "Zelmira" not in mail.subject + mail.body and "hemligt" not in mail.body
        assert "{" not in mail.body and public_url() in mail.body
        assert "\n" not in mail.subject
    await _defaults(world, "supervisor")


async def test_no_address_an_inactive_account_and_a_rolled_back_change_mail_nothing(world: World) -> None:
    mails = Mails(world.engine)
    await mails.new()
    counsellor2, counsellor3 = world.demo.users["counsellor2"], world.demo.users["counsellor3"]
    async with async_sessionmaker(world.engine)() as session, session.begin():
        await session.execute(update(User).where(User.id == counsellor2).values(email=None))
        await session.execute(update(User).where(User.id == counsellor3).values(is_active=False))
    try:
        async with async_sessionmaker(world.engine)() as session, session.begin():
            for user_id in (counsellor2, counsellor3):
                await notify_user(session, user_id, None, None, kind="document_submitted")
        assert await mails.new() == []
        # A change that rolls back takes its mail with it.
        async with async_sessionmaker(world.engine)() as session:
            await notify_user(session, world.demo.users["counsellor"], None, None, kind="document_submitted")
            await notify_provider(session, world.demo.providers["provider1"], None, None, kind="case_queued")
            await session.rollback()
        assert await mails.new() == []
    finally:
        async with async_sessionmaker(world.engine)() as session, session.begin():
            await session.execute(update(User).where(User.id == counsellor2).values(email=_address("counsellor2")))
            await session.execute(update(User).where(User.id == counsellor3).values(is_active=True))


# --- The settings routes ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "groups"),
    [
        ("owner", ["documents_to_review", "conversation", "case_events", "late"]),
        ("p1_coach", ["documents_returned", "conversation", "case_events", "late"]),
        ("p1_admin", ["documents_returned", "conversation", "case_events", "late"]),
        ("supervisor", ["conversation", "case_events", "late"]),
        ("coordinator", ["case_events"]),
        ("admin", ["case_events"]),
    ],
)
async def test_each_role_sees_the_groups_that_concern_it_with_defaults(
    world: World, role: str, groups: list[str]
) -> None:
    caller = world.clients[role]
    response = await caller.get("/api/me/notification-settings")
    assert response.status_code == 200, response.text
    body = response.json()
    assert [item["group"] for item in body["choices"]] == groups
    assert body["email"].endswith("@kundval.example")
    assert body["shared_mailbox"] is role.startswith("p1_")
    for item in body["choices"]:
        assert item["delivery"] == item["default"]


async def test_a_put_sets_named_groups_only_and_twice_is_the_same(world: World) -> None:
    fresh = await sign_in(world.clients["owner"].client, "counsellor2")
    await _defaults(world, "counsellor2")
    first = await _put(fresh, [{"group": "late", "delivery": "off"}])
    second = await _put(fresh, [{"group": "late", "delivery": "off"}])
    assert first == second
    assert {item["group"]: item["delivery"] for item in first["choices"]} == {
        "documents_to_review": "immediately",
        "conversation": "immediately",
        "case_events": "digest",
        "late": "off",
    }
    back = await _put(fresh, [{"group": "late", "delivery": "digest"}])
    assert {item["group"]: item["delivery"] for item in back["choices"]}["late"] == "digest"
    async with async_sessionmaker(world.engine)() as session:
        rows = (
            await session.scalars(
                select(NotificationChoice).where(NotificationChoice.user_id == world.demo.users["counsellor2"])
            )
        ).all()
    assert [(row.group, row.delivery) for row in rows] == [("late", "digest")]


@pytest.mark.parametrize(
    ("settings", "key"),
    [
        ([{"group": "late", "delivery": "immediately"}], "choices[0].delivery"),
        ([{"group": "late", "delivery": "off"}, {"group": "late", "delivery": "digest"}], "choices[1].group"),
        ([{"group": "no_such_group", "delivery": "off"}], None),
        ([{"group": "late", "delivery": "sometimes"}], None),
    ],
)
async def test_bad_choices_are_refused_with_422_and_change_nothing(
    world: World, settings: list[dict[str, str]], key: str | None
) -> None:
    caller = world.clients["other"]
    before = (await caller.get("/api/me/notification-settings")).json()
    response = await caller.request("PUT", "/api/me/notification-settings", json={"choices": settings})
    assert response.status_code == 422, response.text
    if key is not None:
        assert [item["key"] for item in response.json()["extra"]] == [key]
    assert (await caller.get("/api/me/notification-settings")).json() == before


# --- Read back from a real SMTP server ---------------------------------------------------------------------------


async def _deliver_all(world: World, server: SmtpServer) -> None:
    settings = Settings(
        smtp_host="127.0.0.1", smtp_port=server.port, smtp_tls="none", smtp_sender="kundval@kommun.test"
    )
    while (await deliver_once(world.engine, settings)).claimed:
        pass


async def test_queueing_a_client_delivers_exactly_one_mail_to_the_shared_mailbox_over_smtp(world: World) -> None:
    owner = world.clients["owner"]
    server = SmtpServer()
    server.start()
    try:
        await _deliver_all(world, server)  # what earlier tests left in the outbox
        server.messages.clear()
        number = personal_number()
        client = await register_client(owner, personal_number=number, first_name="Ingeborga", last_name="Lindqvarn")
        case = await decide_case(owner, client["id"])
        response = await owner.post(
            f"/api/cases/{case['id']}/queue", json={"provider_id": world.demo.provider("provider1")}
        )
        assert response.status_code == 201
        await _deliver_all(world, server)
        assert [str(m["To"]) for m in server.messages] == [PROVIDER1_MAILBOX]
        (mail,) = server.messages
        text = str(mail["Subject"]) + mail.get_content()
        assert "Ett nytt ärende väntar i kön hos er." in text and "A new client is waiting in your queue." in text
        for personal in ("Ingeborga", "Lindqvarn", number, number.replace("-", ""), case["id"]):
            assert personal not in text
    finally:
        server.stop()


async def test_three_queueings_during_an_smtp_outage_are_each_mailed_exactly_once_when_it_is_back(
    world: World,
) -> None:
    """The issue's Done-when with real notifications: the server is down while three clients are queued (three
    changes committed, three rows in the outbox); the worker's pass fails and loses nothing; once the server is back
    and the backoff has passed, each mail arrives exactly once, and later passes send nothing more."""
    owner = world.clients["owner"]
    server = SmtpServer()
    server.start()
    try:
        await _deliver_all(world, server)  # what earlier tests left in the outbox
        server.stop()
        for n in range(3):
            client = await register_client(owner, personal_number=personal_number(), first_name=f"Outage{n}")
            case = await decide_case(owner, client["id"])
            response = await owner.post(
                f"/api/cases/{case['id']}/queue", json={"provider_id": world.demo.provider("provider1")}
            )
            assert response.status_code == 201, response.text
        await _deliver_all(world, server)  # the server is down: every claim is retried later, none is lost
        waiting = [row for row in (await _outbox(world.engine)).values() if row.sent_at is None]
        assert len([row for row in waiting if row.recipient == PROVIDER1_MAILBOX]) == 3
        assert all(row.attempts == 1 and row.last_error for row in waiting if row.recipient == PROVIDER1_MAILBOX)
        server.start()
        with time_machine.travel(clock.now() + retry_delay(1) + timedelta(seconds=5), tick=True):
            await _deliver_all(world, server)
            await _deliver_all(world, server)
        to_mailbox = [m for m in server.messages if str(m["To"]) == PROVIDER1_MAILBOX]
        assert len(to_mailbox) == 3
        assert len({str(m["Message-ID"]) for m in to_mailbox}) == 3
        assert all(
            row.sent_at is not None
            for row in (await _outbox(world.engine)).values()
            if row.id in {w.id for w in waiting}
        )
    finally:
        server.stop()


# --- The daily digest --------------------------------------------------------------------------------------------


async def _digests(world: World, day: date) -> list[OutboxMail]:
    rows = await _outbox(world.engine)
    return [row for row in rows.values() if row.kind == DIGEST_KIND and f"Summary for {day.isoformat()}:" in row.body]


async def test_the_digest_counts_unread_messages_and_is_sent_once_per_person_and_day(world: World) -> None:
    sessions = async_sessionmaker(world.engine, expire_on_commit=False)
    other, stand_in = world.clients["other"], world.clients["stand_in"]
    for caller in (other, stand_in):
        assert (await caller.post("/api/messages/read-all")).status_code == 201
    await _defaults(world, "counsellor2", "counsellor3")
    # counsellor2: two events on cases (the digest by default) and one handed-in document taken at once.
    async with sessions.begin() as session:
        for kind in ("case_claimed", "case_published", "document_submitted"):
            await notify_user(session, world.demo.users["counsellor2"], None, None, kind=kind)
    day = today() + timedelta(days=400)  # a day no other test writes a digest for
    assert await send_digests(sessions, day=day) >= 1
    mails = [m for m in await _digests(world, day) if m.recipient == _address("counsellor2")]
    assert len(mails) == 1
    assert "- Händelser i ärenden: 2 olästa meddelanden" in mails[0].body
    assert "- Events on cases: 2 unread messages" in mails[0].body
    assert "granska" not in mails[0].body  # the handed-in document was mailed at once, not digested
    # counsellor3 has nothing unread and nothing late: an empty digest is no mail.
    assert [m for m in await _digests(world, day) if m.recipient == _address("counsellor3")] == []
    # Twice the same day: nothing more. The next day: again.
    before = len(await _digests(world, day))
    assert await send_digests(sessions, day=day) == 0
    assert len(await _digests(world, day)) == before
    assert [m for m in await _digests(world, day + timedelta(days=1)) if m.recipient == _address("counsellor2")] == []
    await send_digests(sessions, day=day + timedelta(days=1))
    assert (
        len([m for m in await _digests(world, day + timedelta(days=1)) if m.recipient == _address("counsellor2")]) == 1
    )
    # Switched off: no digest of those messages.
    await _put(other, [{"group": "case_events", "delivery": "off"}, {"group": "late", "delivery": "off"}])
    await send_digests(sessions, day=day + timedelta(days=2))
    assert [m for m in await _digests(world, day + timedelta(days=2)) if m.recipient == _address("counsellor2")] == []
    await _defaults(world, "counsellor2")
    assert (await other.post("/api/messages/read-all")).status_code == 201


async def test_the_digest_counts_what_is_late_as_the_to_do_list_does(world: World) -> None:
    """The late lines of the digest are GET /api/tasks?overdue=true counted per rule, without a name."""
    sessions = async_sessionmaker(world.engine, expire_on_commit=False)
    day = today() + timedelta(days=500)
    late_somewhere = 0
    for role, username in (("p1_admin", "provider1-admin"), ("owner", "counsellor"), ("supervisor", "supervisor")):
        caller = world.clients[role]
        tasks = (await caller.get("/api/tasks?overdue=true&limit=500")).json()["items"]
        expected = Counter(task["rule"] for task in tasks)
        async with sessions() as session:
            principal = await _principal(session, world.demo.users[username])
            lines = await late_lines(session, principal)
        assert {RULE_CODES[name_sv]: count for name_sv, _en, count in lines} == dict(expected), role
        late_somewhere += sum(expected.values())
    assert late_somewhere > 0, "the demo world should have something late"
    await send_digests(sessions, late=late_lines, day=day)
    for mail in await _digests(world, day):
        assert "Zelmira" not in mail.body and "Ingeborga" not in mail.body
        for word in ("Nora", "Nilsson"):  # the factories' default client
            assert word not in mail.body


async def _principal(session: AsyncSession, user_id: uuid.UUID) -> Principal:
    user = await session.get_one(User, user_id)
    roles = (await session.scalars(select(UserRole.role).where(UserRole.user_id == user_id))).all()
    return Principal(user.id, user.username, user.name, frozenset(roles), user.provider_id, uuid.UUID(int=0))


async def test_two_digest_runs_at_once_send_each_digest_once(world: World) -> None:
    """Two machines at once, each with its own engine (PostgreSQL: the second waits on the unique row)."""
    sessions = async_sessionmaker(world.engine, expire_on_commit=False)
    async with sessions.begin() as session:
        for username in ("counsellor", "counsellor2", "provider1-coach"):
            await notify_user(session, world.demo.users[username], None, None, kind="case_ended")
    second = create_async_engine(world.engine.url.render_as_string(hide_password=False))
    try:
        for offset in (600, 601, 602):
            day = today() + timedelta(days=offset)
            runs = await asyncio.gather(
                send_digests(sessions, day=day, late=late_lines),
                send_digests(async_sessionmaker(second, expire_on_commit=False), day=day, late=late_lines),
            )
            mails = await _digests(world, day)
            recipients = [m.recipient for m in mails]
            assert sum(runs) == len(mails) and len(set(recipients)) == len(recipients) >= 3, (runs, recipients)
    finally:
        await second.dispose()
