"""CSV exports are for people: every header is unique and in words, values in words (no internal codes), in
Swedish by default and in English with ``lang=en`` or ``Accept-Language: en``."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncEngine

from kundval.core import clock
from kundval.domain.cases.models import CaseStatus
from tests.factories import new_case, seed_demo, sign_in

# A fixed day: the demo's ended case (two days before) and this test's cases fall in 2026Q2.
DAY = datetime(2026, 5, 15, 10, tzinfo=UTC)

CODES = ("JOBBPENG_GRUND", "JOBBPENG_FORSTARKT", "SAI", "work", "studies", "sick_leave", "child_care", "holiday_leave")


def _table(text: str) -> tuple[list[str], list[list[str]]]:
    header, *rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    return header, rows


def _assert_words(header: list[str], rows: list[list[str]]) -> None:
    assert len(header) == len(set(header)), f"repeated headers: {header}"
    for cell in [*header, *(cell for row in rows for cell in row)]:
        for code in CODES:
            assert code not in cell.split(": ") and cell != code, f"internal code in {cell!r}"


@pytest.mark.parametrize(
    ("params", "headers", "language"),
    [
        ({}, {}, "sv"),
        ({"lang": "en"}, {}, "en"),
        ({}, {"Accept-Language": "en-GB,en;q=0.9"}, "en"),
        ({"lang": "sv"}, {"Accept-Language": "en"}, "sv"),
    ],
)
async def test_indicators_csv_has_unique_headers_in_words(
    engine: AsyncEngine,
    client: AsyncTestClient[Litestar],
    params: dict[str, str],
    headers: dict[str, str],
    language: str,
) -> None:
    with time_machine.travel(DAY, tick=True):
        demo = await seed_demo(engine)
        await new_case(
            engine,
            demo.users["counsellor"],
            CaseStatus.ENDED,
            provider_id=demo.providers["provider1"],
            decision_date=clock.today() - timedelta(days=20),
        )
        supervisor = await sign_in(client, "supervisor")
        response = await supervisor.get(
            "/api/stats/indicators.csv", params={"quarter": "2026Q2", **params}, headers=headers
        )
    assert response.status_code == 200, response.text
    header, rows = _table(response.text)
    _assert_words(header, rows)
    if language == "sv":
        assert header[:3] == ["kvartal", "anordnare", "insats"]
        assert "avslut: Arbete" in header
        assert {row[2] for row in rows} >= {"Jobbpeng grund", "Språk- och arbetsintroduktion"}
        assert "för få" in rows[0]
    else:
        assert header[:3] == ["quarter", "provider", "intervention"]
        assert "ended: Work" in header
        assert {row[2] for row in rows} >= {"Job voucher, basic", "Language and work introduction"}
        assert "too few" in rows[0]
        assert response.headers["content-disposition"] == 'attachment; filename="indicators-2026Q2.csv"'
    work = header.index("avslut: Arbete" if language == "sv" else "ended: Work")
    assert sum(int(row[work]) for row in rows) == 2
