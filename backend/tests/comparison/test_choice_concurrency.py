"""One winner for choice codes (issue 10 point 3): a code counts for one choice however often it is sent at once, and
of concurrent issues of a new code for one case exactly one code works afterwards (each new one revokes the ones
before it). Row-lock races run on PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from kundval.app import create_app
from kundval.core.settings import Settings
from kundval.domain.cases.models import Case, CaseStatus
from kundval.domain.choices.models import ChoiceCode
from kundval.domain.messages.models import Message
from tests.concurrency import Shot, one_winner, race, skip_unless_postgresql
from tests.factories import new_case, seed_demo

N = 8


async def _live_codes(engine: AsyncEngine, case: Case) -> list[ChoiceCode]:
    async with async_sessionmaker(engine)() as session:
        return list(
            (
                await session.scalars(
                    select(ChoiceCode).where(
                        ChoiceCode.case_id == case.id, ChoiceCode.revoked.is_(False), ChoiceCode.used_at.is_(None)
                    )
                )
            ).all()
        )


async def test_of_concurrent_issues_exactly_one_code_works(settings: Settings, engine: AsyncEngine) -> None:
    skip_unless_postgresql(settings)
    demo = await seed_demo(engine)
    case = await new_case(engine, demo.users["counsellor"], CaseStatus.DECIDED)
    app = create_app(settings)
    responses = await race(app, [Shot("counsellor", f"/api/cases/{case.id}/choice-code")] * N)
    assert {r.status_code for r in responses} == {201}, [(r.status_code, r.text) for r in responses]
    assert len(await _live_codes(engine, case)) == 1
    # Exactly one of the codes handed out is the one that works.
    answers = [
        (
            await race(
                app,
                [
                    Shot(
                        None,
                        "/api/public/choices",
                        json={"code": r.json()["code"], "provider_id": demo.provider("provider1")},
                    )
                ],
            )
        )[0].status_code
        for r in responses
    ]
    assert sorted(answers) == [201] + [422] * (N - 1), answers


async def test_of_concurrent_choices_with_one_code_exactly_one_counts(settings: Settings, engine: AsyncEngine) -> None:
    skip_unless_postgresql(settings)
    demo = await seed_demo(engine)
    case = await new_case(engine, demo.users["counsellor"], CaseStatus.DECIDED)
    app = create_app(settings)
    issued = await race(app, [Shot("counsellor", f"/api/cases/{case.id}/choice-code")])
    code = issued[0].json()["code"]
    responses = await race(
        app,
        [
            Shot(None, "/api/public/choices", json={"code": code, "provider_id": demo.provider(key)})
            for key in ("provider1", "provider2") * (N // 2)
        ],
    )
    one_winner(responses)
    async with async_sessionmaker(engine)() as session:
        stored = await session.get_one(Case, case.id)
        told = (await session.scalars(select(Message.kind).where(Message.case_id == case.id))).all()
    assert stored.chosen_provider_id is not None
    assert list(told).count("choice_made") == 1
