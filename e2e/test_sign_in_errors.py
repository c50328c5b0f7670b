"""Journey: what a person sees when signing in goes wrong, and when they reach for a page without signing in."""

from __future__ import annotations

import re

from conftest import assert_accessible, login
from playwright.sync_api import Page, expect

# Used by no other test, so locking it out cannot disturb them; the throttle counts unknown usernames too.
THROTTLED_USERNAME = "nobody-e2e"


def test_wrong_password_shows_an_alert_and_stays_on_the_form(page: Page) -> None:
    # A real account, but only one failure: far below the five free failures, and a success clears the count.
    login(page, "counsellor2", "not-the-password", expect_success=False)

    alert = page.get_by_role("alert")
    expect(alert).to_have_text("Fel användarnamn eller lösenord.")
    expect(alert).to_be_focused()
    expect(page).to_have_url(re.compile(r"/login$"))
    expect(page.get_by_test_id("current-user")).to_have_count(0)
    assert_accessible(page, "the login page with an error")

    # The same account still signs in with the right password.
    page.get_by_label("Lösenord").fill("demo")
    page.get_by_role("button", name="Logga in").click()
    expect(page.get_by_test_id("start-page-counsellor")).to_be_visible()


def test_repeated_failures_throttle_the_username(page: Page) -> None:
    page.goto("/login")
    username = page.get_by_label("Användarnamn")
    password = page.get_by_label("Lösenord")
    submit = page.get_by_role("button", name="Logga in")
    alert = page.get_by_role("alert")
    username.fill(THROTTLED_USERNAME)

    # Five free failures, and the sixth locks the username: all six answer "wrong username or password".
    for attempt in range(6):
        password.fill(f"guess-{attempt}")
        with page.expect_response(lambda r: r.url.endswith("/api/auth/login")) as response:
            submit.click()
        assert response.value.status == 401, f"attempt {attempt + 1}"
        expect(alert).to_have_text("Fel användarnamn eller lösenord.")

    password.fill("guess-6")
    with page.expect_response(lambda r: r.url.endswith("/api/auth/login")) as response:
        submit.click()
    assert response.value.status == 429
    expect(alert).to_have_text(re.compile(r"^För många misslyckade inloggningar\. Försök igen om \d+ sekunder\.$"))
    expect(alert).to_be_focused()
    assert_accessible(page, "the login page when throttled")


def test_protected_page_when_signed_out_redirects_to_login(page: Page) -> None:
    page.goto("/insatser")

    expect(page).to_have_url(re.compile(r"/login$"))
    expect(page.get_by_role("heading", level=1, name="Logga in")).to_be_visible()
    expect(page.get_by_test_id("intervention-types-table")).to_have_count(0)
