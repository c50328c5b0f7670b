"""The calendar through the API, on SQLite and PostgreSQL: every signed-in role reads a year, only the
administrator adds and removes the municipality's days, bad input says what to fix, every change is audited."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pytest
import time_machine
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from kundval.core.clock import MUNICIPALITY_TZ
from kundval.domain.audit.models import AuditEvent
from kundval.domain.calendar.service import working_calendar
from tests.factories import Caller, assert_problem, seed_demo, sign_in

SIGNED_IN = ["counsellor", "coordinator", "supervisor", "admin", "provider1-admin", "provider1-coach"]


@pytest.fixture(autouse=True)
def fixed_today() -> Iterator[None]:
    """Today is Wednesday 17 March 2027, so "this year" is 2027 whatever day the tests run."""
    with time_machine.travel(datetime(2027, 3, 17, 10, tzinfo=MUNICIPALITY_TZ), tick=True):
        yield


@pytest.fixture
async def callers(engine: AsyncEngine, client: AsyncTestClient[Litestar]) -> dict[str, Caller]:
    await seed_demo(engine)
    return {name: await sign_in(client, name) for name in [*SIGNED_IN, None]}  # type: ignore[misc]


async def _add(caller: Caller, day: str, reason: str = "Klämdag", **headers: str) -> Any:
    return await caller.post("/api/calendar/days", json={"day": day, "reason": reason}, headers=headers)


async def test_every_signed_in_role_reads_the_years_holidays_in_its_language(callers: dict[str, Caller]) -> None:
    for name in SIGNED_IN:
        response = await callers[name].get("/api/calendar", params={"year": 2027})
        assert response.status_code == 200, (name, response.text)
    assert (await callers[None].get("/api/calendar")).status_code == 401  # type: ignore[index]
    body = (await callers["counsellor"].get("/api/calendar")).json()
    assert body["year"] == 2027  # this year when none is given
    days = {d["day"]: d for d in body["days"]}
    assert days["2027-03-26"]["name"] == "Långfredagen" and days["2027-03-26"]["source"] == "holiday"
    assert days["2027-06-25"]["name"] == "Midsommarafton"
    assert {"2027-12-24", "2027-12-25", "2027-12-26", "2027-12-31", "2027-01-01", "2027-03-29"} <= days.keys()
    assert all(d["id"] is None for d in body["days"])
    # Plain Sundays are not listed; a holiday on a Sunday (Easter Day) is.
    assert "2027-03-21" not in days and "2027-03-28" in days
    english = (
        await callers["counsellor"].get("/api/calendar", params={"year": 2027}, headers={"Accept-Language": "en"})
    ).json()
    assert {d["day"]: d["name"] for d in english["days"]}["2027-03-26"] == "Good Friday"
    # Another year is another list: Easter 2028 is in April.
    later = (await callers["provider1-coach"].get("/api/calendar?year=2028")).json()
    assert {"2028-04-14", "2028-04-17", "2028-06-23"} <= {d["day"] for d in later["days"]}


@pytest.mark.parametrize("year", ["1999", "2101", "abc", "2027.5"])
async def test_a_year_out_of_range_or_malformed_is_refused(callers: dict[str, Caller], year: str) -> None:
    assert_problem(await callers["counsellor"].get("/api/calendar", params={"year": year}), 422)


async def test_the_admin_adds_and_removes_a_day_and_the_rules_calendar_follows(
    callers: dict[str, Caller], engine: AsyncEngine
) -> None:
    admin = callers["admin"]
    response = await _add(admin, "2027-05-07", "  Klämdag efter Kristi himmelsfärd ")
    assert response.status_code == 201, response.text
    added = response.json()
    assert (added["day"], added["source"], added["name"], added["added_by"]) == (
        "2027-05-07",
        "municipal",
        "Klämdag efter Kristi himmelsfärd",
        "Sara Nyström",
    )
    listed = (await callers["provider1-coach"].get("/api/calendar?year=2027")).json()["days"]
    assert [d for d in listed if d["source"] == "municipal"] == [added]
    assert (await callers["counsellor"].get("/api/calendar?year=2026")).json()["days"][0]["source"] == "holiday"
    async with async_sessionmaker(engine)() as session:
        calendar = await working_calendar(session)
    assert calendar.extra_days == {date(2027, 5, 7)}
    assert calendar.next_working_day(date(2027, 5, 5)) == date(2027, 5, 10)

    removed = await admin.request("DELETE", f"/api/calendar/days/{added['id']}")
    assert removed.status_code == 204, removed.text
    assert (await admin.request("DELETE", f"/api/calendar/days/{added['id']}")).status_code == 404
    listed = (await admin.get("/api/calendar?year=2027")).json()["days"]
    assert all(d["source"] == "holiday" for d in listed)
    async with async_sessionmaker(engine)() as session:
        assert (await working_calendar(session)).extra_days == frozenset()
        events = (
            await session.execute(
                select(AuditEvent.action, AuditEvent.username, AuditEvent.detail)
                .where(AuditEvent.object_type == "non_working_day")
                .order_by(AuditEvent.at)
            )
        ).all()
    assert [tuple(e) for e in events] == [
        ("create", "admin", "2027-05-07 Klämdag efter Kristi himmelsfärd"),
        ("delete", "admin", "2027-05-07 Klämdag efter Kristi himmelsfärd"),
    ]


async def test_only_the_admin_changes_the_calendar(callers: dict[str, Caller], engine: AsyncEngine) -> None:
    added = (await _add(callers["admin"], "2027-05-07")).json()
    for name in [n for n in SIGNED_IN if n != "admin"]:
        assert (await _add(callers[name], "2027-05-10")).status_code == 403, name
        assert (await callers[name].request("DELETE", f"/api/calendar/days/{added['id']}")).status_code == 403, name
    anonymous = callers[None]  # type: ignore[index]
    assert (await _add(anonymous, "2027-05-10")).status_code == 401
    assert (await anonymous.request("DELETE", f"/api/calendar/days/{added['id']}")).status_code == 401
    days = (await callers["admin"].get("/api/calendar?year=2027")).json()["days"]
    assert [d["day"] for d in days if d["source"] == "municipal"] == ["2027-05-07"]


@pytest.mark.parametrize(
    ("day", "reason", "status", "field", "words"),
    [
        ("2027-05-08", "Klämdag", 422, "day", "2027-05-08 är en lördag och redan ledig"),
        ("2027-05-09", "Klämdag", 422, "day", "söndag"),
        ("2027-03-26", "Klämdag", 422, "day", "redan en helgdag (Långfredagen)"),
        ("2027-12-24", "Klämdag", 422, "day", "Julafton"),
        ("2027-06-25", "Klämdag", 422, "day", "Midsommarafton"),
        ("2027-02-30", "Klämdag", 422, "day", "ÅÅÅÅ-MM-DD"),
        ("7 maj", "Klämdag", 422, "day", "ÅÅÅÅ-MM-DD"),
        ("2027-05-10", "", 422, "reason", "Orsak (måste fyllas i)"),
        ("2027-05-10", "   ", 422, "reason", "Skriv en orsak"),
        ("2027-05-10", "x" * 201, 422, "reason", "högst 200 tecken"),
    ],
)
async def test_bad_input_says_what_to_fix(
    callers: dict[str, Caller], day: str, reason: str, status: int, field: str, words: str
) -> None:
    body = assert_problem(await _add(callers["admin"], day, reason), status, field)
    assert words in body["detail"], body
    assert (await callers["admin"].get("/api/calendar?year=2027")).json()["days"][0]["source"] == "holiday"
    assert not [d for d in (await callers["admin"].get("/api/calendar")).json()["days"] if d["source"] == "municipal"]


async def test_a_day_added_twice_is_a_conflict_naming_the_first_reason(callers: dict[str, Caller]) -> None:
    assert (await _add(callers["admin"], "2027-05-07", "Klämdag")).status_code == 201
    body = assert_problem(await _add(callers["admin"], "2027-05-07", "Stängt", **{"Accept-Language": "en"}), 409, "day")
    assert body["detail"] == "2027-05-07 has already been added as a non-working day (Klämdag)."
    english = assert_problem(await _add(callers["admin"], "2027-05-08", **{"Accept-Language": "en"}), 422, "day")
    assert english["detail"] == "2027-05-08 is a Saturday and already not a working day. Choose a weekday."


async def test_removing_an_unknown_day_is_404(callers: dict[str, Caller]) -> None:
    missing = "0190f7a0-0000-7000-8000-000000000000"
    assert_problem(await callers["admin"].request("DELETE", f"/api/calendar/days/{missing}"), 404)
    assert_problem(await callers["admin"].request("DELETE", "/api/calendar/days/2027-05-07"), 404)
