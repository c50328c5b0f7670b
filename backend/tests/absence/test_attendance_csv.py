"""The attendance report's CSV names absence types and the intervention in words, Swedish by default and English
when asked (``lang=en`` or Accept-Language), with unique headers."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncEngine

from kundval.core import clock
from kundval.domain.absence.models import AbsenceType
from kundval.domain.cases.models import CaseStatus
from tests.factories import new_case, seed_demo, sign_in

DAY = datetime(2026, 5, 15, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("params", "headers", "expected"),
    [
        ({}, {}, ("ärende", "Språk- och arbetsintroduktion", "frånvaro sjukdom (dagar)", "frånvaro ledighet (timmar)")),
        (
            {"lang": "en"},
            {},
            ("case", "Language and work introduction", "absence sickness (days)", "absence leave (hours)"),
        ),
        (
            {},
            {"Accept-Language": "en"},
            ("case", "Language and work introduction", "absence sickness (days)", "absence leave (hours)"),
        ),
    ],
)
async def test_attendance_csv_in_words(
    engine: AsyncEngine,
    client: AsyncTestClient[Litestar],
    params: dict[str, str],
    headers: dict[str, str],
    expected: tuple[str, ...],
) -> None:
    with time_machine.travel(DAY, tick=True):
        demo = await seed_demo(engine)
        case = await new_case(
            engine,
            demo.users["counsellor"],
            CaseStatus.ACTIVE,
            provider_id=demo.providers["provider1"],
            coach_id=demo.users["provider1-coach"],
            decision_date=clock.today() - timedelta(days=62),
        )
        counsellor = await sign_in(client, "counsellor")
        response = await counsellor.get(
            f"/api/cases/{case.id}/attendance.csv", params={"month": "2026-04", **params}, headers=headers
        )
    assert response.status_code == 200, response.text
    header, row = list(csv.reader(io.StringIO(response.text), delimiter=";"))
    assert len(header) == len(set(header))
    first, intervention, sick_days, leave_hours = expected
    assert header[0] == first and row[3] == intervention
    assert sick_days in header and leave_hours in header
    named = [re.fullmatch(r"(?:frånvaro|absence) (.+) \((?:dagar|timmar|days|hours)\)", cell) for cell in header]
    types = [match[1] for match in named if match]
    # ("other" is both a code and the English word, so it is not a sign of a code here.)
    assert len(types) == 2 * len(AbsenceType) and not set(types) & {t.value for t in AbsenceType} - {"other"}, types
