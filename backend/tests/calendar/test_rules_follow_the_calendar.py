"""A day the municipality adds moves the rules that count working days: invalid absence reported "the same or the
next working day" (§3.6.4) and the days a handed-in document has waited for review (§6.3.1)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import time_machine
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncEngine

from kundval.app import create_app
from kundval.core.clock import MUNICIPALITY_TZ
from kundval.core.settings import Settings
from kundval.domain.cases.models import CaseStatus
from tests.factories import new_case, seed_demo, sign_in

# Ascension Day 2027 is Thursday 6 May; the Friday after it is the municipality's bridge day in these tests.
WEDNESDAY = date(2027, 5, 5)
BRIDGE_DAY = date(2027, 5, 7)
MONDAY = date(2027, 5, 10)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _at(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time(), tzinfo=MUNICIPALITY_TZ) + timedelta(hours=10)


async def test_a_bridge_day_makes_invalid_absence_reported_on_monday_in_time(
    settings: Settings, engine: AsyncEngine
) -> None:
    with time_machine.travel(_at(MONDAY), tick=True):
        demo = await seed_demo(engine)
        case = await new_case(
            engine,
            demo.users["counsellor"],
            CaseStatus.ACTIVE,
            provider_id=demo.providers["provider1"],
            coach_id=demo.users["provider1-coach"],
            decision_date=date(2027, 3, 1),
        )
        async with AsyncTestClient(app=create_app(settings)) as client:
            coach, counsellor, admin = [
                await sign_in(client, name) for name in ("provider1-coach", "counsellor", "admin")
            ]
            # The client missed Wednesday's meeting; the coach reports it on Monday, after Ascension Day and Friday.
            body = {
                "date_from": str(WEDNESDAY),
                "date_to": str(WEDNESDAY),
                "type": "invalid",
                "ground": "no_show",
                "contact_attempts": [str(WEDNESDAY)],
            }
            response = await coach.post(f"/api/cases/{case.id}/absences", json=body)
            assert response.status_code == 201, response.text
            # Sweden's calendar alone: Friday was the next working day, so Monday is late.
            assert response.json()["late"] is True
            url = f"/api/cases/{case.id}/absences"
            assert (await counsellor.get(url)).json()["items"][0]["late"] is True

            attendance_url = f"/api/cases/{case.id}/attendance"
            before = (await counsellor.get(attendance_url, params={"month": "2027-05"})).json()["days_in_intervention"]
            added = await admin.post("/api/calendar/days", json={"day": str(BRIDGE_DAY), "reason": "Klämdag"})
            assert added.status_code == 201, added.text
            # Friday is not a working day now: Monday is the next one, and the report was in time.
            assert (await counsellor.get(url)).json()["items"][0]["late"] is False
            # and the attendance report no longer counts Friday as a day in the intervention
            after = (await counsellor.get(attendance_url, params={"month": "2027-05"})).json()["days_in_intervention"]
            assert after == before - 1

            await admin.request("DELETE", f"/api/calendar/days/{added.json()['id']}")
            assert (await counsellor.get(url)).json()["items"][0]["late"] is True


async def test_a_bridge_day_is_not_counted_as_a_day_waiting_for_review(settings: Settings, engine: AsyncEngine) -> None:
    with time_machine.travel(_at(WEDNESDAY), tick=False) as traveller:
        demo = await seed_demo(engine)
        case = await new_case(
            engine,
            demo.users["counsellor"],
            CaseStatus.ACTIVE,
            provider_id=demo.providers["provider1"],
            coach_id=demo.users["provider1-coach"],
            decision_date=date(2027, 4, 20),
        )
        async with AsyncTestClient(app=create_app(settings)) as client:
            coach, counsellor = [await sign_in(client, name) for name in ("provider1-coach", "counsellor")]
            uploaded = await coach.post(
                f"/api/cases/{case.id}/documents",
                data={"kind": "implementation_plan"},
                files={"file": ("plan.pdf", PDF, "application/pdf")},
            )
            assert uploaded.status_code == 201, uploaded.text
            assert (await coach.post(f"/api/documents/{uploaded.json()['id']}/submit")).status_code == 201

            document_id = uploaded.json()["id"]

            async def waiting() -> int:
                items = (await counsellor.get("/api/reviews", params={"limit": 100})).json()["items"]
                return next(i["waiting_days"] for i in items if i["document_id"] == document_id)

            assert await waiting() == 0  # none on the day it came in
            traveller.move_to(_at(MONDAY))
            counsellor, admin = [await sign_in(client, name) for name in ("counsellor", "admin")]
            # Handed in on Wednesday; Sweden's calendar counts Friday and Monday.
            assert await waiting() == 2
            assert (
                await admin.post("/api/calendar/days", json={"day": str(BRIDGE_DAY), "reason": "Klämdag"})
            ).status_code == 201
            assert await waiting() == 1
