"""Who sees which document: medical and child-care certificates are health data, shown to the case's counsellor
side and the provider only, never to the supervisor (in the list, as one document, or as a file); a draft is its
author's side only; another provider sees nothing of the case."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

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

    sees = {"owner": set(ids), "stand_in": set(ids), "p1_admin": set(ids), "p1_coach": set(ids),
            "supervisor": {"study_certificate"}}
    for role, kinds in sees.items():
        caller = world.clients[role]
        listed = {d["kind"] for d in (await caller.get(f"/api/cases/{case['id']}/documents")).json()["items"]
                  if d["id"] in ids.values()}
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
