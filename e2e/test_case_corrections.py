"""Putting a case right in the browser (issue 9): end a case through the confirmation and reopen it, withdraw a
queued client, move a queued client to another provider, and correct a decision's dates (a start after the
planned end is refused with a message saying what to fix). Every page is scanned with axe."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from conftest import AXE_JS, assert_accessible, login, register_client
from playwright.sync_api import Browser, Page, expect


def _api(page: Page, method: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
    """A call to the API as the page's signed-in user (the CSRF cookie sent back as the header)."""
    csrf = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    response = page.request.fetch(path, method=method, data=body, headers={"x-csrftoken": csrf})
    assert response.ok, response.text()
    return response.json()


def _day(offset: int) -> str:
    return (date.today() + timedelta(days=offset)).isoformat()


def _provider_id(page: Page, name: str) -> str:
    providers = _api(page, "GET", "/api/providers?limit=100")["items"]
    return next(p["id"] for p in providers if p["name"] == name)


def _new_case(page: Page, *, queued_at: str | None = None) -> str:
    """As the signed-in counsellor: a new client with a decision (queued at ``queued_at``); returns the case URL."""
    register_client(page, "Rätta", f"Rättelsesson{random.randrange(100_000)}")
    client_id = page.url.rstrip("/").split("/")[-1]
    case = _api(page, "POST", "/api/cases", {"client_id": client_id, "intervention": "SAI", "decision_date": _day(-10)})
    if queued_at:
        _api(page, "POST", f"/api/cases/{case['id']}/queue", {"provider_id": _provider_id(page, queued_at)})
    return f"/arenden/{case['id']}"


def test_ending_asks_first_and_a_mistaken_ending_is_reopened(page: Page) -> None:
    login(page, "counsellor")
    page.goto(_new_case(page, queued_at="Framtidsvägen AB"))
    expect(page.get_by_test_id("case-status")).to_have_text("I kö")
    assert_accessible(page, "queued case")

    end = page.get_by_test_id("action-end")
    end.get_by_label("Orsak", exact=True).select_option("client_left")
    end.get_by_label("Slutdatum").fill(_day(0))
    end.get_by_role("button", name="Avsluta insatsen").click()
    dialog = page.get_by_role("dialog", name="Vill du avsluta insatsen?")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text(f"Insatsen avslutas den {_day(0)}")
    expect(dialog).to_contain_text("Framtidsvägen AB förlorar det pågående uppdraget")
    assert_accessible(page, "end confirmation")
    # Cancelling ends nothing.
    dialog.get_by_role("button", name="Avbryt").click()
    expect(dialog).to_be_hidden()
    expect(page.get_by_test_id("case-status")).to_have_text("I kö")

    end.get_by_role("button", name="Avsluta insatsen").click()
    dialog.get_by_role("button", name="Ja, avsluta insatsen").click()
    expect(page.get_by_test_id("case-status")).to_have_text("Avslutad")
    assert_accessible(page, "ended case")

    reopen = page.get_by_test_id("action-reopen")
    reopen.get_by_role("button", name="Öppna ärendet igen").click()
    expect(reopen.get_by_label("Varför öppnas ärendet igen?")).to_have_attribute("aria-invalid", "true")
    reopen.get_by_label("Varför öppnas ärendet igen?").fill("Fel kund avslutades.")
    reopen.get_by_role("button", name="Öppna ärendet igen").click()
    expect(page.get_by_test_id("case-status")).to_have_text("I kö")
    expect(page.get_by_test_id("case-message")).to_contain_text("Ärendet är öppnat igen.")
    timeline = page.get_by_test_id("case-timeline")
    expect(timeline).to_contain_text("Öppnat igen")
    expect(timeline).to_contain_text("Fel kund avslutades.")
    assert_accessible(page, "reopened case")


def test_a_queued_client_is_withdrawn_and_leaves_the_providers_queue(
    page: Page, browser: Browser, base_url: str
) -> None:
    login(page, "counsellor")
    case_url = _new_case(page, queued_at="Framtidsvägen AB")
    case_id = case_url.split("/")[-1]
    page.goto(case_url)
    withdraw = page.get_by_test_id("action-withdraw")
    withdraw.get_by_label("Varför tas klienten tillbaka?").fill("Kunden vill välja om.")
    withdraw.get_by_role("button", name="Ta tillbaka från kön").click()
    expect(page.get_by_test_id("case-status")).to_have_text("Beslutad")
    expect(page.get_by_test_id("case-timeline")).to_contain_text("Borttagen ur kön")
    assert_accessible(page, "withdrawn case")

    provider_context = browser.new_context(base_url=base_url)
    provider_context.add_init_script(path=str(AXE_JS))
    provider = provider_context.new_page()
    login(provider, "provider1-admin")
    assert case_id not in {item["id"] for item in _api(provider, "GET", "/api/provider/queue")["items"]}
    provider_context.close()


def test_a_queued_client_is_moved_to_another_provider(page: Page) -> None:
    login(page, "counsellor")
    page.goto(_new_case(page, queued_at="Framtidsvägen AB"))
    move = page.get_by_test_id("action-move")
    move.get_by_role("button", name="Flytta klienten").click()
    expect(move.get_by_label("Ny anordnare")).to_have_attribute("aria-invalid", "true")
    assert_accessible(page, "move without a provider")
    move.get_by_label("Ny anordnare").select_option(label="Steg Vidare Kompetens AB")
    move.get_by_label("Orsak (frivilligt)").fill("Närmare hemmet.")
    move.get_by_role("button", name="Flytta klienten").click()
    expect(page.get_by_test_id("case-message")).to_contain_text("Klienten står nu i kö hos Steg Vidare Kompetens AB.")
    expect(page.get_by_test_id("case-status")).to_have_text("I kö")
    expect(page.get_by_test_id("case-facts")).to_contain_text("Steg Vidare Kompetens AB")
    expect(page.get_by_test_id("case-timeline")).to_contain_text("Framtidsvägen AB → Steg Vidare Kompetens AB")
    assert_accessible(page, "moved case")


def test_a_decisions_dates_are_corrected_and_a_start_after_the_planned_end_is_refused(page: Page) -> None:
    login(page, "counsellor")
    page.goto(_new_case(page))
    expect(page.get_by_test_id("case-status")).to_have_text("Beslutad")
    correct = page.get_by_test_id("action-correct")
    correct.get_by_role("button", name="Korrigera beslut …").click()
    correct.get_by_label("Startdatum").fill(_day(10))
    correct.get_by_label("Planerat slutdatum").fill(_day(5))
    correct.get_by_label("Orsak till korrigeringen").fill("Fel datum i beslutet.")
    correct.get_by_role("button", name="Spara korrigeringen").click()
    alert = correct.get_by_role("alert")
    expect(alert).to_contain_text(f"Startdatum {_day(10)} ligger efter planerat slutdatum {_day(5)}")
    expect(correct.get_by_label("Planerat slutdatum")).to_have_attribute("aria-invalid", "true")
    assert_accessible(page, "correction refused")

    correct.get_by_label("Planerat slutdatum").fill(_day(90))
    correct.get_by_role("button", name="Spara korrigeringen").click()
    expect(page.get_by_test_id("case-message")).to_contain_text("Beslutet är korrigerat.")
    facts = page.get_by_test_id("case-facts")
    expect(facts).to_contain_text(_day(10))
    expect(facts).to_contain_text(_day(90))
    timeline = page.get_by_test_id("case-timeline")
    expect(timeline).to_contain_text("Beslutet korrigerat")
    expect(timeline).to_contain_text(f"Startdatum: – → {_day(10)}")
    assert_accessible(page, "corrected case")
