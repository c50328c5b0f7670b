"""Documents: upload to the object store, versions and the review cycle, on both stores and both databases."""

from __future__ import annotations

import hashlib
import socket
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
import time_machine
from litestar.testing import AsyncTestClient
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from kundval.app import build_store, create_app
from kundval.core import clock
from kundval.core.settings import Settings
from kundval.domain.cases.models import CaseStatus
from kundval.domain.documents.models import Document, DocumentVersion
from kundval.domain.documents.sweep import sweep_orphans
from tests.factories import Caller, Demo, new_case, seed_demo, sign_in, today


@pytest.fixture(autouse=True)
async def demo_world(engine: AsyncEngine) -> Demo:
    """The demo's accounts, providers and cases, with cheap password hashes (see tests.factories)."""
    return await seed_demo(engine)


# A small but real PDF (one empty page), so browsers and viewers accept it.
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 64
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200


async def _active_case(client: Caller, status: str = "active") -> dict[str, Any]:
    """The demo's case in ``status`` at provider 1 with provider1-coach (the coach must be signed in)."""
    cases = (await client.get("/api/cases", params={"status": status})).json()["items"]
    return next(c for c in cases if c["coach_name"] == "Jonas Falk")


async def _upload(
    client: Caller,
    case_id: str,
    content: bytes,
    filename: str = "plan.pdf",
    content_type: str = "application/pdf",
    kind: str = "implementation_plan",
    **fields: str,
) -> Any:
    return await client.post(
        f"/api/cases/{case_id}/documents",
        data={"kind": kind, **fields},
        files={"file": (filename, content, content_type)},
    )


@pytest.fixture
async def app_and_store(storage_settings: Settings) -> Any:
    app = create_app(storage_settings)
    return app, build_store(storage_settings)


async def _keys(store: Any) -> list[str]:
    return [info.key async for info in store.list("documents/")]


async def test_upload_return_correct_and_approve(app_and_store: Any) -> None:
    app, store = app_and_store
    async with AsyncTestClient(app=app) as test_client:
        coach = await sign_in(test_client, "provider1-coach")
        counsellor = await sign_in(test_client, "counsellor")
        case = await _active_case(coach)

        created = await _upload(coach, case["id"], PDF)
        assert created.status_code == 201, created.text
        document = created.json()
        assert document["status"] == "draft"
        assert document["versions"][0]["sha256"] == hashlib.sha256(PDF).hexdigest()
        assert document["versions"][0]["content_type"] == "application/pdf"
        doc_id = document["id"]
        # A draft is the provider's own: the counsellor does not see it yet.
        assert (await counsellor.get(f"/api/documents/{doc_id}")).status_code == 404

        assert (await coach.post(f"/api/documents/{doc_id}/submit")).json()["status"] == "submitted"
        queue = (await counsellor.get("/api/reviews")).json()["items"]
        assert [item["document_id"] for item in queue] == [doc_id]
        assert (await counsellor.post(f"/api/documents/{doc_id}/return", json={"comment": ""})).status_code == 422
        returned = await counsellor.post(f"/api/documents/{doc_id}/return", json={"comment": "Mål saknas."})
        assert returned.json()["status"] == "returned"

        # Resubmitting the same version is refused with the comment it must answer.
        again = await coach.post(f"/api/documents/{doc_id}/submit")
        assert again.status_code == 409 and "Mål saknas." in again.json()["detail"]

        fixed = PDF.replace(b"200 200", b"300 300")
        v2 = await coach.post(
            f"/api/documents/{doc_id}/versions", files={"file": ("plan-v2.pdf", fixed, "application/pdf")}
        )
        assert v2.status_code == 201, v2.text
        assert (await coach.post(f"/api/documents/{doc_id}/submit")).status_code == 201
        approved = await counsellor.post(f"/api/documents/{doc_id}/approve")
        assert approved.json()["status"] == "approved"

        # Approved is locked.
        locked = await coach.post(
            f"/api/documents/{doc_id}/versions", files={"file": ("x.pdf", PDF, "application/pdf")}
        )
        assert locked.status_code == 409
        seen = (await coach.get(f"/api/documents/{doc_id}")).json()
        assert seen["latest_comment"] == "Mål saknas."
        assert [v["number"] for v in seen["versions"]] == [1, 2]
        assert [r["action"] for r in seen["reviews"]] == ["submit", "return", "submit", "approve"]

        for number, expected in ((1, PDF), (2, fixed)):
            response = await coach.get(f"/api/documents/{doc_id}/file", params={"version": number})
            assert response.status_code == 200
            assert response.content == expected
            assert response.headers["content-type"] == "application/pdf"
            assert response.headers["content-disposition"].startswith("attachment;")
            assert response.headers["x-content-type-options"] == "nosniff"

        history = (await counsellor.get(f"/api/cases/{case['id']}/history")).json()["items"]
        assert [e["action"] for e in history if e["action"].startswith("document_")] == [
            "document_submit",
            "document_return",
            "document_submit",
            "document_approve",
        ]
    assert len(await _keys(store)) == 2


@pytest.mark.parametrize(
    ("filename", "content", "content_type", "status", "words"),
    [
        ("plan.pdf", EXE, "application/pdf", 415, "inte en giltig PDF"),  # a renamed executable
        ("plan.odt", EXE, "application/octet-stream", 415, "inte en giltig ODT"),
        ("program.exe", EXE, "application/octet-stream", 415, "PDF, PNG, JPEG"),  # not a kind Kundval takes
        ("plan.png", PDF, "image/png", 415, "PDF"),  # a PDF claimed as a PNG by its name
        ("plan.pdf", PDF, "image/png", 415, "Content-Type"),  # ... or by its declared type
        ("bild.png", PNG, "image/png", 201, ""),
        ("../../etc/plan.pdf", PDF, "application/pdf", 422, "sökvägar"),
        ("C:\\Users\\plan.pdf", PDF, "application/pdf", 422, "sökvägar"),
        ("tom.pdf", b"", "application/pdf", 422, "tom"),
    ],
)
async def test_bad_files_get_their_own_clear_answer_and_leave_nothing(
    app_and_store: Any, filename: str, content: bytes, content_type: str, status: int, words: str
) -> None:
    app, store = app_and_store
    async with AsyncTestClient(app=app) as test_client:
        coach = await sign_in(test_client, "provider1-coach")
        case = await _active_case(coach)
        response = await _upload(coach, case["id"], content, filename, content_type)
        assert response.status_code == status, response.text
        if status >= 400:
            assert words in response.json()["detail"]
            assert (await coach.get(f"/api/cases/{case['id']}/documents")).json()["items"] == []
            assert await _keys(store) == []


async def test_file_over_the_limit_is_413_and_leaves_nothing(app_and_store: Any, storage_settings: Settings) -> None:
    _app, store = app_and_store
    app = create_app(replace(storage_settings, max_upload_bytes=64 * 1024))
    async with AsyncTestClient(app=app) as test_client:
        coach = await sign_in(test_client, "provider1-coach")
        case = await _active_case(coach)
        response = await _upload(coach, case["id"], PDF + b"0" * (100 * 1024))
        assert response.status_code == 413
        assert "MiB" in response.json()["detail"]
        assert (await coach.get(f"/api/cases/{case['id']}/documents")).json()["items"] == []
    assert await _keys(store) == []


async def test_unknown_kind_and_bad_month_are_422(app_and_store: Any, engine: AsyncEngine, demo_world: Demo) -> None:
    app, store = app_and_store
    # Active since 62 days back, so last month lies wholly in it whatever day the test runs.
    started = await new_case(
        engine,
        demo_world.users["counsellor"],
        CaseStatus.ACTIVE,
        provider_id=demo_world.providers["provider1"],
        coach_id=demo_world.users["provider1-coach"],
        decision_date=today() - timedelta(days=62),
    )
    month = (today().replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    async with AsyncTestClient(app=app) as test_client:
        coach = await sign_in(test_client, "provider1-coach")
        case = {"id": str(started.id)}
        assert (await _upload(coach, case["id"], PDF, kind="selfie")).status_code == 422
        assert (await _upload(coach, case["id"], PDF, kind="monthly_report")).status_code == 422
        assert (await _upload(coach, case["id"], PDF, kind="monthly_report", month="2026-13")).status_code == 422
        ok = await _upload(coach, case["id"], PDF, kind="monthly_report", month=month)
        assert ok.status_code == 201 and ok.json()["month"] == month
    assert len(await _keys(store)) == 1


async def test_other_provider_gets_404_for_documents_and_files(app_and_store: Any) -> None:
    app, _store = app_and_store
    async with AsyncTestClient(app=app) as test_client:
        coach = await sign_in(test_client, "provider1-coach")
        case = await _active_case(coach)
        doc_id = (await _upload(coach, case["id"], PDF)).json()["id"]
        assert (await coach.post(f"/api/documents/{doc_id}/submit")).status_code == 201
        for username in ("provider2-admin", "provider2-coach"):
            other = await sign_in(test_client, username)
            for path in (
                f"/api/documents/{doc_id}",
                f"/api/documents/{doc_id}/file",
                f"/api/cases/{case['id']}/documents",
            ):
                assert (await other.get(path)).status_code == 404, (username, path)
            assert (await _upload(other, case["id"], PDF)).status_code == 404


async def test_counsellor_cannot_upload_provider_documents_and_provider_cannot_review(app_and_store: Any) -> None:
    app, _store = app_and_store
    async with AsyncTestClient(app=app) as test_client:
        coach = await sign_in(test_client, "provider1-coach")
        counsellor = await sign_in(test_client, "counsellor")
        case = await _active_case(coach)
        assert (await _upload(counsellor, case["id"], PDF)).status_code == 403
        doc_id = (await _upload(coach, case["id"], PDF)).json()["id"]
        await coach.post(f"/api/documents/{doc_id}/submit")
        assert (await coach.post(f"/api/documents/{doc_id}/approve")).status_code == 403
        assert (await coach.get("/api/reviews")).status_code == 403


def _dead_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_store_down_answers_503_and_writes_no_row(settings: Settings, engine: AsyncEngine) -> None:
    down = replace(
        settings,
        storage_url="s3://kundval",
        s3_endpoint=f"127.0.0.1:{_dead_port()}",
        s3_access_key="x",
        s3_secret_key="y",
        s3_secure=False,
    )
    async with AsyncTestClient(app=create_app(down)) as test_client:
        coach = await sign_in(test_client, "provider1-coach")
        case = await _active_case(coach)
        response = await _upload(coach, case["id"], PDF)
        assert response.status_code == 503
        assert "Dokumentlagringen" in response.json()["detail"]
    async with async_sessionmaker(engine)() as session:
        assert (await session.scalars(select(Document))).all() == []


async def test_a_row_that_never_commits_leaves_an_orphan_that_the_sweep_removes(
    app_and_store: Any, engine: AsyncEngine
) -> None:
    app, store = app_and_store
    async with AsyncTestClient(app=app) as test_client:
        coach = await sign_in(test_client, "provider1-coach")
        case = await _active_case(coach)
        kept = (await _upload(coach, case["id"], PDF)).json()
        # Kill the write between object and row: the database refuses the version row after the object is stored.
        async with engine.begin() as conn:
            if engine.dialect.name == "postgresql":
                await conn.execute(
                    text(
                        "CREATE FUNCTION refuse_row() RETURNS trigger LANGUAGE plpgsql AS "
                        "$$ BEGIN RAISE EXCEPTION 'simulated crash'; END $$"
                    )
                )
                await conn.execute(
                    text(
                        "CREATE TRIGGER refuse_version BEFORE INSERT ON document_version "
                        "FOR EACH ROW EXECUTE FUNCTION refuse_row()"
                    )
                )
            else:
                await conn.execute(
                    text(
                        "CREATE TRIGGER refuse_version BEFORE INSERT ON document_version "
                        "BEGIN SELECT RAISE(ABORT, 'simulated crash'); END"
                    )
                )
        try:
            failed = await _upload(coach, case["id"], PNG, "bild.png", "image/png")
            assert failed.status_code == 500
        finally:
            async with engine.begin() as conn:
                await conn.execute(
                    text(
                        "DROP TRIGGER refuse_version"
                        + (" ON document_version" if engine.dialect.name == "postgresql" else "")
                    )
                )
                if engine.dialect.name == "postgresql":
                    await conn.execute(text("DROP FUNCTION refuse_row()"))
    keys = await _keys(store)
    assert len(keys) == 2  # the committed document's object and the orphan
    async with async_sessionmaker(engine)() as session:
        known = set((await session.scalars(select(DocumentVersion.object_key))).all())
        # Within the grace period an object may belong to an upload in flight: left alone.
        assert await sweep_orphans(session, store, clock.now()) == []
        removed = await sweep_orphans(session, store, clock.now() + timedelta(hours=2))
    assert len(removed) == 1 and removed[0] not in known
    assert await _keys(store) == list(known)
    assert kept["versions"][0]["sha256"] == hashlib.sha256(PDF).hexdigest()


async def test_only_a_submitted_document_is_reviewed(app_and_store: Any) -> None:
    """Approving or returning a document that is not (or no longer) submitted is refused with its status."""
    app, _store = app_and_store
    async with AsyncTestClient(app=app) as test_client:
        coach = await sign_in(test_client, "provider1-coach")
        counsellor = await sign_in(test_client, "counsellor")
        case = await _active_case(coach)
        # The counsellor's own kinds are published as approved at once: never submitted, never reviewed.
        basis = await _upload(counsellor, case["id"], PDF, kind="assignment_basis")
        assert basis.status_code == 201 and basis.json()["status"] == "approved", basis.text
        for action, body in (("approve", None), ("return", {"comment": "Fel."})):
            refused = await counsellor.post(f"/api/documents/{basis.json()['id']}/{action}", json=body)
            assert refused.status_code == 409 and "godkänd" in refused.json()["detail"], refused.text
        plan = (await _upload(coach, case["id"], PDF)).json()["id"]
        assert (await counsellor.post(f"/api/documents/{plan}/approve")).status_code == 404  # a draft is not shown
        assert (await coach.post(f"/api/documents/{plan}/submit")).status_code == 201
        assert (
            await counsellor.post(f"/api/documents/{plan}/return", json={"comment": "Mål saknas."})
        ).status_code == 201
        for action, body in (("approve", None), ("return", {"comment": "Igen."})):
            refused = await counsellor.post(f"/api/documents/{plan}/{action}", json=body)
            assert refused.status_code == 409 and "återremitterad" in refused.json()["detail"], refused.text
        seen = (await coach.get(f"/api/documents/{plan}")).json()
        assert [r["action"] for r in seen["reviews"]] == ["submit", "return"]


def _raw_multipart(parts: list[tuple[list[str], bytes]], boundary: str = "kvboundary") -> tuple[bytes, str]:
    """A multipart body written by hand, for shapes no client library sends: each part's header lines and body."""
    body = bytearray()
    for headers, content in parts:
        body += f"--{boundary}\r\n".encode() + "".join(f"{h}\r\n" for h in headers).encode() + b"\r\n"
        body += content + b"\r\n"
    body += f"--{boundary}--\r\n".encode()
    return bytes(body), f"multipart/form-data; boundary={boundary}"


FILE_HEADERS = ['Content-Disposition: form-data; name="file"; filename="plan.pdf"', "Content-Type: application/pdf"]
KIND_PART = (['Content-Disposition: form-data; name="kind"'], b"implementation_plan")


@pytest.mark.parametrize(
    ("parts", "words"),
    [
        # More parts than the parser takes (10).
        (
            [KIND_PART]
            + [([f'Content-Disposition: form-data; name="extra{n}"'], b"x") for n in range(12)]
            + [(FILE_HEADERS, PDF)],
            "för många delar",
        ),
        # More header lines in one part than the parser takes (8).
        ([KIND_PART, (FILE_HEADERS + [f"X-Extra-{n}: y" for n in range(10)], PDF)], "för många rubrikrader"),
        # A header line longer than the parser takes (4 KiB).
        ([KIND_PART, (FILE_HEADERS + ["X-Long: " + "y" * 5000], PDF)], "för lång rubrikrad"),
    ],
)
async def test_multipart_past_the_parsers_limits_is_422_and_says_what_to_fix(
    app_and_store: Any, parts: list[tuple[list[str], bytes]], words: str
) -> None:
    app, store = app_and_store
    body, content_type = _raw_multipart(parts)
    async with AsyncTestClient(app=app) as test_client:
        coach = await sign_in(test_client, "provider1-coach")
        case = await _active_case(coach)
        response = await coach.post(
            f"/api/cases/{case['id']}/documents", content=body, headers={"content-type": content_type}
        )
        assert response.status_code == 422, response.text
        assert words in response.json()["detail"]
        assert (await coach.get(f"/api/cases/{case['id']}/documents")).json()["items"] == []
    assert await _keys(store) == []


async def test_a_file_for_a_structured_report_is_refused_with_the_way_to_change_it(app_and_store: Any) -> None:
    """A report written in the form takes no files, neither as its first version nor after a return."""
    app, store = app_and_store
    async with AsyncTestClient(app=app) as test_client:
        coach = await sign_in(test_client, "provider1-coach")
        counsellor = await sign_in(test_client, "counsellor")
        case = await _active_case(coach)
        plan = {
            k: {"not_applicable_reason": "Test."}
            for k in ("goals", "activities", "client_part", "other_actors", "workplace")
        }
        created = await coach.post(
            f"/api/cases/{case['id']}/reports", json={"kind": "implementation_plan", "content": {"sections": plan}}
        )
        assert created.status_code == 201, created.text
        doc = created.json()["id"]
        files = {"file": ("plan.pdf", PDF, "application/pdf")}
        first = await coach.post(f"/api/documents/{doc}/versions", files=files)
        assert first.status_code == 422 and "formuläret" in first.json()["detail"], first.text
        assert (await coach.post(f"/api/documents/{doc}/submit")).status_code == 201
        assert (
            await counsellor.post(f"/api/documents/{doc}/return", json={"comment": "Mer om målen."})
        ).status_code == 201
        after_return = await coach.post(f"/api/documents/{doc}/versions", files=files)
        assert after_return.status_code == 422 and "formuläret" in after_return.json()["detail"]
        seen = (await coach.get(f"/api/documents/{doc}")).json()
        assert [v["content_type"] for v in seen["versions"]] == [None]
    assert await _keys(store) == []


@time_machine.travel("2026-03-18 10:00 +01:00", tick=True)
async def test_a_monthly_report_uploaded_as_a_file_is_handed_in_from_the_1st_of_the_next_month(
    app_and_store: Any, engine: AsyncEngine, demo_world: Demo
) -> None:
    """§6.4 as for the form: the file may be uploaded at any time, but handed in only once its month is over."""
    app, _store = app_and_store
    demo = demo_world
    case = await new_case(
        engine,
        demo.users["counsellor"],
        CaseStatus.ACTIVE,
        provider_id=demo.providers["provider1"],
        coach_id=demo.users["provider1-coach"],
        decision_date=date(2026, 1, 5),
    )
    async with AsyncTestClient(app=app) as test_client:
        coach = await sign_in(test_client, "provider1-coach")
        this_month = (await _upload(coach, str(case.id), PDF, kind="monthly_report", month="2026-03")).json()
        early = await coach.post(f"/api/documents/{this_month['id']}/submit")
        assert early.status_code == 409 and "från och med 2026-04-01" in early.json()["detail"], early.text
        assert (await coach.get(f"/api/documents/{this_month['id']}")).json()["status"] == "draft"
        last_month = (await _upload(coach, str(case.id), PDF, kind="monthly_report", month="2026-02")).json()
        assert (await coach.post(f"/api/documents/{last_month['id']}/submit")).status_code == 201
