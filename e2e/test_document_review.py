"""Documents in the browser (issue 4): a coach uploads an implementation plan as a PDF and hands it in with the
upload, the counsellor returns it from the review queue with a comment, the coach answers with a corrected version
(handed in the same way), the counsellor approves it, and both versions download byte for byte as uploaded."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import AXE_JS, assert_accessible, login
from playwright.sync_api import Browser, Page, expect


def _pdf(text: str, padding: int = 0) -> bytes:
    """A minimal valid one-page PDF showing ``text``: objects, cross-reference table with exact offsets, trailer.
    ``padding`` bytes of comment after the header make the file large enough for an upload to take a while."""
    stream = f"BT /F1 18 Tf 40 120 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    for _ in range(padding // 80):
        out += b"%" + b"-" * 78 + b"\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _open_active_case(page: Page) -> None:
    """The coach's active demo case at provider 1 (client Mehmet Demir, counsellor Karin Lindqvist)."""
    page.goto("/mina-arenden")
    row = page.get_by_test_id("case-row").filter(has_text="Mehmet Demir").filter(has_text="Pågående")
    row.get_by_role("link").first.click()
    expect(page.get_by_test_id("case-status")).to_have_text("Pågående")


def test_coach_and_counsellor_review_an_implementation_plan(
    page: Page, browser: Browser, base_url: str, tmp_path: Path
) -> None:
    first, second = _pdf("Genomforandeplan, version 1", padding=60_000), _pdf("Genomforandeplan, version 2 med datum")
    (tmp_path / "v1").mkdir()
    (tmp_path / "v2").mkdir()
    plan_v1 = tmp_path / "v1" / "genomforandeplan.pdf"
    plan_v2 = tmp_path / "v2" / "genomforandeplan-rattad.pdf"
    plan_v1.write_bytes(first)
    plan_v2.write_bytes(second)
    comment = "Delmålen saknar datum. Lägg till när varje delmål ska vara nått."

    # The coach uploads the plan from the case page: kind, file (also a drop zone), and "Ladda upp och skicka in":
    # handing in is the form's default, so the plan goes to review with the upload.
    login(page, "provider1-coach")
    expect(page.get_by_test_id("start-page-provider_staff")).to_be_visible()
    _open_active_case(page)
    documents = page.get_by_test_id("case-documents")
    expect(documents.get_by_role("heading", name="Dokument", exact=True)).to_be_visible()
    assert_accessible(page, "case page with documents")
    form = page.get_by_test_id("upload-form")
    form.get_by_label("Dokumenttyp").select_option(label="Genomförandeplan")
    form.get_by_label("Fil", exact=True).set_input_files(plan_v1)
    expect(form).to_contain_text("Vald fil: genomforandeplan.pdf")
    # Uploads slowed to 40 kB/s, so that the labelled progress bar can be seen moving.
    network = page.context.new_cdp_session(page)
    network.send("Network.enable")
    network.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": 40_000},
    )
    expect(form.get_by_role("checkbox", name="Skicka in för granskning direkt")).to_be_checked()
    form.get_by_role("button", name="Ladda upp och skicka in").click()
    progress = page.get_by_role("progressbar", name="Laddar upp genomforandeplan.pdf")
    expect(progress).to_have_attribute("value", re.compile(r"^([1-9]\d?)$"))

    expect(page).to_have_url(re.compile(r"/dokument/[0-9a-f-]+$"))
    network.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
    )
    document_url = page.url
    document_path = document_url.removeprefix(base_url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Genomförandeplan – Mehmet Demir")
    expect(page.get_by_test_id("document-message")).to_contain_text("uppladdad och inskickad för granskning")
    expect(page.get_by_test_id("document-status")).to_have_text("Inskickad")
    expect(page.get_by_test_id("review-history")).to_contain_text("Inskickad")
    assert_accessible(page, "handed-in document, coach")

    # The counsellor opens it from the review queue and sees the PDF beside the actions.
    counsellor_context = browser.new_context(base_url=base_url, accept_downloads=True)
    counsellor_context.add_init_script(path=str(AXE_JS))
    counsellor = counsellor_context.new_page()
    login(counsellor, "counsellor")
    expect(counsellor.get_by_test_id("start-page-counsellor")).to_be_visible()
    counsellor.get_by_role("navigation", name="Huvudmeny").get_by_role("link", name="Att granska").click()
    expect(counsellor.get_by_role("heading", level=1)).to_have_text("Att granska")
    row = counsellor.locator(f'[data-testid="review-row"][data-document-id="{document_path.rsplit("/", 1)[1]}"]')
    expect(row).to_contain_text("Mehmet Demir")
    expect(row).to_contain_text("Genomförandeplan")
    expect(row.get_by_role("cell").nth(1)).to_have_text("1")  # version
    assert_accessible(counsellor, "review queue")
    row.get_by_role("link", name="Genomförandeplan").click()
    expect(counsellor).to_have_url(document_url)
    preview = counsellor.get_by_test_id("file-preview")
    frame = preview.locator("iframe")
    expect(frame).to_have_attribute("src", re.compile(r"^blob:"))
    expect(frame).to_have_attribute("title", "Genomförandeplan, version 1: genomforandeplan.pdf")
    assert_accessible(counsellor, "document review, counsellor")

    # Returning needs a comment; with one, the document goes back to the provider.
    counsellor.get_by_role("button", name="Återremittera").click()
    expect(counsellor.get_by_role("alert")).to_have_text("Rätta de markerade fälten.")
    counsellor.get_by_label("Kommentar").fill(comment)
    counsellor.get_by_role("button", name="Återremittera").click()
    expect(counsellor.get_by_test_id("document-status")).to_have_text("Återremitterad")
    expect(counsellor.get_by_test_id("document-message")).to_contain_text("återremitterat")

    # The coach sees the comment on the case page and above the new-version upload, and answers it.
    _open_active_case(page)
    document_row = page.locator(f'[data-testid="document-row"][data-document-id="{document_path.rsplit("/", 1)[1]}"]')
    expect(document_row).to_contain_text("Återremitterad")
    expect(document_row).to_contain_text(comment)
    document_row.get_by_role("link", name="Genomförandeplan").click()
    expect(page.get_by_test_id("return-comment")).to_contain_text(comment)
    assert_accessible(page, "returned document, coach")
    # Handing in again without a correction is refused with the reason.
    page.get_by_test_id("submit-box").get_by_role("button", name="Skicka in", exact=True).click()
    expect(page.get_by_test_id("submit-box").get_by_role("alert")).to_contain_text("Ladda upp en rättad version")
    # The corrected version is handed in with its upload, as the first one was.
    version_form = page.get_by_test_id("version-form")
    version_form.get_by_label("Fil", exact=True).set_input_files(plan_v2)
    expect(version_form.get_by_role("checkbox", name="Skicka in för granskning direkt")).to_be_checked()
    version_form.get_by_role("button", name="Ladda upp och skicka in").click()
    expect(page.get_by_test_id("document-message")).to_contain_text("Version 2 är uppladdad och inskickad")
    expect(page.get_by_test_id("document-status")).to_have_text("Inskickad")
    expect(page.get_by_test_id("version-row")).to_have_count(2)

    # The counsellor approves version 2.
    counsellor.goto("/granskning")
    row = counsellor.locator(f'[data-testid="review-row"][data-document-id="{document_path.rsplit("/", 1)[1]}"]')
    expect(row.get_by_role("cell").nth(1)).to_have_text("2")
    row.get_by_role("link").click()
    expect(counsellor.get_by_test_id("file-preview").locator("iframe")).to_have_attribute(
        "title", "Genomförandeplan, version 2: genomforandeplan-rattad.pdf"
    )
    counsellor.get_by_role("button", name="Godkänn").click()
    expect(counsellor.get_by_test_id("document-status")).to_have_text("Godkänd")
    counsellor.goto("/granskning")
    expect(counsellor.locator(f'[data-document-id="{document_path.rsplit("/", 1)[1]}"]')).to_have_count(0)

    # The coach sees both versions and the whole review history with the comment.
    page.reload()
    expect(page.get_by_test_id("document-status")).to_have_text("Godkänd")
    expect(page.get_by_test_id("version-row")).to_have_count(2)
    history = page.get_by_test_id("review-history")
    expect(history.locator("li")).to_have_count(4)
    expect(history).to_contain_text(comment)
    expect(history.locator("li").last).to_contain_text("Godkänd")
    expect(page.get_by_test_id("provider-actions")).to_have_count(0)
    assert_accessible(page, "approved document, coach")

    # Each version downloads exactly as uploaded: version 1 as a browser download, version 2 by the API.
    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile(r"^genomforandeplan\.pdf\W+ladda ner version 1$")).click()
    download = download_info.value
    assert download.suggested_filename == "genomforandeplan.pdf"
    assert Path(download.path()).read_bytes() == first
    second_link = page.get_by_role("link", name=re.compile(r"^genomforandeplan-rattad\.pdf\W+ladda ner version 2$"))
    href = second_link.get_attribute("href")
    assert href and href.endswith("version=2")
    response = page.request.get(href)
    assert response.status == 200
    assert response.headers["content-type"].startswith("application/pdf")
    assert response.body() == second
    counsellor_context.close()
