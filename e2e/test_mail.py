"""E-mail in the browser (issue 12, Done when): queueing a client sends exactly one mail to the provider's shared
mailbox, read back from a real SMTP server, with no name or personal number in it; and on the settings screen a
counsellor switches handed-in documents off, after which the next hand-in mails them nothing."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import date, timedelta
from email.message import EmailMessage
from typing import Any

from conftest import AXE_JS, assert_accessible, login, personal_number
from playwright.sync_api import Browser, Page, expect
from smtp_inbox import Mailbox

SHARED_MAILBOX = "kundval@framtidsvagen.example"  # Framtidsvägen AB's, in the demo
COUNSELLOR = "counsellor@kundval.example"
COACH = "provider1-coach@kundval.example"
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def _api(page: Page, method: str, path: str, body: dict[str, Any] | None = None, **kwargs: Any) -> dict[str, Any]:
    """A call to the API as the page's signed-in user (the CSRF cookie sent back as the header)."""
    csrf = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    response = page.request.fetch(path, method=method, data=body, headers={"x-csrftoken": csrf}, **kwargs)
    assert response.ok, response.text()
    return response.json()


def _wait_for(check: Callable[[], list[EmailMessage]], count: int, timeout: float = 20) -> list[EmailMessage]:
    """Wait until ``check`` gives at least ``count`` mails (the server's worker polls every second)."""
    deadline = time.monotonic() + timeout
    while len(found := check()) < count:
        assert time.monotonic() < deadline, f"expected {count} mail(s), got {len(found)}"
        time.sleep(0.2)
    return found


def _quiet(mailbox: Mailbox, seconds: float = 2.5) -> None:
    """Wait until nothing has arrived for ``seconds`` (the demo's own queue mails go out at start-up)."""
    seen, since = len(mailbox.messages), time.monotonic()
    while time.monotonic() - since < seconds:
        time.sleep(0.2)
        if len(mailbox.messages) != seen:
            seen, since = len(mailbox.messages), time.monotonic()


def _text(mail: EmailMessage) -> str:
    return f"{mail['Subject']}\n{mail.get_content()}"


def _new_case(page: Page, first: str, last: str, number: str) -> dict[str, Any]:
    client = _api(page, "POST", "/api/clients", {"personal_number": number, "first_name": first, "last_name": last})
    decided = (date.today() - timedelta(days=10)).isoformat()
    return _api(
        page, "POST", "/api/cases", {"client_id": client["id"], "intervention": "SAI", "decision_date": decided}
    )


def test_queueing_a_client_mails_the_shared_mailbox_exactly_once_without_personal_data(
    page: Page, smtp_server: Mailbox
) -> None:
    last_name = f"Postqvist{random.randrange(100_000)}"
    number = personal_number()
    login(page, "counsellor")
    case = _new_case(page, "Henrietta", last_name, number)
    _quiet(smtp_server)
    before = len(smtp_server.to(SHARED_MAILBOX))

    # Queue through the case page, as the counsellor does.
    page.goto(f"/arenden/{case['id']}")
    page.get_by_label("Anordnare", exact=True).select_option(label="Framtidsvägen AB")
    page.get_by_role("button", name="Ställ i kö").click()
    expect(page.get_by_test_id("case-status")).to_have_text("I kö")

    mails = _wait_for(lambda: smtp_server.to(SHARED_MAILBOX), before + 1)
    _quiet(smtp_server)
    mails = smtp_server.to(SHARED_MAILBOX)[before:]
    assert len(mails) == 1, [_text(m) for m in mails]
    text = _text(mails[0])
    assert "Ett nytt ärende väntar i kön hos er." in text and "A new client is waiting in your queue." in text
    assert "/ko" in text
    for personal in ("Henrietta", last_name, number, number[2:], f"{number[2:8]}-{number[8:]}"):
        assert personal not in text, personal


def test_a_counsellor_switches_handed_in_documents_off_and_the_next_hand_in_mails_nothing(
    page: Page, browser: Browser, base_url: str, smtp_server: Mailbox
) -> None:
    login(page, "counsellor")
    case = _new_case(page, "Vilhelmina", f"Inlämnad{random.randrange(100_000)}", personal_number())
    _api(page, "POST", f"/api/cases/{case['id']}/queue", {"provider_id": _provider1(page)})
    coach_context = browser.new_context(base_url=base_url)
    coach_context.add_init_script(path=str(AXE_JS))
    coach = coach_context.new_page()
    login(coach, "provider1-coach")
    coach_id = _api(coach, "GET", "/api/me")["id"]
    _api(coach, "POST", f"/api/cases/{case['id']}/claim", {"coach_id": coach_id})
    _api(page, "POST", f"/api/cases/{case['id']}/publish", {"assignment": "Praktik.", "future_plan": "Arbete."})
    document = _api(
        coach,
        "POST",
        f"/api/cases/{case['id']}/documents",
        multipart={
            "kind": "implementation_plan",
            "file": {"name": "plan.pdf", "mimeType": "application/pdf", "buffer": PDF},
        },
    )

    # By default a handed-in document mails the counsellor at once.
    before = len(smtp_server.to(COUNSELLOR))
    _api(coach, "POST", f"/api/documents/{document['id']}/submit")
    _wait_for(lambda: smtp_server.to(COUNSELLOR), before + 1)

    # The settings screen: reached from the header, scanned, keyboard-operable; "Inte alls" for documents to review.
    page.goto("/")
    page.get_by_test_id("settings-link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Inställningar")
    expect(page.get_by_test_id("notification-email")).to_contain_text(COUNSELLOR)
    assert_accessible(page, "notification settings")
    group = page.get_by_role("group", name="Dokument att granska")
    expect(group.get_by_role("radio", name="Direkt (förval)")).to_be_checked()
    group.get_by_role("radio", name="Inte alls").focus()
    page.keyboard.press("Space")
    expect(group.get_by_role("radio", name="Inte alls")).to_be_checked()
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_test_id("notification-settings-message")).to_have_text("Dina val är sparade.")
    assert_accessible(page, "notification settings saved")
    page.reload()
    expect(
        page.get_by_role("group", name="Dokument att granska").get_by_role("radio", name="Inte alls")
    ).to_be_checked()

    # Bad input: a delivery the group does not offer is refused with a message naming the field.
    csrf = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    refused = page.request.put(
        "/api/me/notification-settings",
        data={"choices": [{"group": "late", "delivery": "immediately"}]},
        headers={"x-csrftoken": csrf},
    )
    assert refused.status == 422 and refused.json()["extra"][0]["key"] == "choices[0].delivery"

    # Returned, corrected and handed in again: the return mails the coach, the hand-in mails the counsellor nothing.
    counsellor_before, coach_before = len(smtp_server.to(COUNSELLOR)), len(smtp_server.to(COACH))
    _api(page, "POST", f"/api/documents/{document['id']}/return", {"comment": "Mål saknas."})
    _api(
        coach,
        "POST",
        f"/api/documents/{document['id']}/versions",
        multipart={"file": {"name": "plan2.pdf", "mimeType": "application/pdf", "buffer": PDF + b" "}},
    )
    _api(coach, "POST", f"/api/documents/{document['id']}/submit")
    # A mail written after the hand-in, as a marker: once it is delivered, the hand-in's would have been too.
    _api(page, "POST", f"/api/documents/{document['id']}/return", {"comment": "Fortfarande oklart."})
    _wait_for(lambda: smtp_server.to(COACH), coach_before + 2)
    _quiet(smtp_server, 1.5)
    assert len(smtp_server.to(COUNSELLOR)) == counsellor_before
    assert all("Mål saknas" not in _text(m) for m in smtp_server.to(COACH))

    # The phone-width view of the screen, for a coach.
    coach.set_viewport_size({"width": 375, "height": 740})
    coach.goto("/installningar")
    expect(coach.get_by_role("group", name="Återremitterade dokument")).to_be_visible()
    assert_accessible(coach, "notification settings, coach, phone width")
    coach_context.close()


def _provider1(page: Page) -> str:
    providers = _api(page, "GET", "/api/providers?limit=100")["items"]
    return next(p["id"] for p in providers if p["name"] == "Framtidsvägen AB")
