"""Structured reports: templates, drafts, completeness, the monthly report's rules, section comments."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
import time_machine
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncEngine

from kundval.app import create_app
from kundval.core.clock import MUNICIPALITY_TZ
from kundval.core.settings import Settings
from kundval.domain.cases.models import CaseStatus
from kundval.domain.interventions.catalogue import Intervention
from kundval.domain.reports.templates import MONTHLY_REPORT
from tests.factories import Caller, new_case, seed_demo, sign_in, today


def last_month() -> str:
    return (today().replace(day=1) - timedelta(days=1)).strftime("%Y-%m")


def answers(*keys: str, **special: Any) -> dict[str, Any]:
    return {"sections": {**{k: {"text": f"Svar om {k}."} for k in keys}, **special}}


MONTHLY_TEXT = [s.key for s in MONTHLY_REPORT.sections if s.type == "text" and s.key != "sfi_progress"]


@pytest.fixture
async def world(settings: Settings, engine: AsyncEngine) -> AsyncIterator[tuple[Caller, Caller, str]]:
    """An SAI case at provider 1, active since 60 days back (so last month is reportable)."""
    demo = await seed_demo(engine)
    case = await new_case(
        engine,
        demo.users["counsellor"],
        CaseStatus.ACTIVE,
        intervention=Intervention.SAI,
        provider_id=demo.providers["provider1"],
        coach_id=demo.users["provider1-coach"],
        decision_date=today() - timedelta(days=62),
    )
    async with AsyncTestClient(app=create_app(settings)) as client:
        yield await sign_in(client, "provider1-coach"), await sign_in(client, "counsellor"), str(case.id)


async def test_templates_list_every_report_with_help_texts(world: Any) -> None:
    coach, _counsellor, _case_id = world
    templates = {t["kind"]: t for t in (await coach.get("/api/report-templates")).json()["items"]}
    assert {"implementation_plan", "revised_plan", "monthly_report", "final_report", "bonus_report"} <= set(templates)
    sections = {s["key"]: s for s in templates["monthly_report"]["sections"]}
    assert sections["sfi_progress"]["only_for"] == ["SAI"]
    assert sections["absence"]["type"] == "absence"
    assert all(s["help_sv"] and s["help_en"] for t in templates.values() for s in t["sections"])


async def test_monthly_report_flow_with_section_comments(world: Any) -> None:
    coach, counsellor, case_id = world
    month = last_month()
    absence = {"date_from": str(today().replace(day=1) - timedelta(days=3)), "type": "sick", "note": "Feber"}
    absence["date_to"] = absence["date_from"]
    assert (await coach.post(f"/api/cases/{case_id}/absences", json=absence)).status_code == 201

    created = await coach.post(f"/api/cases/{case_id}/reports", json={"kind": "monthly_report", "month": month})
    assert created.status_code == 201, created.text
    report = created.json()
    assert report["structured"] and report["status"] == "draft" and report["versions"] == []
    doc = report["id"]

    # Autosave a partial draft; submitting it names the unanswered sections.
    draft = answers(*MONTHLY_TEXT[:2])
    assert (await coach.request("PUT", f"/api/documents/{doc}/draft", json={"content": draft})).status_code == 200
    missing = await coach.post(f"/api/documents/{doc}/submit")
    assert missing.status_code == 422
    assert "Kontakter med kunden" in missing.json()["detail"]
    assert {"key": "sections.sfi_progress", "message": "unanswered"} in missing.json()["extra"]

    full = answers(*MONTHLY_TEXT, sfi_progress={"not_applicable_reason": "SFI-uppehåll under månaden."})
    await coach.request("PUT", f"/api/documents/{doc}/draft", json={"content": full})
    submitted = await coach.post(f"/api/documents/{doc}/submit")
    assert submitted.status_code == 201, submitted.text
    content = submitted.json()["content"]
    assert [(a["type"], a["note"]) for a in content["absences"]] == [("sick", "Feber")]

    returned = await counsellor.post(
        f"/api/documents/{doc}/return", json={"section_comments": {"progress": "Beskriv progressionen mer konkret."}}
    )
    assert returned.status_code == 201, returned.text
    seen = (await coach.get(f"/api/documents/{doc}")).json()
    assert seen["reviews"][-1]["section_comments"] == {"progress": "Beskriv progressionen mer konkret."}
    assert seen["draft_content"]["sections"]["progress"]["text"]  # the working copy is still there to answer from
    counsellor_view = (await counsellor.get(f"/api/documents/{doc}")).json()
    assert counsellor_view["draft_content"] is None  # the working copy is the provider's

    full["sections"]["progress"] = {"text": "Kunden klarar nu arbetspassen på egen hand, tre dagar i veckan."}
    await coach.request("PUT", f"/api/documents/{doc}/draft", json={"content": full})
    assert (await coach.post(f"/api/documents/{doc}/submit")).status_code == 201
    approved = (await counsellor.post(f"/api/documents/{doc}/approve")).json()
    assert approved["status"] == "approved" and [v["number"] for v in approved["versions"]] == [1, 2]
    assert approved["content"]["sections"]["progress"]["text"].startswith("Kunden klarar")
    # Approved is locked.
    assert (await coach.request("PUT", f"/api/documents/{doc}/draft", json={"content": full})).status_code == 409


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        (
            lambda: {"kind": "monthly_report", "month": (today() - timedelta(days=120)).strftime("%Y-%m")},
            422,
            "inte aktiv",
        ),
        (lambda: {"kind": "monthly_report"}, 422, "månad"),
        (lambda: {"kind": "medical_certificate"}, 422, "rapportmall"),
        (
            lambda: {
                "kind": "monthly_report",
                "month": last_month(),
                "content": {"sections": {"selfie": {"text": "x"}}},
            },
            422,
            "Okänt avsnitt",
        ),
    ],
)
async def test_bad_reports_are_refused(world: Any, body: Any, status: int, words: str) -> None:
    coach, _counsellor, case_id = world
    response = await coach.post(f"/api/cases/{case_id}/reports", json=body())
    assert response.status_code == status, response.text
    assert words in response.json()["detail"]


async def test_a_second_report_for_the_same_month_is_409_and_this_month_is_not_ready(world: Any) -> None:
    coach, _counsellor, case_id = world
    body = {"kind": "monthly_report", "month": last_month()}
    assert (await coach.post(f"/api/cases/{case_id}/reports", json=body)).status_code == 201
    again = await coach.post(f"/api/cases/{case_id}/reports", json=body)
    assert again.status_code == 409 and last_month() in again.json()["detail"]
    this_month = today().strftime("%Y-%m")
    doc = (
        await coach.post(
            f"/api/cases/{case_id}/reports",
            json={
                "kind": "monthly_report",
                "month": this_month,
                "content": answers(*MONTHLY_TEXT, sfi_progress={"text": "Bra."}),
            },
        )
    ).json()["id"]
    early = await coach.post(f"/api/documents/{doc}/submit")
    assert early.status_code == 409 and "från och med" in early.json()["detail"]


async def test_activities_in_half_hours_need_not_add_up_to_the_scope(world: Any) -> None:
    """The routine sets no weekly total for the plan: 40 h × scope is a guide the form shows, not a gate."""
    coach, _counsellor, case_id = world
    plan = {
        "goals": {"text": "Arbete inom vården."},
        "client_part": {"text": "Kunden söker jobb."},
        "other_actors": {"not_applicable_reason": "Inga andra aktörer ännu."},
        "workplace": {"text": "Praktik från nästa månad."},
        "activities": {
            "activities": [{"name": "SFI", "hours_per_week": 15}, {"name": "Praktik", "hours_per_week": 20.5}]
        },
    }
    created = await coach.post(
        f"/api/cases/{case_id}/reports", json={"kind": "implementation_plan", "content": {"sections": plan}}
    )
    assert created.status_code == 201, created.text
    submitted = await coach.post(f"/api/documents/{created.json()['id']}/submit")
    assert submitted.status_code == 201, submitted.text
    hours = [a["hours_per_week"] for a in submitted.json()["content"]["sections"]["activities"]["activities"]]
    assert hours == [15, 20.5]
    # Half hours, yes; other fractions and zero are refused, naming the field.
    for wrong in (1.25, 0, 41):
        plan["activities"]["activities"] = [{"name": "SFI", "hours_per_week": wrong}]
        refused = await coach.post(
            f"/api/cases/{case_id}/reports", json={"kind": "revised_plan", "content": {"sections": plan}}
        )
        assert refused.status_code in (400, 422) and "hours_per_week" in refused.text, (wrong, refused.text)


async def test_return_needs_a_comment(world: Any) -> None:
    coach, counsellor, case_id = world
    plan = {
        k: {"not_applicable_reason": "Test."}
        for k in ("goals", "activities", "client_part", "other_actors", "workplace")
    }
    doc = (
        await coach.post(
            f"/api/cases/{case_id}/reports", json={"kind": "implementation_plan", "content": {"sections": plan}}
        )
    ).json()["id"]
    assert (await coach.post(f"/api/documents/{doc}/submit")).status_code == 201
    assert (await counsellor.post(f"/api/documents/{doc}/return", json={})).status_code == 422
    assert (
        await counsellor.post(f"/api/documents/{doc}/return", json={"section_comments": {"nope": "x"}})
    ).status_code == 422


@pytest.mark.parametrize(
    ("month", "last_day", "ready"),
    [
        ("2027-12", date(2027, 12, 31), date(2028, 1, 1)),  # the year end: ready on New Year's Day
        ("2028-02", date(2028, 2, 29), date(2028, 3, 1)),  # the leap day is still too early
    ],
)
async def test_a_monthly_report_is_handed_in_from_the_1st_of_the_month_after(
    settings: Settings, engine: AsyncEngine, month: str, last_day: date, ready: date
) -> None:
    """§6.4 with the clock set to the month's last day, then moved to the next day (not waited for)."""
    with time_machine.travel(datetime.combine(last_day, time(16), tzinfo=MUNICIPALITY_TZ), tick=True) as traveller:
        demo = await seed_demo(engine)
        case = await new_case(
            engine,
            demo.users["counsellor"],
            CaseStatus.ACTIVE,
            intervention=Intervention.SAI,
            provider_id=demo.providers["provider1"],
            coach_id=demo.users["provider1-coach"],
            decision_date=last_day - timedelta(days=70),
        )
        async with AsyncTestClient(app=create_app(replace(settings, session_hours=48))) as client:
            coach = await sign_in(client, "provider1-coach")
            report = answers(*MONTHLY_TEXT, sfi_progress={"text": "Läser kurs C."})
            created = await coach.post(
                f"/api/cases/{case.id}/reports", json={"kind": "monthly_report", "month": month, "content": report}
            )
            assert created.status_code == 201, created.text
            early = await coach.post(f"/api/documents/{created.json()['id']}/submit")
            assert early.status_code == 409 and ready.isoformat() in early.json()["detail"], early.text
            traveller.move_to(datetime.combine(ready, time(8), tzinfo=MUNICIPALITY_TZ))
            submitted = await coach.post(f"/api/documents/{created.json()['id']}/submit")
            assert submitted.status_code == 201, submitted.text
