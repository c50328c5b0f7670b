"""Every transition of a case raced on PostgreSQL: exactly one request wins, every other answers 409 (docs/api.md),
and the history holds exactly one row for the step.

The requests race through :mod:`tests.concurrency` (each from a client of its own against the app under uvicorn;
the helper checks that they overlapped). SQLite serialises writers, so there is nothing to race there.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from kundval.app import create_app
from kundval.core.security import Role
from kundval.core.settings import Settings
from kundval.domain.cases.models import Case, CaseStatus
from tests import concurrency
from tests.concurrency import Shot, one_winner, race
from tests.factories import case_state, history, new_case, seed_demo, today

pytestmark = pytest.mark.usefixtures("skip_unless_postgresql")

COACHES = {f"provider1-coach{n}": ([Role.PROVIDER_STAFF], "provider1") for n in range(2, 5)}
COACH_NAMES = ["provider1-coach", *COACHES]


@pytest.fixture
def skip_unless_postgresql(settings: Settings) -> None:
    concurrency.skip_unless_postgresql(settings)


async def test_of_8_concurrent_claims_exactly_one_wins(settings: Settings, engine: AsyncEngine) -> None:
    demo = await seed_demo(engine, COACHES)
    case = await new_case(engine, demo.users["counsellor"], CaseStatus.QUEUED, provider_id=demo.providers["provider1"])
    # (who signs in, whom they name): every coach claims for themself, the administrator once for each coach.
    claimants = [("provider1-admin", coach) for coach in COACH_NAMES] + [(coach, coach) for coach in COACH_NAMES]
    responses = await race(
        create_app(settings),
        [
            Shot(username, f"/api/cases/{case.id}/claim", json={"coach_id": demo.user(coach)})
            for username, coach in claimants
        ],
    )
    winner = one_winner(responses).json()
    assert all("claimed" in r.json()["detail"] for r in responses if r.status_code == 409)
    state = await case_state(engine, case.id)
    assert (state.status, str(state.coach_id)) == (CaseStatus.CLAIMED, winner["coach_id"])
    assert [e.action for e in await history(engine, case.id)].count("claim") == 1
    assert state.messages == 1  # the counsellor is told once


async def test_hand_back_racing_claims_leaves_exactly_one_winner(settings: Settings, engine: AsyncEngine) -> None:
    demo = await seed_demo(engine, COACHES)
    case = await new_case(engine, demo.users["counsellor"], CaseStatus.QUEUED, provider_id=demo.providers["provider1"])
    responses = await race(
        create_app(settings),
        [Shot("provider1-admin", f"/api/cases/{case.id}/hand-back", json={"reason": "Ingen plats."})] * 3
        + [Shot(name, f"/api/cases/{case.id}/claim", json={"coach_id": demo.user(name)}) for name in COACH_NAMES],
    )

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
    for _round in range(10):
        case = await new_case(
            engine, demo.users["counsellor"], CaseStatus.QUEUED, provider_id=demo.providers["provider1"]
        )
        await race(
            create_app(settings),
            [Shot("counsellor", f"/api/cases/{case.id}/end", json={"reason": "client_left", "end_date": str(today())})]
            + [Shot(name, f"/api/cases/{case.id}/claim", json={"coach_id": demo.user(name)}) for name in COACH_NAMES],
        )
        events = await history(engine, case.id)
        assert [(e.from_status, e.to_status) for e in events[1:]] == [
            (before.to_status, after.to_status) for before, after in zip(events, events[1:], strict=False)
        ]
        assert (await case_state(engine, case.id)).status == events[-1].to_status == CaseStatus.ENDED


COUNSELLORS = {f"counsellor{n}": ([Role.COUNSELLOR], None) for n in range(3, 6)}


async def _race(settings: Settings, requests: list[tuple[str, str, dict]]) -> list:
    """Each (username, url, body) from a client of its own, all at once."""
    return await race(create_app(settings), [Shot(username, url, json=body) for username, url, body in requests])


def _one_winner(responses: list, success: int = 201) -> dict:
    return one_winner(responses, success).json()


async def test_of_concurrent_coach_changes_exactly_one_wins(settings: Settings, engine: AsyncEngine) -> None:
    demo = await seed_demo(engine, COACHES)
    case = await new_case(
        engine,
        demo.users["counsellor"],
        CaseStatus.ACTIVE,
        provider_id=demo.providers["provider1"],
        coach_id=demo.users["provider1-coach"],
    )
    body = lambda coach: {"coach_id": demo.user(coach), "from_coach_id": demo.user("provider1-coach")}  # noqa: E731
    responses = await _race(
        settings,
        [("provider1-admin", f"/api/cases/{case.id}/coach", body(coach)) for coach in COACHES for _ in range(2)],
    )
    winner = _one_winner(responses)
    assert str((await case_state(engine, case.id)).coach_id) == winner["coach_id"]
    assert [e.action for e in await history(engine, case.id)].count("change_coach") == 1


async def test_of_concurrent_reassignments_exactly_one_wins(settings: Settings, engine: AsyncEngine) -> None:
    demo = await seed_demo(engine, COUNSELLORS)
    case = await new_case(
        engine,
        demo.users["counsellor"],
        CaseStatus.ACTIVE,
        provider_id=demo.providers["provider1"],
        coach_id=demo.users["provider1-coach"],
    )
    body = lambda to: {"counsellor_id": demo.user(to), "from_counsellor_id": demo.user("counsellor")}  # noqa: E731
    responses = await _race(
        settings,
        [
            ("supervisor", f"/api/cases/{case.id}/reassign", body(to))
            for to in ["counsellor2", *COUNSELLORS]
            for _ in range(2)
        ],
    )
    winner = _one_winner(responses)
    assert str((await case_state(engine, case.id)).counsellor_id) == winner["counsellor_id"]
    assert [e.action for e in await history(engine, case.id)].count("reassign") == 1


async def test_withdrawing_while_claims_race_leaves_exactly_one_winner(settings: Settings, engine: AsyncEngine) -> None:
    demo = await seed_demo(engine, COACHES)
    case = await new_case(engine, demo.users["counsellor"], CaseStatus.QUEUED, provider_id=demo.providers["provider1"])
    responses = await _race(
        settings,
        [("counsellor", f"/api/cases/{case.id}/withdraw", {"reason": "Kunden valde om."})] * 2
        + [(name, f"/api/cases/{case.id}/claim", {"coach_id": demo.user(name)}) for name in COACH_NAMES],
    )
    assert [r.status_code for r in responses].count(201) == 1, [r.text for r in responses]
    assert {r.status_code for r in responses} <= {201, 404, 409}
    moves = [e.action for e in await history(engine, case.id) if e.action in ("claim", "withdraw")]
    assert len(moves) == 1
    state = await case_state(engine, case.id)
    assert (state.status, state.provider_id is None) == (
        (CaseStatus.DECIDED, True) if moves == ["withdraw"] else (CaseStatus.CLAIMED, False)
    )


async def test_moving_while_claims_race_leaves_exactly_one_winner(settings: Settings, engine: AsyncEngine) -> None:
    """A claim that read the case before the move committed must not claim it at the old provider afterwards.
    The move wins that way only now and then, so it runs a few rounds."""
    demo = await seed_demo(engine, COACHES)
    for _round in range(10):
        case = await new_case(
            engine, demo.users["counsellor"], CaseStatus.QUEUED, provider_id=demo.providers["provider1"]
        )
        responses = await _race(
            settings,
            [("counsellor", f"/api/cases/{case.id}/move", {"provider_id": demo.provider("provider2")})]
            + [(name, f"/api/cases/{case.id}/claim", {"coach_id": demo.user(name)}) for name in COACH_NAMES],
        )
        assert [r.status_code for r in responses].count(201) == 1, [r.text for r in responses]
        moves = [e.action for e in await history(engine, case.id) if e.action in ("claim", "move")]
        assert len(moves) == 1
        state = await case_state(engine, case.id)
        assert (state.status, state.provider_id) == (
            (CaseStatus.QUEUED, demo.providers["provider2"])
            if moves == ["move"]
            else (CaseStatus.CLAIMED, demo.providers["provider1"])
        )


async def test_of_concurrent_reopenings_exactly_one_wins(settings: Settings, engine: AsyncEngine) -> None:
    demo = await seed_demo(engine)
    case = await new_case(
        engine,
        demo.users["counsellor"],
        CaseStatus.ENDED,
        provider_id=demo.providers["provider1"],
        coach_id=demo.users["provider1-coach"],
    )
    responses = await _race(settings, [("counsellor", f"/api/cases/{case.id}/reopen", {"reason": "Misstag."})] * 4)
    assert _one_winner(responses)["status"] == "active"
    assert [e.action for e in await history(engine, case.id)].count("reopen") == 1


N = 8  # concurrent requests per race below: enough to overlap on two cores, few enough to stay quick


async def test_of_concurrent_queueings_exactly_one_wins(settings: Settings, engine: AsyncEngine) -> None:
    demo = await seed_demo(engine, COUNSELLORS)
    case = await new_case(engine, demo.users["counsellor"], CaseStatus.DECIDED)
    winner = _one_winner(
        await _race(
            settings,
            [
                ("counsellor", f"/api/cases/{case.id}/queue", {"provider_id": demo.provider(key)})
                for key in ("provider1", "provider2")
                for _ in range(N // 2)
            ],
        )
    )
    state = await case_state(engine, case.id)
    assert (state.status, str(state.provider_id)) == (CaseStatus.QUEUED, winner["provider_id"])
    assert [e.action for e in await history(engine, case.id)].count("queue") == 1
    assert state.messages == 1  # one provider is told, once


async def test_of_concurrent_hand_backs_exactly_one_wins(settings: Settings, engine: AsyncEngine) -> None:
    demo = await seed_demo(engine, COACHES)
    case = await new_case(engine, demo.users["counsellor"], CaseStatus.QUEUED, provider_id=demo.providers["provider1"])
    _one_winner(
        await _race(
            settings,
            [
                (name, f"/api/cases/{case.id}/hand-back", {"reason": f"Ingen plats {n}."})
                for n, name in enumerate(COACH_NAMES * 2)
            ],
        )
    )
    assert (await case_state(engine, case.id)).status == CaseStatus.DECIDED
    assert [e.action for e in await history(engine, case.id)].count("hand_back") == 1


async def test_of_concurrent_publications_exactly_one_wins(settings: Settings, engine: AsyncEngine) -> None:
    demo = await seed_demo(engine)
    case = await new_case(
        engine,
        demo.users["counsellor"],
        CaseStatus.CLAIMED,
        provider_id=demo.providers["provider1"],
        coach_id=demo.users["provider1-coach"],
    )
    winner = _one_winner(
        await _race(
            settings,
            [
                (
                    "counsellor",
                    f"/api/cases/{case.id}/publish",
                    {"assignment": f"Uppdrag {n}.", "future_plan": "Arbete."},
                )
                for n in range(N)
            ],
        )
    )
    assert winner["status"] == "active"
    assert [e.action for e in await history(engine, case.id)].count("publish") == 1


async def test_of_concurrent_endings_exactly_one_wins(settings: Settings, engine: AsyncEngine) -> None:
    demo = await seed_demo(engine)
    case = await new_case(
        engine,
        demo.users["counsellor"],
        CaseStatus.ACTIVE,
        provider_id=demo.providers["provider1"],
        coach_id=demo.users["provider1-coach"],
    )
    reasons = ["work", "studies"]
    winner = _one_winner(
        await _race(
            settings,
            [
                ("counsellor", f"/api/cases/{case.id}/end", {"reason": reasons[n % 2], "end_date": str(today())})
                for n in range(N)
            ],
        )
    )
    state = await case_state(engine, case.id)
    assert (state.status, state.end_reason) == (CaseStatus.ENDED, winner["end_reason"])
    assert [e.action for e in await history(engine, case.id)].count("end") == 1


async def test_of_concurrent_withdrawals_exactly_one_wins(settings: Settings, engine: AsyncEngine) -> None:
    demo = await seed_demo(engine)
    case = await new_case(engine, demo.users["counsellor"], CaseStatus.QUEUED, provider_id=demo.providers["provider1"])
    _one_winner(
        await _race(
            settings, [("counsellor", f"/api/cases/{case.id}/withdraw", {"reason": f"Omval {n}."}) for n in range(N)]
        )
    )
    assert (await case_state(engine, case.id)).status == CaseStatus.DECIDED
    assert [e.action for e in await history(engine, case.id)].count("withdraw") == 1


async def test_of_concurrent_moves_exactly_one_wins(settings: Settings, engine: AsyncEngine) -> None:
    demo = await seed_demo(engine)
    case = await new_case(engine, demo.users["counsellor"], CaseStatus.QUEUED, provider_id=demo.providers["provider1"])
    winner = _one_winner(
        await _race(
            settings,
            [
                (
                    "counsellor",
                    f"/api/cases/{case.id}/move",
                    # as the move form sends it: the provider the counsellor saw the client queued at
                    {"provider_id": demo.provider("provider2"), "from_provider_id": demo.provider("provider1")},
                )
            ]
            * N,
        )
    )
    assert winner["provider_id"] == demo.provider("provider2")
    assert [e.action for e in await history(engine, case.id)].count("move") == 1


async def test_concurrent_corrections_of_one_field_are_serialised(settings: Settings, engine: AsyncEngine) -> None:
    """A correction names no value it saw, so one that reads after another committed is a real second change and
    wins too (the test cannot force all to read first on two busy cores). What must hold: the losers answer 409,
    every winner is one history row, and the case ends at one winner's value, never at a mix or a 500."""
    demo = await seed_demo(engine)
    case = await new_case(
        engine,
        demo.users["counsellor"],
        CaseStatus.ACTIVE,
        provider_id=demo.providers["provider1"],
        coach_id=demo.users["provider1-coach"],
    )
    responses = await race(
        create_app(settings),
        [
            Shot(
                "counsellor",
                f"/api/cases/{case.id}",
                method="PATCH",
                json={"reason": f"Rättelse {n}.", "decision_date": str(case.decision_date - timedelta(days=n + 1))},
            )
            for n in range(N)
        ],
    )
    codes = [r.status_code for r in responses]
    assert set(codes) <= {200, 409} and 200 in codes, [(r.status_code, r.text) for r in responses]
    winners = {r.json()["decision_date"] for r in responses if r.status_code == 200}
    assert [e.action for e in await history(engine, case.id)].count("correct") == codes.count(200)
    async with AsyncSession(engine) as session:
        assert str((await session.get_one(Case, case.id)).decision_date) in winners
