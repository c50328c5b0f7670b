"""What closes the counsellor's absence items and the yearly review, and what only one of concurrent requests may
record; with the obligations that events close (claim, plan, monthly report) as the to-do list shows them."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

import time_machine
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from kundval.core import clock
from kundval.core.calendar import SWEDISH
from kundval.core.settings import Settings
from kundval.domain.absence.models import Absence, AbsenceType, InvalidGround
from kundval.domain.cases.models import Case, CaseStatus
from kundval.domain.documents.models import Document, DocumentKind, DocumentReview, DocumentStatus
from kundval.domain.interventions.catalogue import Intervention
from kundval.domain.tasks.models import AbsenceHandled, ProgressionReview
from tests.concurrency import Shot, one_winner, race, skip_unless_postgresql
from tests.factories import Caller, Demo, make_case, make_client, seed_demo, sign_in, today


async def _tasks(caller: Caller, **params: Any) -> list[dict[str, Any]]:
    response = await caller.get("/api/tasks", params=params)
    assert response.status_code == 200, response.text
    return response.json()["items"]


async def _active_case(engine: AsyncEngine, demo: Demo, **fields: Any) -> Case:
    async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
        kund = await make_client(session, demo.users["counsellor"])
        return await make_case(
            session,
            kund,
            CaseStatus.ACTIVE,
            provider_id=demo.providers["provider1"],
            coach_id=demo.users["provider1-coach"],
            **fields,
        )


async def _invalid_absence(engine: AsyncEngine, case: Case, kind: AbsenceType = AbsenceType.INVALID) -> Absence:
    async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
        absence = Absence(
            case_id=case.id,
            date_from=today() - timedelta(days=1),
            date_to=today() - timedelta(days=1),
            type=kind,
            ground=InvalidGround.NO_SHOW if kind == AbsenceType.INVALID else None,
        )
        session.add(absence)
    return absence


async def test_invalid_absence_is_the_counsellors_until_marked_handled(
    app: Litestar, engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    demo = await seed_demo(engine)
    case = await _active_case(engine, demo)
    absence = await _invalid_absence(engine, case)
    sick = await _invalid_absence(engine, case, AbsenceType.SICK)
    counsellor = await sign_in(client, "counsellor")
    (item,) = await _tasks(counsellor, rule="invalid_absence", case_id=str(case.id))
    assert item["owner"] == "counsellor" and item["link"] == f"/arenden/{case.id}/franvaro"
    # The provider does not see the counsellor's item.
    assert await _tasks(await sign_in(client, "provider1-admin"), rule="invalid_absence") == []
    # Another counsellor's absence is not found; another type of absence is not handled.
    other = await sign_in(client, "counsellor2")
    assert (await other.post(f"/api/absences/{absence.id}/handled")).status_code == 404
    assert (await counsellor.post(f"/api/absences/{sick.id}/handled")).status_code == 409
    response = await counsellor.post(f"/api/absences/{absence.id}/handled")
    assert response.status_code == 201, response.text
    assert response.json()["absence_id"] == str(absence.id)
    assert await _tasks(counsellor, rule="invalid_absence", case_id=str(case.id)) == []
    assert (await counsellor.post(f"/api/absences/{absence.id}/handled")).status_code == 409


async def test_the_yearly_review_is_due_a_year_after_the_start_and_a_recorded_one_moves_it_on(
    app: Litestar, engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    demo = await seed_demo(engine)
    start = today() - timedelta(days=400)
    case = await _active_case(engine, demo, intervention=Intervention.JOBBPENG_FORSTARKT, decision_date=start)
    grund = await _active_case(engine, demo, intervention=Intervention.JOBBPENG_GRUND, decision_date=start)
    counsellor = await sign_in(client, "counsellor")
    (item,) = await _tasks(counsellor, rule="progression_review", case_id=str(case.id))
    started = start + timedelta(days=2)  # make_case starts an active case two days after the decision
    first_due = date(started.year + 1, started.month, min(started.day, 28 if started.month == 2 else started.day))
    assert item["due"] == first_due.isoformat() and item["overdue"] is True
    assert await _tasks(counsellor, rule="progression_review", case_id=str(grund.id)) == []
    assert (
        await counsellor.post(f"/api/cases/{grund.id}/progression-reviews", json={"note": "Ok."})
    ).status_code == 409
    assert (await counsellor.post(f"/api/cases/{case.id}/progression-reviews", json={"note": ""})).status_code == 422
    response = await counsellor.post(f"/api/cases/{case.id}/progression-reviews", json={"note": "God progression."})
    assert response.status_code == 201, response.text
    assert response.json()["due"] == first_due.isoformat()
    assert response.json()["next_due"] > first_due.isoformat()
    # The next one is a year ahead: listed only from 30 days before it, and not to be recorded before then.
    assert await _tasks(counsellor, rule="progression_review", case_id=str(case.id)) == []
    again = await counsellor.post(f"/api/cases/{case.id}/progression-reviews", json={"note": "Igen."})
    assert again.status_code == 409 and response.json()["next_due"] in again.text


async def test_events_close_the_obligations_they_fulfil(
    app: Litestar, engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    demo = await seed_demo(engine)
    async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
        kund = await make_client(session, demo.users["counsellor"])
        queued = await make_case(session, kund, CaseStatus.QUEUED, provider_id=demo.providers["provider1"])
    admin = await sign_in(client, "provider1-admin")
    assert [i["rule"] for i in await _tasks(admin, case_id=str(queued.id))] == ["claim"]
    claimed = await admin.post(f"/api/cases/{queued.id}/claim", json={"coach_id": demo.user("provider1-coach")})
    assert claimed.status_code in (200, 201), claimed.text
    # Claimed: the claim is gone; the counsellor owes the publication, the coach the first plan.
    assert {i["rule"] for i in await _tasks(admin, case_id=str(queued.id))} == {"first_plan"}
    counsellor = await sign_in(client, "counsellor")
    assert {i["rule"] for i in await _tasks(counsellor, case_id=str(queued.id))} == {"first_plan", "publish"}

    case = await _active_case(engine, demo)
    month = f"{case.start_date:%Y-%m}"
    async with AsyncSession(engine, expire_on_commit=False) as session, session.begin():
        session.add(Document(case_id=case.id, kind=DocumentKind.IMPLEMENTATION_PLAN, status=DocumentStatus.DRAFT))
    # A draft is not handed in: the first plan is still owed.
    assert "first_plan" in {i["rule"] for i in await _tasks(counsellor, case_id=str(case.id))}
    async with AsyncSession(engine, expire_on_commit=False) as session, session.begin():
        plan = Document(
            case_id=case.id,
            kind=DocumentKind.IMPLEMENTATION_PLAN,
            status=DocumentStatus.SUBMITTED,
            submitted_at=clock.now(),
        )
        report = Document(case_id=case.id, kind=DocumentKind.MONTHLY_REPORT, month=month, status=DocumentStatus.DRAFT)
        session.add_all([plan, report])
    rules_now = {(i["rule"], i["month"]) for i in await _tasks(counsellor, case_id=str(case.id))}
    assert ("first_plan", None) not in rules_now and ("plan_review", None) in rules_now
    assert ("monthly_report", month) in rules_now  # a draft is not handed in
    async with AsyncSession(engine, expire_on_commit=False) as session, session.begin():
        (await session.get_one(Document, report.id)).status = DocumentStatus.SUBMITTED
        (await session.get_one(Document, report.id)).submitted_at = clock.now()
        (await session.get_one(Document, plan.id)).status = DocumentStatus.APPROVED
    rules_now = {(i["rule"], i["month"]) for i in await _tasks(counsellor, case_id=str(case.id))}
    assert ("monthly_report", month) not in rules_now and ("monthly_report_review", month) in rules_now
    assert ("plan_review", None) not in rules_now


async def test_a_case_assigned_on_january_31_is_late_with_its_plan_on_march_1(
    app: Litestar, engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    demo = await seed_demo(engine)
    async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
        kund = await make_client(session, demo.users["counsellor"])
        case = await make_case(
            session,
            kund,
            CaseStatus.CLAIMED,
            provider_id=demo.providers["provider1"],
            coach_id=demo.users["provider1-coach"],
            decision_date=date(2027, 1, 31),
        )
    for day, overdue in ((date(2027, 2, 28), False), (date(2027, 3, 1), True)):
        with time_machine.travel(datetime.combine(day, time(9), tzinfo=clock.MUNICIPALITY_TZ), tick=True):
            coach = await sign_in(client, "provider1-coach")
            (item,) = await _tasks(coach, case_id=str(case.id), rule="first_plan")
        assert item["due"] == "2027-02-28" and item["overdue"] is overdue


async def test_decembers_report_is_due_in_january_and_late_on_the_8th(
    app: Litestar, engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    demo = await seed_demo(engine)
    case = await _active_case(engine, demo, decision_date=date(2027, 11, 20))
    for day, overdue in ((date(2028, 1, 7), False), (date(2028, 1, 8), True)):
        with time_machine.travel(datetime.combine(day, time(9), tzinfo=clock.MUNICIPALITY_TZ), tick=True):
            coach = await sign_in(client, "provider1-coach")
            items = await _tasks(coach, case_id=str(case.id), rule="monthly_report")
        december = next(i for i in items if i["month"] == "2027-12")
        assert december["due"] == "2028-01-07" and december["overdue"] is overdue
        assert [i["month"] for i in items] == ["2027-11", "2027-12", "2028-01"]


async def test_of_concurrent_handled_marks_exactly_one_is_recorded(
    app: Litestar, engine: AsyncEngine, settings: Settings
) -> None:
    skip_unless_postgresql(settings)
    demo = await seed_demo(engine)
    case = await _active_case(engine, demo)
    absence = await _invalid_absence(engine, case)
    responses = await race(app, [Shot("counsellor", f"/api/absences/{absence.id}/handled")] * 8)
    one_winner(responses)
    async with AsyncSession(engine) as session:
        assert await session.scalar(select(func.count()).select_from(AbsenceHandled)) == 1


async def test_of_concurrent_progression_reviews_exactly_one_is_recorded(
    app: Litestar, engine: AsyncEngine, settings: Settings
) -> None:
    skip_unless_postgresql(settings)
    demo = await seed_demo(engine)
    case = await _active_case(engine, demo, intervention=Intervention.SAI, decision_date=today() - timedelta(days=370))
    shots = [Shot("counsellor", f"/api/cases/{case.id}/progression-reviews", json={"note": "Ok."})] * 8
    one_winner(await race(app, shots))
    async with AsyncSession(engine) as session:
        assert await session.scalar(select(func.count()).select_from(ProgressionReview)) == 1


async def test_a_sick_spell_past_day_8_owes_a_certificate_until_one_is_handed_in(
    app: Litestar, engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    demo = await seed_demo(engine)
    case = await _active_case(engine, demo, decision_date=today() - timedelta(days=40))
    first = today() - timedelta(days=12)
    async with AsyncSession(engine, expire_on_commit=False) as session, session.begin():
        session.add(
            Absence(case_id=case.id, date_from=first, date_to=today() - timedelta(days=1), type=AbsenceType.SICK)
        )
    coach = await sign_in(client, "provider1-coach")
    (item,) = await _tasks(coach, rule="certificate", case_id=str(case.id))
    # Day 8 of the spell, and a week later (the absence rules' CertificateDemand).
    assert item["due"] == (first + timedelta(days=7 + 7)).isoformat() and item["owner"] == "coach"
    assert "läkarintyg" in item["title"]
    async with AsyncSession(engine, expire_on_commit=False) as session, session.begin():
        session.add(
            Document(
                case_id=case.id,
                kind=DocumentKind.MEDICAL_CERTIFICATE,
                status=DocumentStatus.SUBMITTED,
                submitted_at=clock.now(),
            )
        )
    assert await _tasks(coach, rule="certificate", case_id=str(case.id)) == []


async def test_leave_over_14_days_is_the_counsellors_until_the_case_ends(
    app: Litestar, engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    demo = await seed_demo(engine)
    case = await _active_case(engine, demo, decision_date=today() - timedelta(days=40))
    first = today() + timedelta(days=3)
    async with AsyncSession(engine, expire_on_commit=False) as session, session.begin():
        session.add(
            Absence(
                case_id=case.id, date_from=first, date_to=first + timedelta(days=15), type=AbsenceType.HOLIDAY_LEAVE
            )
        )
    counsellor = await sign_in(client, "counsellor")
    (item,) = await _tasks(counsellor, rule="leave_over_limit", case_id=str(case.id))
    assert item["due"] == (first + timedelta(days=14)).isoformat()
    ended = await counsellor.post(
        f"/api/cases/{case.id}/end", json={"reason": "long_absence", "end_date": today().isoformat()}
    )
    assert ended.status_code == 201, ended.text
    assert await _tasks(counsellor, rule="leave_over_limit", case_id=str(case.id)) == []
    # The ended case still owes its final report, 14 days after the unforeseen end.
    (final,) = await _tasks(counsellor, rule="final_report", case_id=str(case.id))
    assert final["due"] == (today() + timedelta(days=14)).isoformat()


async def test_a_returned_document_is_back_with_the_coach_for_5_working_days(
    app: Litestar, engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    demo = await seed_demo(engine)
    case = await _active_case(engine, demo)
    async with AsyncSession(engine, expire_on_commit=False) as session, session.begin():
        plan = Document(
            case_id=case.id, kind=DocumentKind.IMPLEMENTATION_PLAN, status=DocumentStatus.RETURNED, returned_version=1
        )
        session.add(plan)
        await session.flush()
        session.add(DocumentReview(document_id=plan.id, version_number=1, action="return", at=clock.now()))
    coach = await sign_in(client, "provider1-coach")
    (item,) = await _tasks(coach, rule="returned", case_id=str(case.id))
    assert item["document_id"] == str(plan.id) and item["link"] == f"/dokument/{plan.id}"
    assert item["due"] == SWEDISH.add_working_days(today(), 5).isoformat()
    # A returned plan counts as the first plan handed in: the coach owes its fix, not a first plan.
    assert await _tasks(coach, rule="first_plan", case_id=str(case.id)) == []


async def test_a_client_queued_on_maundy_thursday_is_due_for_claim_on_the_tuesday_after_easter(
    app: Litestar, engine: AsyncEngine, client: AsyncTestClient[Litestar]
) -> None:
    demo = await seed_demo(engine)
    # Easter 2027: Maundy Thursday March 25, Good Friday 26, Easter Monday 29.
    with time_machine.travel(datetime.combine(date(2027, 3, 25), time(15), tzinfo=clock.MUNICIPALITY_TZ), tick=True):
        async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
            kund = await make_client(session, demo.users["counsellor"])
            case = await make_case(session, kund, CaseStatus.QUEUED, provider_id=demo.providers["provider1"])
    for day, overdue in ((date(2027, 3, 30), False), (date(2027, 3, 31), True)):
        with time_machine.travel(datetime.combine(day, time(9), tzinfo=clock.MUNICIPALITY_TZ), tick=True):
            admin = await sign_in(client, "provider1-admin")
            (item,) = await _tasks(admin, case_id=str(case.id))
        assert (item["rule"], item["due"], item["overdue"]) == ("claim", "2027-03-30", overdue)
