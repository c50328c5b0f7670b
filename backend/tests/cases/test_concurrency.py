"""Concurrent moves of one case on PostgreSQL: exactly one wins, every other answers 409 (docs/api.md), and the history
holds exactly one row for the move.

The app runs under uvicorn in a thread of its own, and every claimant is a separate HTTP client with its own
session, so the requests really are in flight at the same time (the test checks that they overlapped). SQLite
serialises writers, so there is nothing to race there.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from kundval.app import create_app
from kundval.core.security import Role
from kundval.core.settings import Settings
from kundval.domain.cases.models import CaseStatus
from tests.factories import case_state, history, new_case, running_server, seed_demo, today

pytestmark = pytest.mark.usefixtures("skip_unless_postgresql")

COACHES = {f"provider1-coach{n}": ([Role.PROVIDER_STAFF], "provider1") for n in range(2, 5)}
COACH_NAMES = ["provider1-coach", *COACHES]


@pytest.fixture
def skip_unless_postgresql(settings: Settings) -> None:
    if settings.is_sqlite:
        pytest.skip("SQLite serialises writers: concurrent claims cannot race there")


async def _signed_in(base_url: str, username: str) -> httpx.AsyncClient:
    client = httpx.AsyncClient(base_url=base_url, timeout=30, headers={"Accept-Language": "en"})
    response = await client.post("/api/auth/login", json={"username": username, "password": "demo"})
    assert response.status_code == 200, response.text
    client.headers["x-csrftoken"] = client.cookies["csrftoken"]
    return client


async def _at_once(requests: Sequence[tuple[httpx.AsyncClient, str, dict]]) -> list[httpx.Response]:
    """Send every request at the same time; check that they were all in flight together."""
    spans: list[tuple[float, float]] = []

    async def send(client: httpx.AsyncClient, url: str, body: dict) -> httpx.Response:
        start = time.perf_counter()
        response = await client.post(url, json=body)
        spans.append((start, time.perf_counter()))
        return response

    responses = await asyncio.gather(*(send(*request) for request in requests))
    assert max(start for start, _ in spans) < min(end for _, end in spans), "the requests did not overlap"
    return list(responses)


async def test_of_8_concurrent_claims_exactly_one_wins(settings: Settings, engine: AsyncEngine) -> None:
    demo = await seed_demo(engine, COACHES)
    case = await new_case(engine, demo.users["counsellor"], CaseStatus.QUEUED, provider_id=demo.providers["provider1"])
    # (who signs in, whom they name): every coach claims for themself, the administrator once for each coach.
    claimants = [("provider1-admin", coach) for coach in COACH_NAMES] + [(coach, coach) for coach in COACH_NAMES]
    with running_server(create_app(settings)) as base_url:
        clients = [await _signed_in(base_url, username) for username, _coach in claimants]
        try:
            responses = await _at_once([
                (client, f"/api/cases/{case.id}/claim", {"coach_id": demo.user(coach)})
                for client, (_username, coach) in zip(clients, claimants, strict=True)])
        finally:
            for client in clients:
                await client.aclose()

    codes = sorted(r.status_code for r in responses)
    assert codes == [201] + [409] * 7, [r.text for r in responses]
    winner = next(r.json() for r in responses if r.status_code == 201)
    assert all("claimed" in r.json()["detail"] for r in responses if r.status_code == 409)
    state = await case_state(engine, case.id)
    assert (state.status, str(state.coach_id)) == (CaseStatus.CLAIMED, winner["coach_id"])
    assert [e.action for e in await history(engine, case.id)].count("claim") == 1
    assert state.messages == 1  # the counsellor is told once


async def test_hand_back_racing_claims_leaves_exactly_one_winner(settings: Settings, engine: AsyncEngine) -> None:
    demo = await seed_demo(engine, COACHES)
    case = await new_case(engine, demo.users["counsellor"], CaseStatus.QUEUED, provider_id=demo.providers["provider1"])
    with running_server(create_app(settings)) as base_url:
        handers = [await _signed_in(base_url, "provider1-admin") for _ in range(3)]
        claimers = [await _signed_in(base_url, name) for name in COACH_NAMES]
        try:
            responses = await _at_once(
                [(c, f"/api/cases/{case.id}/hand-back", {"reason": "Ingen plats."}) for c in handers]
                + [(c, f"/api/cases/{case.id}/claim", {"coach_id": demo.user(name)})
                   for c, name in zip(claimers, COACH_NAMES, strict=True)])
        finally:
            for client in handers + claimers:
                await client.aclose()

    assert [r.status_code for r in responses].count(201) == 1, [r.text for r in responses]
    # A loser reading after a hand-back no longer finds the case at its provider (404); otherwise 409.
    assert {r.status_code for r in responses} <= {201, 404, 409}
    moves = [e.action for e in await history(engine, case.id) if e.action in ("claim", "hand_back")]
    assert len(moves) == 1
    state = await case_state(engine, case.id)
    assert state.status == (CaseStatus.DECIDED if moves == ["hand_back"] else CaseStatus.CLAIMED)
    assert state.messages == 1


async def test_ending_while_claims_race_keeps_the_history_a_chain(settings: Settings, engine: AsyncEngine) -> None:
    """Ending is allowed from several statuses: the history must still record the status it really ended from.
    The race is lost only now and then, so it runs a few rounds."""
    demo = await seed_demo(engine, COACHES)
    with running_server(create_app(settings)) as base_url:
        counsellor = await _signed_in(base_url, "counsellor")
        claimers = [await _signed_in(base_url, name) for name in COACH_NAMES]
        try:
            for _round in range(10):
                case = await new_case(engine, demo.users["counsellor"], CaseStatus.QUEUED,
                                      provider_id=demo.providers["provider1"])
                await _at_once(
                    [(counsellor, f"/api/cases/{case.id}/end", {"reason": "client_left", "end_date": str(today())})]
                    + [(c, f"/api/cases/{case.id}/claim", {"coach_id": demo.user(name)})
                       for c, name in zip(claimers, COACH_NAMES, strict=True)])
                events = await history(engine, case.id)
                assert [(e.from_status, e.to_status) for e in events[1:]] == [
                    (before.to_status, after.to_status) for before, after in zip(events, events[1:], strict=False)]
                assert (await case_state(engine, case.id)).status == events[-1].to_status == CaseStatus.ENDED
        finally:
            for client in [counsellor, *claimers]:
                await client.aclose()


COUNSELLORS = {f"counsellor{n}": ([Role.COUNSELLOR], None) for n in range(3, 6)}


async def _race(settings: Settings, requests: Sequence[tuple[str, str, dict]]) -> list[httpx.Response]:
    """Each (username, url, body) from a client of its own, all at once."""
    with running_server(create_app(settings)) as base_url:
        clients = [await _signed_in(base_url, username) for username, _url, _body in requests]
        try:
            return await _at_once([(client, url, body)
                                   for client, (_username, url, body) in zip(clients, requests, strict=True)])
        finally:
            for client in clients:
                await client.aclose()


def _one_winner(responses: Sequence[httpx.Response]) -> dict:
    codes = sorted(r.status_code for r in responses)
    assert codes == [201] + [409] * (len(responses) - 1), [r.text for r in responses]
    assert all(r.json()["detail"] for r in responses if r.status_code == 409)
    return next(r.json() for r in responses if r.status_code == 201)


async def test_of_concurrent_coach_changes_exactly_one_wins(settings: Settings, engine: AsyncEngine) -> None:
    demo = await seed_demo(engine, COACHES)
    case = await new_case(engine, demo.users["counsellor"], CaseStatus.ACTIVE,
                          provider_id=demo.providers["provider1"], coach_id=demo.users["provider1-coach"])
    body = lambda coach: {"coach_id": demo.user(coach), "from_coach_id": demo.user("provider1-coach")}  # noqa: E731
    responses = await _race(settings, [("provider1-admin", f"/api/cases/{case.id}/coach", body(coach))
                                       for coach in COACHES for _ in range(2)])
    winner = _one_winner(responses)
    assert str((await case_state(engine, case.id)).coach_id) == winner["coach_id"]
    assert [e.action for e in await history(engine, case.id)].count("change_coach") == 1


async def test_of_concurrent_reassignments_exactly_one_wins(settings: Settings, engine: AsyncEngine) -> None:
    demo = await seed_demo(engine, COUNSELLORS)
    case = await new_case(engine, demo.users["counsellor"], CaseStatus.ACTIVE,
                          provider_id=demo.providers["provider1"], coach_id=demo.users["provider1-coach"])
    body = lambda to: {"counsellor_id": demo.user(to), "from_counsellor_id": demo.user("counsellor")}  # noqa: E731
    responses = await _race(settings, [("supervisor", f"/api/cases/{case.id}/reassign", body(to))
                                       for to in ["counsellor2", *COUNSELLORS] for _ in range(2)])
    winner = _one_winner(responses)
    assert str((await case_state(engine, case.id)).counsellor_id) == winner["counsellor_id"]
    assert [e.action for e in await history(engine, case.id)].count("reassign") == 1


async def test_withdrawing_while_claims_race_leaves_exactly_one_winner(settings: Settings, engine: AsyncEngine
                                                                       ) -> None:
    demo = await seed_demo(engine, COACHES)
    case = await new_case(engine, demo.users["counsellor"], CaseStatus.QUEUED, provider_id=demo.providers["provider1"])
    responses = await _race(
        settings, [("counsellor", f"/api/cases/{case.id}/withdraw", {"reason": "Kunden valde om."})] * 2
        + [(name, f"/api/cases/{case.id}/claim", {"coach_id": demo.user(name)}) for name in COACH_NAMES])
    assert [r.status_code for r in responses].count(201) == 1, [r.text for r in responses]
    assert {r.status_code for r in responses} <= {201, 404, 409}
    moves = [e.action for e in await history(engine, case.id) if e.action in ("claim", "withdraw")]
    assert len(moves) == 1
    state = await case_state(engine, case.id)
    assert (state.status, state.provider_id is None) == (
        (CaseStatus.DECIDED, True) if moves == ["withdraw"] else (CaseStatus.CLAIMED, False))


async def test_moving_while_claims_race_leaves_exactly_one_winner(settings: Settings, engine: AsyncEngine) -> None:
    """A claim that read the case before the move committed must not claim it at the old provider afterwards.
    The move wins that way only now and then, so it runs a few rounds."""
    demo = await seed_demo(engine, COACHES)
    for _round in range(10):
        case = await new_case(engine, demo.users["counsellor"], CaseStatus.QUEUED,
                              provider_id=demo.providers["provider1"])
        responses = await _race(
            settings, [("counsellor", f"/api/cases/{case.id}/move", {"provider_id": demo.provider("provider2")})]
            + [(name, f"/api/cases/{case.id}/claim", {"coach_id": demo.user(name)}) for name in COACH_NAMES])
        assert [r.status_code for r in responses].count(201) == 1, [r.text for r in responses]
        moves = [e.action for e in await history(engine, case.id) if e.action in ("claim", "move")]
        assert len(moves) == 1
        state = await case_state(engine, case.id)
        assert (state.status, state.provider_id) == (
            (CaseStatus.QUEUED, demo.providers["provider2"]) if moves == ["move"]
            else (CaseStatus.CLAIMED, demo.providers["provider1"]))


async def test_of_concurrent_reopenings_exactly_one_wins(settings: Settings, engine: AsyncEngine) -> None:
    demo = await seed_demo(engine)
    case = await new_case(engine, demo.users["counsellor"], CaseStatus.ENDED,
                          provider_id=demo.providers["provider1"], coach_id=demo.users["provider1-coach"])
    responses = await _race(settings, [("counsellor", f"/api/cases/{case.id}/reopen", {"reason": "Misstag."})] * 4)
    assert _one_winner(responses)["status"] == "active"
    assert [e.action for e in await history(engine, case.id)].count("reopen") == 1
