"""The rules of routine 002 §3.5 and §3.6 as the register applies them, on fixed days (time_machine).

November 2026: the 2nd is a Monday. The case started on 3 September 2026.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

import pytest
import time_machine
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from kundval.app import create_app
from kundval.core.clock import MUNICIPALITY_TZ
from kundval.core.settings import Settings
from kundval.domain.absence.models import Absence, AbsenceType
from kundval.domain.cases.models import CaseStatus
from tests.factories import Caller, Demo, inbox, make_case, make_client, seed_demo, sign_in

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
DECIDED = date(2026, 9, 1)


def at(day: date, hour: int = 10) -> datetime:
    """``hour`` o'clock on ``day`` in Sweden."""
    return datetime(day.year, day.month, day.day, hour, tzinfo=MUNICIPALITY_TZ)


@pytest.fixture
def traveller() -> Iterator[time_machine.Traveller]:
    """Today is Friday 20 November 2026 unless a test moves on."""
    with time_machine.travel(at(date(2026, 11, 20)), tick=True) as travel:
        yield travel


@dataclass
class Register:
    demo: Demo
    coach: Caller
    counsellor: Caller
    case_id: str
    engine: AsyncEngine

    async def add(self, first: date, last: date, kind: str = "sick", **fields: Any) -> Any:
        return await self.coach.post(
            f"/api/cases/{self.case_id}/absences",
            json={"date_from": str(first), "date_to": str(last), "type": kind, **fields},
        )

    async def read(self, caller: Caller | None = None) -> dict[str, Any]:
        response = await (caller or self.counsellor).get(f"/api/cases/{self.case_id}/absences")
        assert response.status_code == 200, response.text
        return response.json()

    async def hand_in_certificate(self, kind: str = "medical_certificate", *, submit: bool = True) -> str:
        uploaded = await self.coach.post(
            f"/api/cases/{self.case_id}/documents",
            data={"kind": kind},
            files={"file": ("intyg.pdf", PDF, "application/pdf")},
        )
        assert uploaded.status_code == 201, uploaded.text
        if submit:
            await self.submit(uploaded.json()["id"])
        return str(uploaded.json()["id"])

    async def submit(self, document_id: str) -> None:
        response = await self.coach.post(f"/api/documents/{document_id}/submit")
        assert response.status_code == 201, response.text


async def _register(settings: Settings, engine: AsyncEngine, *, social_assistance: bool) -> AsyncIterator[Register]:
    demo = await seed_demo(engine)
    async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
        client = await make_client(session, demo.users["counsellor"], social_assistance=social_assistance)
        case = await make_case(
            session,
            client,
            CaseStatus.ACTIVE,
            provider_id=demo.providers["provider1"],
            coach_id=demo.users["provider1-coach"],
            decision_date=DECIDED,
        )
    # Sign-ins that outlast the days a test moves over.
    app: Litestar = create_app(replace(settings, session_hours=24 * 14))
    async with AsyncTestClient(app=app) as client:
        yield Register(
            demo, await sign_in(client, "provider1-coach"), await sign_in(client, "counsellor"), str(case.id), engine
        )


@pytest.fixture
async def register(
    traveller: time_machine.Traveller, settings: Settings, engine: AsyncEngine
) -> AsyncIterator[Register]:
    """An active case of a client without social assistance at provider 1, its coach and its counsellor."""
    async for item in _register(settings, engine, social_assistance=False):
        yield item


@pytest.fixture
async def assisted(
    traveller: time_machine.Traveller, settings: Settings, engine: AsyncEngine
) -> AsyncIterator[Register]:
    """The same for a client with social assistance."""
    async for item in _register(settings, engine, social_assistance=True):
        yield item


# §3.6.1–2: a spell registered Monday–Friday and again from Monday is one spell.


async def test_a_weekend_between_two_registrations_does_not_break_the_spell(register: Register) -> None:
    assert (await register.add(date(2026, 11, 2), date(2026, 11, 6))).status_code == 201
    assert (await register.add(date(2026, 11, 9), date(2026, 11, 11))).status_code == 201
    [demand] = (await register.read())["certificate_demands"]
    assert demand["spell"] == {"type": "sick", "first": "2026-11-02", "last": "2026-11-11", "days": 10}
    assert (demand["required_from"], demand["due"]) == ("2026-11-09", "2026-11-16")
    assert demand["satisfied"] is False


async def test_a_child_care_spell_over_a_weekend_demands_its_certificate(register: Register) -> None:
    await register.add(date(2026, 11, 2), date(2026, 11, 6), "child_care")
    await register.add(date(2026, 11, 9), date(2026, 11, 9), "child_care")
    [demand] = (await register.read())["certificate_demands"]
    assert demand["kind"] == "child_care_certificate" and demand["spell"]["days"] == 8


# §3.6.1: a certificate counts from the day it was handed in, for the spell it covers.


async def test_a_certificate_counts_from_the_day_it_is_handed_in_not_the_day_its_draft_was_made(
    register: Register, traveller: time_machine.Traveller
) -> None:
    traveller.move_to(at(date(2026, 10, 30)))  # a draft made before the spell began
    draft = await register.hand_in_certificate(submit=False)
    traveller.move_to(at(date(2026, 11, 12)))
    await register.add(date(2026, 11, 2), date(2026, 11, 11))
    assert (await register.read())["certificate_demands"][0]["satisfied"] is False
    await register.submit(draft)
    [demand] = (await register.read())["certificate_demands"]
    assert demand["satisfied"] is True and demand["handed_in"] == "2026-11-12"


async def test_a_certificate_for_a_later_spell_does_not_satisfy_an_earlier_one(
    register: Register, traveller: time_machine.Traveller
) -> None:
    traveller.move_to(at(date(2026, 11, 27)))
    await register.add(date(2026, 11, 2), date(2026, 11, 11))  # ten days; Thursday 12th and Friday 13th between
    await register.add(date(2026, 11, 16), date(2026, 11, 25))
    await register.hand_in_certificate()
    earlier, later = (await register.read())["certificate_demands"]
    assert (earlier["spell"]["first"], earlier["satisfied"]) == ("2026-11-02", False)
    assert (later["spell"]["first"], later["satisfied"], later["handed_in"]) == ("2026-11-16", True, "2026-11-27")


async def test_a_demand_past_its_due_date_is_overdue_for_the_coach_and_the_counsellor(
    register: Register, traveller: time_machine.Traveller
) -> None:
    traveller.move_to(at(date(2026, 11, 16)))  # the due day: not yet overdue
    await register.add(date(2026, 11, 2), date(2026, 11, 11))
    assert (await register.read())["certificate_demands"][0]["overdue"] is False
    traveller.move_to(at(date(2026, 11, 17)))
    for caller in (register.coach, register.counsellor):
        [demand] = (await register.read(caller))["certificate_demands"]
        assert (demand["due"], demand["overdue"]) == ("2026-11-16", True)
    await register.hand_in_certificate()
    [demand] = (await register.read())["certificate_demands"]
    assert demand["satisfied"] is True and demand["overdue"] is False


# §3.5: holiday leave is registered ahead; over 14 days the counsellor is told the intervention must end.


async def test_holiday_leave_can_be_registered_ahead_but_other_absence_cannot(register: Register) -> None:
    response = await register.add(date(2026, 12, 21), date(2027, 1, 1), "holiday_leave")
    assert response.status_code == 201, response.text
    sick = await register.add(date(2026, 11, 23), date(2026, 11, 24))
    assert sick.status_code == 422
    assert "bara ledighet kan registreras i förväg" in sick.json()["detail"]
    assert [item["key"] for item in sick.json()["extra"]] == ["date_from"]
    too_far = await register.add(date(2027, 12, 1), date(2027, 12, 3), "holiday_leave")  # over a year ahead
    assert too_far.status_code == 422 and "utanför insatsens tid" in too_far.json()["detail"]


async def test_leave_over_14_days_tells_the_counsellor_the_intervention_must_end(register: Register) -> None:
    assert (await register.add(date(2026, 12, 14), date(2026, 12, 27), "holiday_leave")).status_code == 201
    assert (await register.read())["holiday_leave_over_limit"] == []
    assert [m for m in await inbox(register.counsellor) if "Ledighet" in m["subject"]] == []
    # One more day makes it 15.
    assert (await register.add(date(2026, 12, 28), date(2026, 12, 28), "holiday_leave")).status_code == 201
    [spell] = (await register.read())["holiday_leave_over_limit"]
    assert (spell["first"], spell["last"], spell["days"]) == ("2026-12-14", "2026-12-28", 15)
    [message] = [m for m in await inbox(register.counsellor) if "Ledighet" in m["subject"]]
    assert "insatsen ska avslutas och ett nytt beslut fattas" in message["body"]
    assert "2026-12-14–2026-12-28" in message["body"]


async def test_leave_over_14_days_is_allowed_a_client_with_social_assistance(assisted: Register) -> None:
    assert (await assisted.add(date(2026, 12, 14), date(2026, 12, 31), "holiday_leave")).status_code == 201
    assert (await assisted.read())["holiday_leave_over_limit"] == []
    assert [m for m in await inbox(assisted.counsellor) if "Ledighet" in m["subject"]] == []


# §3.6.4: invalid absence records its ground; "unreachable" needs three contact attempts.


@pytest.mark.parametrize(
    ("fields", "key", "words"),
    [
        ({"contact_attempts": ["2026-11-20"]}, "ground", "grunden"),
        (
            {"ground": "unreachable", "contact_attempts": ["2026-11-19", "2026-11-20"]},
            "contact_attempts",
            "3 kontaktförsök",
        ),
        ({"ground": "no_show", "contact_attempts": ["2026-11-23"]}, "contact_attempts", "i framtiden"),
        ({"ground": "bored"}, None, "ground"),
    ],
)
async def test_invalid_absence_without_its_ground_or_attempts_is_refused(
    register: Register, fields: dict[str, Any], key: str | None, words: str
) -> None:
    response = await register.add(date(2026, 11, 20), date(2026, 11, 20), "invalid", **fields)
    assert response.status_code == 422, response.text
    body = response.json()
    assert words in body["detail"] or words in str(body.get("extra"))
    if key:
        assert [item["key"] for item in body["extra"]] == [key]
    assert (await register.read())["items"] == []


async def test_invalid_absence_records_its_ground_and_attempts(register: Register) -> None:
    attempts = ["2026-11-19", "2026-11-19", "2026-11-20"]  # two calls on the first day, one the next
    unreachable = await register.add(
        date(2026, 11, 19), date(2026, 11, 19), "invalid", ground="unreachable", contact_attempts=attempts
    )
    assert unreachable.status_code == 201, unreachable.text
    assert (unreachable.json()["ground"], unreachable.json()["contact_attempts"]) == ("unreachable", attempts)
    no_show = await register.add(
        date(2026, 11, 20),
        date(2026, 11, 20),
        "invalid",
        ground="no_show",
        note="Kom inte till arbetsplatsen och hörde inte av sig.",
    )
    assert no_show.status_code == 201, no_show.text
    reason = await register.add(
        date(2026, 11, 18),
        date(2026, 11, 18),
        "invalid",
        ground="unacceptable_reason",
        note="Ville sova ut.",
        contact_attempts=["2026-11-18"],
    )
    assert reason.status_code == 201, reason.text
    items = (await register.read())["items"]
    assert [(i["date_from"], i["ground"]) for i in items] == [
        ("2026-11-18", "unacceptable_reason"),
        ("2026-11-19", "unreachable"),
        ("2026-11-20", "no_show"),
    ]
    assert [i["late"] for i in items] == [True, False, False]
    sick = await register.add(date(2026, 11, 17), date(2026, 11, 17), "sick", ground="no_show")
    assert sick.status_code == 422 and [item["key"] for item in sick.json()["extra"]] == ["ground"]


@pytest.mark.parametrize(("registered", "late"), [(date(2026, 11, 23), False), (date(2026, 11, 24), True)])
async def test_invalid_absence_on_a_friday_is_late_after_the_monday(
    register: Register, traveller: time_machine.Traveller, registered: date, late: bool
) -> None:
    traveller.move_to(at(registered))
    response = await register.add(date(2026, 11, 20), date(2026, 11, 20), "invalid", ground="no_show")
    assert response.status_code == 201 and response.json()["late"] is late


# §3.6: absences that overlap are refused, so that no day is counted twice.


async def test_an_absence_overlapping_one_already_registered_is_refused(register: Register) -> None:
    assert (await register.add(date(2026, 11, 2), date(2026, 11, 6))).status_code == 201
    for first, last, kind in [
        (date(2026, 11, 4), date(2026, 11, 4), "other"),
        (date(2026, 11, 6), date(2026, 11, 10), "sick"),
        (date(2026, 10, 26), date(2026, 11, 2), "child_care"),
    ]:
        response = await register.add(first, last, kind)
        assert response.status_code == 409, response.text
        assert "överlappar redan registrerad frånvaro 2026-11-02–2026-11-06 (sjukdom)" in response.json()["detail"]
    # Part days share a date as long as their hours fit in one day.
    assert (await register.add(date(2026, 11, 12), date(2026, 11, 12), "other_actor", hours=3)).status_code == 201
    assert (await register.add(date(2026, 11, 12), date(2026, 11, 12), "sick", hours=5)).status_code == 201
    assert (await register.add(date(2026, 11, 12), date(2026, 11, 12), "other", hours=1)).status_code == 409
    assert (await register.add(date(2026, 11, 12), date(2026, 11, 12), "other")).status_code == 409
    assert len((await register.read())["items"]) == 3
    report = (
        await register.counsellor.get(f"/api/cases/{register.case_id}/attendance", params={"month": "2026-11"})
    ).json()
    assert report["absence_days"] == {"sick": 5}
    assert report["absence_hours"] == {"other_actor": 3, "sick": 5}


async def test_overlaps_stored_before_they_were_refused_count_once_in_the_attendance_report(register: Register) -> None:
    async with async_sessionmaker(register.engine, expire_on_commit=False).begin() as session:
        for first, last, kind in [
            (date(2026, 11, 2), date(2026, 11, 6), AbsenceType.SICK),
            (date(2026, 11, 4), date(2026, 11, 9), AbsenceType.OTHER),
        ]:
            session.add(
                Absence(
                    case_id=uuid.UUID(register.case_id),
                    date_from=first,
                    date_to=last,
                    type=kind,
                    created_at=at(first),
                    contact_attempts=[],
                )
            )
            await session.flush()
        session.add(
            Absence(
                case_id=uuid.UUID(register.case_id),
                date_from=date(2026, 11, 5),
                date_to=date(2026, 11, 5),
                type=AbsenceType.OTHER_ACTOR,
                hours=2,
                contact_attempts=[],
            )
        )
    report = (
        await register.counsellor.get(f"/api/cases/{register.case_id}/attendance", params={"month": "2026-11"})
    ).json()
    # 2–6 Nov are sick days; of 4–9 Nov only Monday the 9th is left; the part day falls on a sick day.
    assert report["absence_days"] == {"other": 1, "sick": 5}
    assert report["absence_hours"] == {}
    assert report["days_in_intervention"] == 15  # the working days 2–20 November: the case runs until today
    assert report["days_present"] == 15 - 6


def test_the_fixed_days_are_the_weekdays_the_tests_assume() -> None:
    assert date(2026, 11, 2).weekday() == 0 and date(2026, 11, 20).weekday() == 4
    assert date(2026, 11, 2) - timedelta(days=1) == date(2026, 11, 1)


# §3.6.4 around the holidays, the year end and a leap day, with the clock set to each day (not waited for).


@pytest.mark.parametrize(
    ("absent", "registered", "late"),
    [
        (date(2027, 12, 23), date(2027, 12, 27), False),  # Christmas eve on a Friday: the Monday is in time
        (date(2027, 12, 23), date(2027, 12, 28), True),
        (date(2027, 12, 30), date(2028, 1, 3), False),  # New Year's eve and day: over the year end
        (date(2027, 12, 30), date(2028, 1, 4), True),
        (date(2028, 2, 28), date(2028, 2, 29), False),  # the leap day is the next working day
        (date(2028, 2, 28), date(2028, 3, 1), True),
        (date(2027, 6, 24), date(2027, 6, 28), False),  # the Thursday before midsummer eve
        (date(2027, 6, 24), date(2027, 6, 29), True),
        (date(2027, 3, 25), date(2027, 3, 30), False),  # Maundy Thursday: Good Friday to Easter Monday off
        (date(2027, 3, 25), date(2027, 3, 31), True),
    ],
)
async def test_invalid_absence_around_holidays_is_late_after_the_next_working_day(
    settings: Settings, engine: AsyncEngine, absent: date, registered: date, late: bool
) -> None:
    with time_machine.travel(at(registered), tick=True):
        registers = _register(settings, engine, social_assistance=False)
        register = await anext(registers)
        try:
            response = await register.add(absent, absent, "invalid", ground="no_show")
            assert response.status_code == 201, response.text
            assert response.json()["late"] is late
            [item] = (await register.read())["items"]
            assert item["late"] is late
        finally:
            await registers.aclose()


async def test_a_sick_spell_over_the_year_end_demands_its_certificate_in_january(
    settings: Settings, engine: AsyncEngine
) -> None:
    with time_machine.travel(at(date(2027, 12, 30)), tick=True) as traveller:
        registers = _register(settings, engine, social_assistance=False)
        register = await anext(registers)
        try:
            assert (await register.add(date(2027, 12, 27), date(2027, 12, 30))).status_code == 201
            traveller.move_to(at(date(2028, 1, 4)))
            # 31 December to 2 January are days off: the registration from Monday 3 January continues the spell.
            assert (await register.add(date(2028, 1, 3), date(2028, 1, 4))).status_code == 201
            [demand] = (await register.read())["certificate_demands"]
            assert demand["spell"] == {"type": "sick", "first": "2027-12-27", "last": "2028-01-04", "days": 9}
            assert (demand["required_from"], demand["due"], demand["overdue"]) == ("2028-01-03", "2028-01-10", False)
            traveller.move_to(at(date(2028, 1, 11)))
            assert (await register.read())["certificate_demands"][0]["overdue"] is True
        finally:
            await registers.aclose()
