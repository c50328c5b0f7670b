"""Who sees which document: medical and child-care certificates are health data, shown to the case's counsellor
side and the provider only, never to the supervisor (in the list, as one document, or as a file); a draft is its
author's side only; another provider sees nothing of the case. The rules are one SQL statement
(``readable_documents``), so the review queue is paged by the database and its total counts only what the caller
may see."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import async_sessionmaker

from kundval.domain.documents.models import Document, DocumentKind, DocumentStatus, DocumentVersion
from tests.documents.test_documents import PDF, _upload
from tests.factories import Caller, World, open_world

SENSITIVE = ("medical_certificate", "child_care_certificate")


@pytest.fixture(scope="module")
async def world(migrated_database: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    async with open_world(migrated_database, tmp_path_factory.mktemp("world")) as world:
        yield world


async def _active_case(coach: Caller) -> dict[str, Any]:
    cases = (await coach.get("/api/cases", params={"status": "active"})).json()["items"]
    return next(c for c in cases if c["coach_name"] == "Jonas Falk")


async def _submitted(coach: Caller, case_id: str, kind: str) -> str:
    created = await _upload(coach, case_id, PDF, filename=f"{kind}.pdf", kind=kind)
    assert created.status_code == 201, created.text
    submitted = await coach.post(f"/api/documents/{created.json()['id']}/submit")
    assert submitted.status_code == 201, submitted.text
    return created.json()["id"]


async def test_health_certificates_are_hidden_from_the_supervisor(world: World) -> None:
    coach = world.clients["p1_coach"]
    case = await _active_case(coach)
    ids = {kind: await _submitted(coach, case["id"], kind) for kind in (*SENSITIVE, "study_certificate")}

    sees = {
        "owner": set(ids),
        "stand_in": set(ids),
        "p1_admin": set(ids),
        "p1_coach": set(ids),
        "supervisor": {"study_certificate"},
    }
    for role, kinds in sees.items():
        caller = world.clients[role]
        listed = {
            d["kind"]
            for d in (await caller.get(f"/api/cases/{case['id']}/documents")).json()["items"]
            if d["id"] in ids.values()
        }
        assert listed == kinds, role
        for kind, document_id in ids.items():
            one = await caller.get(f"/api/documents/{document_id}")
            file = await caller.get(f"/api/documents/{document_id}/file", params={"version": 1})
            expected = 200 if kind in kinds else 404
            assert (one.status_code, file.status_code) == (expected, expected), (role, kind)
    review_queue = {item["document_id"] for item in (await world.clients["owner"].get("/api/reviews")).json()["items"]}
    assert set(ids.values()) <= review_queue  # the counsellor reviews them all


async def test_another_provider_sees_no_document_of_the_case(world: World) -> None:
    coach = world.clients["p1_coach"]
    case = await _active_case(coach)
    document_id = await _submitted(coach, case["id"], "study_certificate")
    for role in ("p2_admin", "p2_coach", "other"):
        assert (await world.clients[role].get(f"/api/documents/{document_id}")).status_code == 404, role
        assert (await world.clients[role].get(f"/api/cases/{case['id']}/documents")).status_code == 404, role


async def test_a_draft_is_the_providers_own(world: World) -> None:
    coach = world.clients["p1_coach"]
    case = await _active_case(coach)
    created = await _upload(coach, case["id"], PDF, kind="study_certificate")
    document_id = created.json()["id"]
    for role, expected in (("p1_admin", 200), ("p1_coach", 200), ("owner", 404), ("supervisor", 404)):
        assert (await world.clients[role].get(f"/api/documents/{document_id}")).status_code == expected, role


async def test_the_review_queue_holds_only_the_callers_caseload(world: World) -> None:
    coach = world.clients["p1_coach"]
    case = await _active_case(coach)  # a case of "counsellor", covered by the stand-in
    document_id = await _submitted(coach, case["id"], "study_certificate")
    for role, listed in (("owner", True), ("stand_in", True), ("other", False)):
        queue = (await world.clients[role].get("/api/reviews")).json()["items"]
        assert (document_id in {item["document_id"] for item in queue}) is listed, role


async def test_a_counsellor_side_draft_is_the_counsellors_own(world: World) -> None:
    # The API approves the counsellor's kinds on upload, so the draft is written straight into the database: the
    # rule is the reverse of the provider's draft and must hold on its own.
    coach = world.clients["p1_coach"]
    case = await _active_case(coach)
    async with async_sessionmaker(world.engine, expire_on_commit=False).begin() as session:
        document = Document(
            case_id=uuid.UUID(case["id"]),
            kind=DocumentKind.ASSIGNMENT_BASIS,
            status=DocumentStatus.DRAFT,
            created_by_id=uuid.UUID(world.demo.user("counsellor")),
            reviews=[],
            versions=[
                DocumentVersion(
                    number=1,
                    object_key=f"documents/{case['id']}/{uuid.uuid4().hex}",
                    filename="underlag.pdf",
                    content_type="application/pdf",
                    size=10,
                    sha256="0" * 64,
                )
            ],
        )
        session.add(document)
    for role, expected in (
        ("owner", 200),
        ("stand_in", 200),
        ("supervisor", 200),
        ("p1_admin", 404),
        ("p1_coach", 404),
    ):
        caller = world.clients[role]
        assert (await caller.get(f"/api/documents/{document.id}")).status_code == expected, role
        listed = {d["id"] for d in (await caller.get(f"/api/cases/{case['id']}/documents")).json()["items"]}
        assert (str(document.id) in listed) is (expected == 200), role


async def test_the_review_queue_is_paged_by_the_database(world: World) -> None:
    coach = world.clients["p1_coach"]
    case = await _active_case(coach)
    for kind in ("study_certificate", "medical_certificate", "implementation_plan"):
        await _submitted(coach, case["id"], kind)
    await _upload(coach, case["id"], PDF, kind="study_certificate")  # a draft: never in the queue
    owner = world.clients["owner"]
    everything = (await owner.get("/api/reviews", params={"limit": 500})).json()
    assert everything["total"] == len(everything["items"]) >= 3
    pages = [
        (await owner.get("/api/reviews", params={"limit": 2, "offset": offset})).json()
        for offset in range(0, everything["total"], 2)
    ]
    assert all(page["total"] == everything["total"] and page["limit"] == 2 for page in pages)
    assert all(len(page["items"]) == 2 for page in pages[:-1])
    paged = [item["document_id"] for page in pages for item in page["items"]]
    assert paged == [item["document_id"] for item in everything["items"]]  # oldest first, no gaps, no repeats
    submitted_at = [item["submitted_at"] for item in everything["items"]]
    assert submitted_at == sorted(submitted_at)
    other = (await world.clients["other"].get("/api/reviews", params={"limit": 1})).json()
    assert not {item["document_id"] for item in other["items"]} & set(paged)
    assert other["total"] == len(
        (await world.clients["other"].get("/api/reviews", params={"limit": 500})).json()["items"]
    )
