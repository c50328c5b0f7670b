"""Journey (issue 9): the counsellor picks a client's language by its name, with the keyboard only, instead of
typing an ISO code; the client's page names it, and the stored code is the ISO code."""

from __future__ import annotations

from conftest import assert_accessible, login, personal_number
from playwright.sync_api import Page, expect


def test_the_client_language_is_picked_by_name_with_the_keyboard(page: Page) -> None:
    login(page, "counsellor")
    page.goto("/klienter/ny")
    expect(page.get_by_role("heading", level=1)).to_have_text("Ny klient")
    picker = page.get_by_test_id("language-picker")
    expect(picker.get_by_role("radio", name="arabiska")).to_be_visible()  # common languages at once
    assert_accessible(page, "the client form with the language picker")

    page.get_by_label("Personnummer").fill(personal_number())
    page.get_by_label("Förnamn").fill("Rahel")
    page.get_by_label("Efternamn").fill("Tesfaye")
    search = page.get_by_label("Sök språk")
    search.focus()
    page.keyboard.type("xyz")
    expect(picker).to_contain_text("Inget språk matchar ”xyz”.")
    assert_accessible(page, "no language matches")
    search.fill("")
    page.keyboard.type("tigr")
    expect(picker.get_by_role("radio")).to_have_count(1)
    page.keyboard.press("Enter")  # takes the first match; the form is not sent
    expect(page.get_by_role("heading", level=1)).to_have_text("Ny klient")
    expect(picker.get_by_role("button", name="Ta bort tigrinja")).to_be_visible()
    expect(picker.get_by_role("radio", name="tigrinja")).to_be_checked()
    assert_accessible(page, "a language chosen")

    with page.expect_response(lambda r: r.url.endswith("/api/clients") and r.request.method == "POST") as answer:
        page.get_by_role("button", name="Spara klient").click()
    assert answer.value.json()["language"] == "ti"
    expect(page.get_by_test_id("client-details")).to_contain_text("tigrinja")
