"""The public comparison, profiles, choice codes and quarterly indicators through the API."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import date, timedelta
from typing import Any

import pytest
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from kundval.app import create_app
from kundval.core.settings import Settings
from kundval.domain.cases.models import Case, CaseStatus, EndReason
from kundval.domain.clients.models import Client
from kundval.domain.interventions.catalogue import Intervention
from tests.factories import Caller, Demo, make_case, make_client, seed_demo, sign_in, today


async def ended_cases(
    engine: AsyncEngine,
    demo: Demo,
    provider: str,
    rows: list[tuple[EndReason, int, int]],
    intervention: Intervention = Intervention.JOBBPENG_FORSTARKT,
) -> None:
    """Ended cases at ``provider``: (reason, days since the end, days in the intervention). The default
    intervention is one the demo world has no ended cases of, so the figures are these cases' alone."""
    async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
        for reason, ago, length in rows:
            client = await make_client(session, demo.users["counsellor"])
            case = await make_case(
                session,
                client,
                CaseStatus.ENDED,
                provider_id=demo.providers[provider],
                intervention=intervention,
                decision_date=today() - timedelta(days=ago + length + 5),
            )
            case.start_date = today() - timedelta(days=ago + length)
            case.end_date = today() - timedelta(days=ago)
            case.end_reason = reason


@pytest.fixture
async def world(
    settings: Settings, engine: AsyncEngine
) -> AsyncIterator[tuple[Demo, AsyncTestClient[Any], dict[str, Caller]]]:
    demo = await seed_demo(engine)
    async with AsyncTestClient(app=create_app(settings)) as client:
        callers = {
            name: await sign_in(client, name)
            for name in (
                "counsellor",
                "coordinator",
                "provider1-admin",
                "provider2-admin",
                "supervisor",
                "provider1-coach",
            )
        }
        yield demo, client, callers


async def _publish_profile(callers: dict[str, Caller], demo: Demo, provider: str, **fields: Any) -> None:
    admin = callers[f"{provider}-admin"]
    proposed = await admin.post(f"/api/providers/{demo.provider(provider)}/profile", json=fields)
    assert proposed.status_code == 201, proposed.text
    approved = await callers["coordinator"].post(f"/api/profiles/{proposed.json()['id']}/approve", json={})
    assert approved.status_code == 201, approved.text


async def test_results_with_sample_sizes_intervals_and_too_few(world: Any, engine: AsyncEngine) -> None:
    demo, client, callers = world
    # Provider 1: 8 cases ended in the last year, 5 to work or studies; lengths 100..170 days. One more ended
    # 400 days ago falls outside the period. Provider 2: 3 ended, too few to show.
    await ended_cases(
        engine,
        demo,
        "provider1",
        [
            (EndReason.WORK, 10, 100),
            (EndReason.STUDIES, 20, 110),
            (EndReason.WORK, 30, 120),
            (EndReason.OWN_BUSINESS, 40, 130),
            (EndReason.WORK, 50, 140),
            (EndReason.SICK_LEAVE, 60, 150),
            (EndReason.CLIENT_LEFT, 70, 160),
            (EndReason.LACK_OF_TIME, 80, 170),
            (EndReason.WORK, 400, 90),
        ],
    )
    await ended_cases(engine, demo, "provider2", [(EndReason.WORK, 10, 50)] * 3)
    await _publish_profile(callers, demo, "provider1", languages=["sv", "ar"], description="Vi hjälper dig.")
    await _publish_profile(callers, demo, "provider2", languages=["sv", "tr"])

    response = await client.get("/api/public/providers", params={"intervention": "JOBBPENG_FORSTARKT"})
    assert response.status_code == 200
    body = response.json()
    by_name = {p["name"]: p for p in body["items"]}
    [first] = by_name["Framtidsvägen AB"]["results"]
    assert first["ended"] == 8 and not first["too_few"]
    # 5 of 8 (work, studies, own business count as goal reached): Wilson [0.3057, 0.8632].
    assert first["work_or_studies"]["value"] == pytest.approx(0.625)
    assert first["work_or_studies"]["low"] == pytest.approx(0.3057, abs=1e-3)
    assert first["work_or_studies"]["high"] == pytest.approx(0.8632, abs=1e-3)
    # Lengths 100..170: median 135; n = 8 gives the 1st and 8th as the 95 % interval.
    assert first["median_days"] == {"value": 135.0, "low": 100.0, "high": 170.0}
    [second] = by_name["Steg Vidare Kompetens AB"]["results"]
    assert second["too_few"] and second["ended"] is None and second["work_or_studies"] is None
    assert second["median_days"] is None

    arabic = (await client.get("/api/public/providers", params={"intervention": "SAI", "language": "AR"})).json()
    assert [p["name"] for p in arabic["items"]] == ["Framtidsvägen AB"]


async def test_public_answers_are_cacheable_with_an_etag(world: Any) -> None:
    _demo, client, _callers = world
    first = await client.get("/api/public/providers")
    assert first.headers["cache-control"].startswith("public")
    again = await client.get("/api/public/providers", headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304 and again.content == b""


async def test_public_routes_carry_no_personal_data(world: Any, engine: AsyncEngine) -> None:
    demo, client, callers = world
    await ended_cases(engine, demo, "provider1", [(EndReason.WORK, 10, 100)] * 6)
    await _publish_profile(callers, demo, "provider1", languages=["sv"])
    async with async_sessionmaker(engine)() as session:
        clients = (await session.execute(Client.__table__.select())).mappings().all()
        case_ids = [
            str(row[0])
            for row in (await session.execute(Case.__table__.select().with_only_columns(Case.__table__.c.id))).all()
        ]
    texts = [(await client.get("/api/public/providers")).text]
    for provider in ("provider1", "provider2"):
        texts.append((await client.get(f"/api/public/providers/{demo.provider(provider)}")).text)
    for text in texts:
        for row in clients:
            assert row["personal_number"] not in text
            # Not even the birth date, as a number of its own (six digits inside an id's hex are not a birth date:
            # random numbers met ids' hex now and then, which failed the run by chance).
            for birth in (row["personal_number"][:8], row["personal_number"][2:8]):
                assert not re.search(rf"(?<![0-9a-f]){birth}(?![0-9a-f])", text)
            assert row["last_name"] not in text
            assert str(row["id"]) not in text
        for case_id in case_ids:
            assert case_id not in text


async def test_profiles_are_public_only_after_the_coordinator_approves(world: Any) -> None:
    demo, client, callers = world
    admin = callers["provider1-admin"]
    proposal = (
        await admin.post(
            f"/api/providers/{demo.provider('provider1')}/profile", json={"description": "Ny text", "languages": ["so"]}
        )
    ).json()
    public = {p["name"]: p for p in (await client.get("/api/public/providers")).json()["items"]}
    assert public["Framtidsvägen AB"]["description"] != "Ny text"  # the demo's approved profile is still shown
    pending = (await callers["coordinator"].get("/api/profiles/pending")).json()["items"]
    assert [p["id"] for p in pending] == [proposal["id"]]
    assert (await callers["coordinator"].post(f"/api/profiles/{proposal['id']}/reject", json={})).status_code == 422
    assert (await callers["coordinator"].post(f"/api/profiles/{proposal['id']}/approve", json={})).status_code == 201
    public = {p["name"]: p for p in (await client.get("/api/public/providers")).json()["items"]}
    assert public["Framtidsvägen AB"]["description"] == "Ny text"
    assert public["Framtidsvägen AB"]["profile_updated_at"] is not None
    # Another provider's administrator cannot propose for provider 1, nor can a coach.
    assert (
        await callers["provider2-admin"].post(f"/api/providers/{demo.provider('provider1')}/profile", json={})
    ).status_code == 404
    assert (
        await callers["provider1-coach"].post(f"/api/providers/{demo.provider('provider1')}/profile", json={})
    ).status_code == 403


async def test_choice_code_flow(world: Any, engine: AsyncEngine) -> None:
    demo, client, callers = world
    counsellor = callers["counsellor"]
    async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
        case = await make_case(session, await make_client(session, demo.users["counsellor"]), CaseStatus.DECIDED)
    issued = await counsellor.post(f"/api/cases/{case.id}/choice-code")
    assert issued.status_code == 201
    code = issued.json()["code"]
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}", code)

    client.cookies.clear()
    wrong = await client.post(
        "/api/public/choices", json={"code": "AAAA-AAAA", "provider_id": demo.provider("provider1")}
    )
    assert wrong.status_code == 422 and "stämmer inte" in wrong.json()["detail"]
    chosen = await client.post(
        "/api/public/choices", json={"code": code.lower().replace("-", " "), "provider_id": demo.provider("provider2")}
    )
    assert chosen.status_code == 201, chosen.text
    assert chosen.json() == {"provider_name": "Steg Vidare Kompetens AB", "intervention": "SAI"}
    used = await client.post("/api/public/choices", json={"code": code, "provider_id": demo.provider("provider1")})
    assert used.status_code == 409 and "redan använd" in used.json()["detail"]

    seen = (await counsellor.get(f"/api/cases/{case.id}")).json()
    assert seen["chosen_provider_name"] == "Steg Vidare Kompetens AB" and seen["chosen_at"]


async def test_guessing_codes_is_slowed_down(world: Any) -> None:
    demo, client, _callers = world
    client.cookies.clear()
    answers = [
        (
            await client.post(
                "/api/public/choices", json={"code": f"ZZZZ-ZZ{i:02d}", "provider_id": demo.provider("provider1")}
            )
        ).status_code
        for i in range(12)
    ]
    assert answers[:11] == [422] * 11  # ten free failures, the eleventh starts the lock
    assert answers[11] == 429


async def test_indicators_for_a_quarter_against_a_hand_computed_fixture(world: Any, engine: AsyncEngine) -> None:
    demo, _client, callers = world
    quarter_first = date(today().year - 2, 7, 1)  # Q3 two years back: before any of the demo world's cases
    async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:

        def at(day: int) -> date:
            return quarter_first + timedelta(days=day)

        rows = [  # (decision, start, end, reason)
            (at(-40), at(-35), at(20), EndReason.WORK),  # active, ended in quarter: work after 55 days
            (at(-40), at(-35), at(40), EndReason.WORK),  # 75 days
            (at(5), at(10), at(60), EndReason.STUDIES),  # started and ended in quarter
            (at(5), at(12), None, None),  # started, still active
            (at(5), at(15), at(70), EndReason.CLIENT_LEFT),
            (at(-200), at(-190), at(-100), EndReason.WORK),  # ended before the quarter: not counted at all
        ]
        for decision, start, end, reason in rows:
            client = await make_client(session, demo.users["counsellor"])
            case = await make_case(
                session,
                client,
                CaseStatus.ENDED if end else CaseStatus.ACTIVE,
                provider_id=demo.providers["provider1"],
                decision_date=decision,
            )
            case.start_date, case.end_date, case.end_reason = start, end, reason
    quarter = f"{quarter_first.year}Q3"
    response = await callers["supervisor"].get("/api/stats/indicators", params={"quarter": quarter})
    assert response.status_code == 200, response.text
    [row] = [r for r in response.json()["rows"] if r["provider_name"] == "Framtidsvägen AB"]
    assert (row["active"], row["started"], row["ended"]) == (5, 3, 4)
    assert row["endings_by_reason"] == {"client_left": 1, "studies": 1, "work": 2}
    assert row["work_or_studies_count"] == {"part": 3, "of": 4}
    assert row["work_or_studies"] is None  # 4 ended: too few for a share
    assert row["median_days_to_work"] is None
    # Three decisions in the quarter, none with an implementation plan, all past their 30 days.
    assert row["plans_within_30_days"] == {"part": 0, "of": 3}
    csv = await callers["coordinator"].get("/api/stats/indicators.csv", params={"quarter": quarter})
    assert csv.status_code == 200 and "Framtidsvägen AB" in csv.text and "för få" in csv.text
    assert (await callers["counsellor"].get("/api/stats/indicators", params={"quarter": quarter})).status_code == 403
    assert (await callers["supervisor"].get("/api/stats/indicators", params={"quarter": "2026Q5"})).status_code == 422
