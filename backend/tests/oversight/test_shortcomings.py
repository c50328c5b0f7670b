"""A provider's shortcomings over HTTP (§7.6): its late reports with their days late, the telling recorded with
good and bad input, the ground appearing when the routine's conditions are met; the coordinator's and the
supervisor's only. On SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from kundval.domain.audit.models import AuditEvent
from kundval.domain.cases.models import CaseStatus
from kundval.domain.documents.models import Document, DocumentKind, DocumentReview, DocumentStatus
from kundval.domain.oversight.models import ProviderNotice
from kundval.domain.providers.models import Provider
from kundval.domain.tasks.rules import add_months
from tests.factories import ROLES, World, assert_problem, make_case, make_client, open_world, org_number, today


@pytest.fixture(scope="module")
async def world(migrated_database: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    async with open_world(migrated_database, tmp_path_factory.mktemp("world")) as world:
        yield world


async def _provider(engine: AsyncEngine) -> uuid.UUID:
    async with async_sessionmaker(engine).begin() as session:
        provider = Provider(org_number=org_number(), name=f"Sena Rapporter {uuid.uuid4().hex[:6]} AB", email="x@x.se")
        session.add(provider)
        await session.flush()
        return provider.id


async def _late_plan_case(
    engine: AsyncEngine,
    world: World,
    provider_id: uuid.UUID,
    assigned_days_ago: int,
    handed_days_ago: int | None,
    again_days_ago: int | None = None,
) -> uuid.UUID:
    """A claimed case at ``provider_id`` assigned ``assigned_days_ago``, its first plan handed in
    ``handed_days_ago`` (None: not yet) and, after a return, again ``again_days_ago``."""
    async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
        client = await make_client(session, world.demo.users["counsellor"])
        case = await make_case(session, client, CaseStatus.CLAIMED, provider_id=provider_id)
        case.assignment_date = today() - timedelta(days=assigned_days_ago)
        case.decision_date = case.assignment_date
        if handed_days_ago is not None:
            handed = datetime.combine(today() - timedelta(days=handed_days_ago), time(12), tzinfo=UTC)
            document = Document(case_id=case.id, kind=DocumentKind.IMPLEMENTATION_PLAN, status=DocumentStatus.SUBMITTED)
            session.add(document)
            await session.flush()
            session.add(DocumentReview(document_id=document.id, version_number=1, action="submit", at=handed))
            if again_days_ago is not None:
                again = datetime.combine(today() - timedelta(days=again_days_ago), time(12), tzinfo=UTC)
                session.add(DocumentReview(document_id=document.id, version_number=2, action="submit", at=again))
        return case.id


async def _notice(world: World, provider_id: uuid.UUID, **fields: object) -> dict[str, object]:
    body = {"told_on": str(today()), "subject": "late_reports", "note": "Rapporterna kommer sent.", **fields}
    response = await world.clients["coordinator"].post(f"/api/providers/{provider_id}/notices", json=body)
    assert response.status_code == 201, response.text
    return response.json()


def _due(days_ago: int) -> date:
    return add_months(today() - timedelta(days=days_ago), 1)


async def test_late_plans_show_their_days_late_and_one_over_a_month_is_a_ground(world: World) -> None:
    provider = await _provider(world.engine)
    owed = await _late_plan_case(world.engine, world, provider, 40, None)
    on_time = await _late_plan_case(world.engine, world, provider, 40, 35)
    # Handed in on time, returned and handed in again after the due: the first hand-in fulfilled it.
    resubmitted = await _late_plan_case(world.engine, world, provider, 40, 35, again_days_ago=1)
    handed_late = await _late_plan_case(world.engine, world, provider, 40, 2)
    response = await world.clients["supervisor"].get(f"/api/providers/{provider}/shortcomings")
    assert response.status_code == 200, response.text
    body = response.json()
    late = {item["case_id"]: item for item in body["late_reports"]}
    assert set(late) == {str(owed), str(handed_late)}
    assert str(on_time) not in late and str(resubmitted) not in late
    assert late[str(owed)] == {
        "rule": "first_plan",
        "case_id": str(owed),
        "due": str(_due(40)),
        "handed_in": None,
        "days_late": (today() - _due(40)).days,
        "over_a_month": False,
        "after_notice": False,
        "month": None,
    }
    assert late[str(handed_late)]["handed_in"] == str(today() - timedelta(days=2))
    assert late[str(handed_late)]["days_late"] == (today() - timedelta(days=2) - _due(40)).days
    assert body["ground"]["exists"] is False
    assert body["notices"] == []
    assert "Test" not in response.text  # no client named (the factories' first name)

    await _late_plan_case(world.engine, world, provider, 100, None)  # due ~70 days ago: over a month late
    body = (await world.clients["coordinator"].get(f"/api/providers/{provider}/shortcomings")).json()
    assert body["ground"]["exists"] is True
    assert body["ground"]["over_a_month"] == 1


async def test_late_again_and_again_after_the_telling_is_a_ground(world: World) -> None:
    provider = await _provider(world.engine)
    await _late_plan_case(world.engine, world, provider, 45, None)  # due ~15 days ago
    notice = await _notice(world, provider, told_on=str(today() - timedelta(days=20)))
    body = (await world.clients["coordinator"].get(f"/api/providers/{provider}/shortcomings")).json()
    assert body["ground"] == {
        "exists": False,
        "over_a_month": 0,
        "late_after_notice": 1,
        "repeated_after": 2,
        "last_told": str(today() - timedelta(days=20)),
    }
    assert [n["id"] for n in body["notices"]] == [notice["id"]]
    assert body["notices"][0]["told_by"] == "Eva Strand"
    await _late_plan_case(world.engine, world, provider, 42, None)
    body = (await world.clients["coordinator"].get(f"/api/providers/{provider}/shortcomings")).json()
    assert body["ground"]["exists"] is True
    assert body["ground"]["late_after_notice"] == 2
    assert all(item["after_notice"] for item in body["late_reports"])

    listed = (await world.clients["supervisor"].get("/api/oversight/providers")).json()
    mine = next(item for item in listed["items"] if item["provider_id"] == str(provider))
    assert mine["late_reports"] == 2 and mine["ground"]["exists"] is True
    grounds = [item["ground"]["exists"] for item in listed["items"]]
    assert grounds == sorted(grounds, reverse=True)  # those with a ground first

    # A newer telling starts the count again.
    await _notice(world, provider, told_on=str(today()))
    body = (await world.clients["coordinator"].get(f"/api/providers/{provider}/shortcomings")).json()
    assert body["ground"]["exists"] is False
    assert body["ground"]["last_told"] == str(today())


async def test_the_telling_is_recorded_and_audited(world: World) -> None:
    provider = await _provider(world.engine)
    notice = await _notice(world, provider, subject="poor_reporting", note="  Rapporterna saknar frånvaro.  ")
    assert notice["subject"] == "poor_reporting"
    assert notice["note"] == "Rapporterna saknar frånvaro."
    assert notice["told_on"] == str(today())
    async with AsyncSession(world.engine) as session:
        stored = await session.get_one(ProviderNotice, uuid.UUID(str(notice["id"])))
        assert stored.told_by_id == world.demo.users["coordinator"]
        events = list(
            await session.scalars(
                select(AuditEvent).where(
                    AuditEvent.action == "provider_notice_create", AuditEvent.object_id == provider
                )
            )
        )
    assert len(events) == 1


@pytest.mark.parametrize(
    ("fields", "status", "field"),
    [
        ({"told_on": 1}, 422, "told_on"),  # days after today
        ({"note": "   "}, 422, "note"),
        ({"note": ""}, 422, "note"),
        ({"subject": "rude"}, 422, None),
        ({"told_on": "igår"}, 422, None),
    ],
    ids=["future", "blank", "empty", "subject", "date"],
)
async def test_bad_tellings_are_refused_with_a_reason_and_record_nothing(
    world: World, fields: dict[str, object], status: int, field: str | None
) -> None:
    provider = await _provider(world.engine)
    body = {"told_on": str(today()), "subject": "late_reports", "note": "Sent.", **fields}
    if isinstance(body["told_on"], int):
        body["told_on"] = str(today() + timedelta(days=body["told_on"]))
    response = await world.clients["coordinator"].post(
        f"/api/providers/{provider}/notices", json=body, headers={"accept-language": "en"}
    )
    problem = assert_problem(response, status, field)
    if field == "told_on":
        assert problem["detail"] == f"The day the provider was told cannot be after today ({today()})."
    if field == "note":
        assert problem["detail"] == "Write what the provider was told."
    async with AsyncSession(world.engine) as session:
        assert list(await session.scalars(select(ProviderNotice).where(ProviderNotice.provider_id == provider))) == []


async def test_an_unknown_provider_is_404(world: World) -> None:
    missing = uuid.uuid4()
    assert (await world.clients["coordinator"].get(f"/api/providers/{missing}/shortcomings")).status_code == 404
    response = await world.clients["supervisor"].post(
        f"/api/providers/{missing}/notices", json={"told_on": str(today()), "subject": "late_reports", "note": "x"}
    )
    assert response.status_code == 404


@pytest.mark.parametrize("role", list(ROLES))
async def test_only_the_coordinator_and_the_supervisor_judge_providers(world: World, role: str) -> None:
    provider = world.demo.provider("provider1")
    expected = {"coordinator": 200, "supervisor": 200, "anon": 401}.get(role, 403)
    assert (await world.clients[role].get(f"/api/providers/{provider}/shortcomings")).status_code == expected
    assert (await world.clients[role].get("/api/oversight/providers")).status_code == expected
