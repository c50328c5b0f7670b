"""Issue 12 point 4 in the browser: the counsellor and the coach exchange messages with an attachment on a case;
each one's unread counts rise and fall; the other provider sees nothing of it (the case and the thread are not
reachable, its inbox has nothing). Axe scans of the case page with the thread and of the inbox with filters."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from conftest import AXE_JS, assert_accessible, login, personal_number
from playwright.sync_api import Browser, BrowserContext, Page, expect
from test_phone_width import PHONE, _overflow

PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def _signed_in(browser: Browser, base_url: str, username: str) -> tuple[BrowserContext, Page]:
    context = browser.new_context(base_url=base_url)
    context.add_init_script(path=str(AXE_JS))
    page = context.new_page()
    login(page, username)
    return context, page


def _api(page: Page, method: str, url: str, body: dict[str, Any]) -> dict[str, Any]:
    """A step the journey does not test, sent as the signed-in user (session cookie and CSRF header)."""
    token = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    response = page.request.fetch(url, method=method, data=body, headers={"x-csrftoken": token})
    assert response.ok, response.text()
    return response.json()


def _claimed_case(counsellor: Page, coach: Page, last_name: str) -> str:
    """A new client of the counsellor's, decided, queued at provider 1 and claimed by provider1-coach."""
    client = _api(
        counsellor,
        "POST",
        "/api/clients",
        {
            "personal_number": personal_number(),
            "first_name": "Signe",
            "last_name": last_name,
            "social_assistance": True,
        },
    )
    case = _api(
        counsellor,
        "POST",
        "/api/cases",
        {
            "client_id": client["id"],
            "intervention": "JOBBPENG_GRUND",
            "decision_date": str(date.today() - timedelta(days=3)),
        },
    )
    providers = counsellor.request.get("/api/providers").json()["items"]
    provider_id = next(p["id"] for p in providers if p["name"] == "Framtidsvägen AB")
    _api(counsellor, "POST", f"/api/cases/{case['id']}/queue", {"provider_id": provider_id})
    me = coach.request.get("/api/me").json()
    _api(coach, "POST", f"/api/cases/{case['id']}/claim", {"coach_id": me["id"]})
    return case["id"]


def _conversation_option(page: Page):  # type: ignore[no-untyped-def]
    return page.get_by_test_id("inbox-group").locator("option[value=conversation]")


def test_counsellor_and_coach_talk_on_a_case_and_the_other_provider_sees_nothing(
    page: Page, browser: Browser, base_url: str, tmp_path: Path
) -> None:
    last_name = f"Samtalsson{random.randrange(100_000)}"
    login(page, "counsellor")
    coach_context, coach = _signed_in(browser, base_url, "provider1-coach")
    case_id = _claimed_case(page, coach, last_name)

    # The counsellor opens the case: the system's events are in the thread; the form refuses an empty message.
    page.goto(f"/arenden/{case_id}")
    thread = page.get_by_test_id("conversation")
    expect(thread.get_by_test_id("thread-event")).to_have_count(3)  # decided, queued, claimed
    expect(thread).to_contain_text("Ärendet är bemannat.")
    form = page.get_by_test_id("conversation-form")
    form.get_by_role("button", name="Skicka").click()
    expect(form.get_by_label("Meddelande")).to_have_attribute("aria-invalid", "true")
    expect(form).to_contain_text("Skriv ett meddelande.")
    # A file that is not what its name says is refused next to the file field, and nothing is posted.
    fake = tmp_path / "intyg.pdf"
    fake.write_bytes(b"MZ" + b"\x00" * 300)
    form.get_by_label("Meddelande").fill("Här är intyget.")
    form.get_by_test_id("conversation-file").set_input_files(str(fake))
    form.get_by_role("button", name="Skicka").click()
    expect(form.get_by_test_id("conversation-file")).to_have_attribute("aria-invalid", "true")
    expect(form).to_contain_text("inte en giltig PDF")
    expect(thread.get_by_test_id("thread-post")).to_have_count(0)
    # With a real PDF the post lands, with its attachment.
    plan = tmp_path / "planering.pdf"
    plan.write_bytes(PDF)
    form.get_by_test_id("conversation-file").set_input_files(str(plan))
    form.get_by_role("button", name="Skicka").click()
    expect(form.get_by_test_id("conversation-sent")).to_be_visible()
    post = thread.get_by_test_id("thread-post")
    expect(post).to_have_count(1)
    expect(post).to_contain_text("Här är intyget.")
    expect(post.get_by_role("link", name="Bilaga: planering.pdf")).to_be_visible()
    assert_accessible(page, "the case page with its conversation")

    # The coach's unread counts rose: the menu, the inbox's conversation filter, the case in the list.
    coach.goto("/meddelanden")
    expect(_conversation_option(coach)).to_have_text("Konversationer (1 oläst)")
    coach.get_by_test_id("inbox-group").select_option("conversation")
    message = coach.get_by_test_id("message")
    expect(message).to_have_count(1)
    expect(message.get_by_role("heading")).to_have_text(f"Nytt meddelande i ärendet: Signe {last_name}")
    coach.get_by_test_id("inbox-unread-only").check()
    expect(coach.get_by_test_id("message")).to_have_count(1)
    assert_accessible(coach, "the inbox with filters")
    coach.goto("/mina-arenden")
    row = coach.locator(f"[data-case-id='{case_id}']")
    expect(row.get_by_test_id("case-changed")).to_be_visible()

    # The coach reads the thread (the new post is marked), downloads the attachment and answers.
    row.get_by_role("link").first.click()
    coach_thread = coach.get_by_test_id("conversation")
    expect(coach_thread.get_by_test_id("conversation-unread")).to_have_text("1 nytt meddelande.")
    expect(coach_thread.locator("[data-testid=thread-post][data-unread=true]")).to_have_count(1)
    with coach.expect_download() as download:
        coach_thread.get_by_role("link", name="Bilaga: planering.pdf").click()
    assert Path(download.value.path()).read_bytes() == PDF
    coach_form = coach.get_by_test_id("conversation-form")
    coach_form.get_by_label("Meddelande").fill("Tack, vi bokar ett möte.")
    coach_form.get_by_role("button", name="Skicka").click()
    expect(coach_thread.get_by_test_id("thread-post")).to_have_count(2)
    assert_accessible(coach, "the case page with its conversation, coach")
    # At phone width the thread and its form fit, and the form is worked by keyboard alone.
    coach.set_viewport_size(PHONE)
    coach.wait_for_load_state("networkidle")
    assert _overflow(coach) == [], _overflow(coach)
    coach_form.get_by_label("Meddelande").focus()
    coach.keyboard.type("Från mobilen.")
    coach.keyboard.press("Tab")  # the file field
    coach.keyboard.press("Tab")  # the send button
    coach.keyboard.press("Enter")
    expect(coach_thread.get_by_test_id("thread-post")).to_have_count(3)
    assert_accessible(coach, "the case page with its conversation at 360 px")
    coach.set_viewport_size({"width": 1280, "height": 800})
    # Reading made the coach's counts fall.
    coach.goto("/meddelanden")
    expect(_conversation_option(coach)).to_have_text("Konversationer (0 olästa)")
    coach.goto("/mina-arenden")
    expect(coach.locator(f"[data-case-id='{case_id}']").get_by_test_id("case-changed")).to_have_count(0)

    # The counsellor's rose with the two answers, and fall after reading it; "mark the shown read" empties the filter.
    page.goto("/meddelanden")
    expect(_conversation_option(page)).to_have_text("Konversationer (2 olästa)")
    page.get_by_test_id("inbox-group").select_option("conversation")
    page.get_by_role("button", name="Markera de visade som lästa").click()
    expect(_conversation_option(page)).to_have_text("Konversationer (0 olästa)")
    page.goto(f"/arenden/{case_id}")
    expect(page.get_by_test_id("conversation")).to_contain_text("Tack, vi bokar ett möte.")

    # The other provider: neither the case nor its thread is reachable, and its inbox holds nothing of it.
    for username in ("provider2-admin", "provider2-coach"):
        other_context, other = _signed_in(browser, base_url, username)
        assert other.request.get(f"/api/cases/{case_id}/conversation").status == 404
        assert other.request.get(f"/api/cases/{case_id}").status == 404
        other.goto(f"/arenden/{case_id}")
        expect(other.get_by_test_id("conversation")).to_have_count(0)
        expect(other.locator("body")).not_to_contain_text("Här är intyget.")
        other.goto("/meddelanden")
        expect(other.get_by_test_id("messages-page")).to_be_visible()
        expect(other.locator("body")).not_to_contain_text(last_name)
        messages = other.request.get("/api/messages", params={"limit": "500", "case_id": case_id}).json()
        assert messages["total"] == 0, username
        other_context.close()
    coach_context.close()
