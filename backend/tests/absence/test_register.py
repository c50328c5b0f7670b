"""The absence register through the API: registration checks, rules shown on the case, attendance report."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import date, datetime, timedelta
from typing import Any

import pytest
import time_machine
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncEngine

from kundval.app import create_app
from kundval.core.calendar import month_bounds, working_days
from kundval.core.clock import MUNICIPALITY_TZ
from kundval.core.settings import Settings
from kundval.domain.cases.models import CaseStatus
from tests.factories import Caller, Demo, new_case, seed_demo, sign_in, today

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def fixed_today() -> Iterator[None]:
    """Today is Friday 20 November 2026, so that no test depends on the day it runs."""
    with time_machine.travel(datetime(2026, 11, 20, 10, tzinfo=MUNICIPALITY_TZ), tick=True):
        yield


@pytest.fixture
async def world(settings: Settings, engine: AsyncEngine) -> AsyncIterator[tuple[Demo, Caller, Caller, Caller, str]]:
    """An active case at provider 1 that started 60 days ago; the coach, the counsellor and provider 2's admin."""
    demo = await seed_demo(engine)
    case = await new_case(
        engine,
        demo.users["counsellor"],
        CaseStatus.ACTIVE,
        provider_id=demo.providers["provider1"],
        coach_id=demo.users["provider1-coach"],
        decision_date=today() - timedelta(days=62),
    )
    async with AsyncTestClient(app=create_app(settings)) as client:
        yield (
            demo,
            await sign_in(client, "provider1-coach"),
            await sign_in(client, "counsellor"),
            await sign_in(client, "provider2-admin"),
            str(case.id),
        )


def _absence(first: date, days: int, kind: str = "sick", **fields: Any) -> dict[str, Any]:
    return {"date_from": str(first), "date_to": str(first + timedelta(days=days - 1)), "type": kind, **fields}


async def test_a_nine_day_sick_spell_demands_a_certificate_until_one_is_attached(world: Any) -> None:
    _demo, coach, counsellor, _other, case_id = world
    first = today() - timedelta(days=20)
    response = await coach.post(f"/api/cases/{case_id}/absences", json=_absence(first, 9, note="Influensa"))
    assert response.status_code == 201, response.text
    register = (await counsellor.get(f"/api/cases/{case_id}/absences")).json()
    [demand] = register["certificate_demands"]
    assert demand["kind"] == "medical_certificate" and not demand["satisfied"]
    assert demand["required_from"] == str(first + timedelta(days=7))
    uploaded = await coach.post(
        f"/api/cases/{case_id}/documents",
        data={"kind": "medical_certificate"},
        files={"file": ("intyg.pdf", PDF, "application/pdf")},
    )
    assert uploaded.status_code == 201, uploaded.text
    # A draft has not reached the counsellor: the demand stands until the certificate is handed in.
    register = (await counsellor.get(f"/api/cases/{case_id}/absences")).json()
    assert register["certificate_demands"][0]["satisfied"] is False
    assert (await coach.post(f"/api/documents/{uploaded.json()['id']}/submit")).status_code == 201
    register = (await counsellor.get(f"/api/cases/{case_id}/absences")).json()
    assert register["certificate_demands"][0]["satisfied"] is True


@pytest.mark.parametrize(
    ("body", "status", "field", "words"),
    [
        (lambda: _absence(today() - timedelta(days=70), 2), 422, "date_from", "utanför insatsens tid"),
        (lambda: _absence(today() + timedelta(days=1), 1), 422, "date_from", "bara ledighet kan registreras i förväg"),
        (
            lambda: {**_absence(today() - timedelta(days=3), 1), "date_to": str(today() - timedelta(days=5))},
            422,
            "date_to",
            "före startdatum",
        ),
        (lambda: _absence(today() - timedelta(days=3), 1, "invalid"), 422, "ground", "grunden"),
        (
            lambda: _absence(today() - timedelta(days=3), 1, "invalid", ground="unreachable"),
            422,
            "contact_attempts",
            "3 kontaktförsök",
        ),
    ],
)
async def test_bad_absences_are_refused_with_a_reason_and_nothing_is_stored(
    world: Any, body: Any, status: int, field: str, words: str
) -> None:
    _demo, coach, _counsellor, _other, case_id = world
    response = await coach.post(f"/api/cases/{case_id}/absences", json=body())
    assert response.status_code == status, response.text
    assert words in response.json()["detail"]
    assert any(item["key"] == field for item in response.json()["extra"])
    assert (await coach.get(f"/api/cases/{case_id}/absences")).json()["items"] == []


async def test_invalid_absence_registered_late_is_marked_late(world: Any) -> None:
    _demo, coach, counsellor, _other, case_id = world
    absent = today() - timedelta(days=10)
    body = _absence(
        absent, 1, "invalid", ground="no_show", contact_attempts=[str(absent), str(absent + timedelta(days=1))]
    )
    assert (await coach.post(f"/api/cases/{case_id}/absences", json=body)).status_code == 201
    # Registered today, ten days after: late. The same absence registered the same day is not.
    register = (await counsellor.get(f"/api/cases/{case_id}/absences")).json()
    assert register["items"][0]["late"] is True
    assert register["items"][0]["contact_attempts"] == [str(absent), str(absent + timedelta(days=1))]
    body = _absence(today(), 1, "invalid", ground="no_show", contact_attempts=[str(today())])
    assert (await coach.post(f"/api/cases/{case_id}/absences", json=body)).json()["late"] is False


async def test_holiday_leave_over_14_days_warns_for_a_client_without_social_assistance(world: Any) -> None:
    _demo, coach, counsellor, _other, case_id = world
    first = today() - timedelta(days=30)
    await coach.post(f"/api/cases/{case_id}/absences", json=_absence(first, 15, "holiday_leave"))
    register = (await counsellor.get(f"/api/cases/{case_id}/absences")).json()
    assert [w["days"] for w in register["holiday_leave_over_limit"]] == [15]


async def test_other_provider_sees_nothing(world: Any) -> None:
    _demo, coach, _counsellor, other, case_id = world
    absence = (await coach.post(f"/api/cases/{case_id}/absences", json=_absence(today(), 1))).json()
    assert (await other.get(f"/api/cases/{case_id}/absences")).status_code == 404
    assert (await other.post(f"/api/cases/{case_id}/absences", json=_absence(today(), 1))).status_code == 404
    assert (await other.request("DELETE", f"/api/absences/{absence['id']}")).status_code == 404
    assert (await other.get(f"/api/cases/{case_id}/attendance", params={"month": "2026-01"})).status_code == 404


async def test_attendance_report_counts_working_days_and_absence(world: Any) -> None:
    _demo, coach, counsellor, _other, case_id = world
    month = (today().replace(day=1) - timedelta(days=1)).strftime("%Y-%m")  # last month: the case was active all of it
    first, last = month_bounds(month)
    days = working_days(first, last)
    await coach.post(f"/api/cases/{case_id}/absences", json=_absence(days[0], 1))
    await coach.post(f"/api/cases/{case_id}/absences", json=_absence(days[1], 1, "other", hours=3))
    report = (await counsellor.get(f"/api/cases/{case_id}/attendance", params={"month": month})).json()
    start = today() - timedelta(days=60)
    in_case = [d for d in days if d >= start]
    assert report["days_in_intervention"] == len(in_case)
    assert report["absence_days"] == ({"sick": 1} if days[0] >= start else {})
    assert report["days_present"] == len(in_case) - (1 if days[0] >= start else 0)
    csv = await counsellor.get(f"/api/cases/{case_id}/attendance.csv", params={"month": month})
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    assert csv.headers["content-disposition"].startswith("attachment")
    header, row = csv.text.strip().splitlines()
    assert header.startswith("ärende;månad;kund") and month in row
    assert (await counsellor.get(f"/api/cases/{case_id}/attendance", params={"month": "2026-13"})).status_code == 422


async def test_delete_removes_a_wrong_registration(world: Any) -> None:
    _demo, coach, _counsellor, _other, case_id = world
    absence = (await coach.post(f"/api/cases/{case_id}/absences", json=_absence(today(), 1))).json()
    assert (await coach.request("DELETE", f"/api/absences/{absence['id']}")).status_code == 204
    assert (await coach.get(f"/api/cases/{case_id}/absences")).json()["items"] == []
