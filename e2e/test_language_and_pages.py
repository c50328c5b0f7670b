"""Journey: switching language, the interventions page, the not-found page and the health check."""

from __future__ import annotations

import re

from conftest import assert_accessible, login
from playwright.sync_api import Page, expect


def test_switch_to_english_and_back_persists_across_reload(page: Page) -> None:
    login(page, "coordinator")
    heading = page.get_by_role("heading", level=1)
    html = page.locator("html")
    expect(heading).to_have_text("Anordnarregistret")
    expect(html).to_have_attribute("lang", "sv")

    page.get_by_role("button", name="English").click()

    expect(heading).to_have_text("Provider register")
    expect(html).to_have_attribute("lang", "en")
    expect(page.get_by_role("navigation", name="Main menu")).to_be_visible()
    expect(page.get_by_role("button", name="Log out")).to_be_visible()
    assert page.evaluate("() => localStorage.getItem('kundval.language')") == "en"
    assert_accessible(page, "the start page in English")

    page.reload()
    expect(heading).to_have_text("Provider register")
    expect(html).to_have_attribute("lang", "en")

    page.get_by_role("button", name="Svenska").click()

    expect(heading).to_have_text("Anordnarregistret")
    expect(html).to_have_attribute("lang", "sv")
    page.reload()
    expect(heading).to_have_text("Anordnarregistret")
    expect(html).to_have_attribute("lang", "sv")
    expect(page.get_by_role("button", name="English")).to_be_visible()


def test_login_page_in_english(page: Page) -> None:
    page.goto("/login")
    page.get_by_role("button", name="English").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Log in")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.get_by_label("Username").fill("nobody-e2e-english")
    page.get_by_label("Password").fill("wrong")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("alert")).to_have_text("Wrong username or password.")
    assert_accessible(page, "the English login page with an error")


def test_interventions_page_lists_the_three_intervention_types(page: Page) -> None:
    login(page, "counsellor")
    expect(page.get_by_test_id("start-page-counsellor")).to_be_visible()

    page.get_by_role("navigation", name="Huvudmeny").get_by_role("link", name="Insatser och ersättningar").click()

    expect(page).to_have_url(re.compile(r"/insatser$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Insatser och ersättningar")
    table = page.get_by_test_id("intervention-types-table")
    rows = table.locator("[data-code]")
    expect(rows).to_have_count(3)
    for code in ("JOBBPENG_GRUND", "JOBBPENG_FORSTARKT", "SAI"):
        expect(table.locator(f'[data-code="{code}"]')).to_be_visible()
    expect(table.locator('[data-code="SAI"]')).to_contain_text("6\u00a0080\u00a0kr")
    assert_accessible(page, "the interventions page")


def test_not_found_page_when_signed_out(page: Page) -> None:
    page.goto("/no-such-page/at-all")

    expect(page.get_by_test_id("not-found-page")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sidan finns inte")
    assert_accessible(page, "the not-found page, signed out")


def test_not_found_page_when_signed_in(page: Page) -> None:
    login(page, "supervisor")
    expect(page.get_by_test_id("start-page-supervisor")).to_be_visible()

    page.goto("/no-such-page")

    expect(page.get_by_test_id("not-found-page")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sidan finns inte")
    expect(page.get_by_test_id("current-user")).to_contain_text("Lars Berg")
    assert_accessible(page, "the not-found page, signed in")

    page.get_by_role("button", name="English").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
    assert_accessible(page, "the not-found page in English")


def test_health_endpoint_answers_ok_json(page: Page) -> None:
    response = page.request.get("/api/health")

    assert response.ok
    assert response.headers["content-type"].startswith("application/json")
    assert response.json() == {"status": "ok", "database": "ok", "storage": "ok"}
