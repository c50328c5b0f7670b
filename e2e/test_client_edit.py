"""Journey: the counsellor finds a client by personal number (the number never in a URL), changes the client's
details on the client's page with bad input first, protects the identity and lifts the protection with a reason."""

from __future__ import annotations

import random

from conftest import assert_accessible, login, personal_number
from playwright.sync_api import Page, expect


def test_counsellor_finds_and_edits_a_client(page: Page) -> None:
    number = personal_number()
    last_name = f"Ändrasson{random.randrange(10_000)}"
    urls: list[str] = []
    page.on("request", lambda request: urls.append(request.url))
    login(page, "counsellor")

    page.goto("/klienter/ny")
    page.get_by_label("Personnummer").fill(number)
    page.get_by_label("Förnamn").fill("Sara")
    page.get_by_label("Efternamn").fill(last_name)
    page.get_by_role("button", name="Spara klient").click()
    expect(page.get_by_test_id("client-page")).to_be_visible()

    # Found by the personal number from the list's search; the number goes in the body, not the URL.
    page.goto("/klienter")
    page.get_by_label("Sök klient").fill(f"{number[:8]}-{number[8:]}")
    page.get_by_role("button", name="Sök").click()
    rows = page.get_by_test_id("client-row")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text(last_name)
    rows.first.get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Sara {last_name}")
    assert_accessible(page, "client page")

    # Bad input first: the form says what to fix and sends nothing.
    page.get_by_role("button", name="Ändra uppgifter").click()
    form = page.get_by_test_id("client-edit-form")
    expect(form).to_be_visible()
    assert_accessible(page, "client edit form")
    form.get_by_label("Förnamn").fill("")
    form.get_by_label("E-post").fill("inte-en-adress")
    form.get_by_role("button", name="Spara ändringar").click()
    alert = form.get_by_role("alert")
    expect(alert).to_have_text("Rätta de markerade fälten.")
    expect(alert).to_be_focused()
    expect(form.get_by_label("Förnamn")).to_have_attribute("aria-invalid", "true")
    expect(form.get_by_label("E-post")).to_have_attribute("aria-invalid", "true")
    assert_accessible(page, "client edit form with errors")

    # Then good input, reached from the keyboard.
    form.get_by_label("Förnamn").fill("Sara")
    form.get_by_label("E-post").fill("sara@example.org")
    form.get_by_label("Telefon").fill("070-765 43 21")
    form.get_by_label("Område").fill("Norr")
    form.get_by_label("Försörjningsstöd").check()
    form.get_by_role("button", name="Spara ändringar").focus()
    page.keyboard.press("Enter")
    status = page.get_by_test_id("client-message")
    expect(status).to_have_text(f"Uppgifterna om Sara {last_name} är sparade.")
    details = page.get_by_test_id("client-details")
    for text in ("sara@example.org", "070-765 43 21", "Norr", "Försörjningsstöd"):
        expect(details).to_contain_text(text)
    assert_accessible(page, "client page after saving")

    # Protect the identity, then lift it: that asks why, and refuses without a reason.
    page.get_by_role("button", name="Ändra uppgifter").click()
    form.get_by_label("Skyddad identitet").check()
    form.get_by_role("button", name="Spara ändringar").click()
    expect(status).to_contain_text("sparade")
    protection = details.locator(".kv-facts__row").filter(has_text="Skyddad identitet")
    expect(protection.locator("dd")).to_have_text("Ja")
    page.get_by_role("button", name="Ändra uppgifter").click()
    form.get_by_label("Skyddad identitet").uncheck()
    reason = form.get_by_label("Varför hävs skyddet?")
    expect(reason).to_be_visible()
    form.get_by_role("button", name="Spara ändringar").click()
    expect(reason).to_have_attribute("aria-invalid", "true")
    assert_accessible(page, "lifting protection without a reason")
    reason.fill("Skatteverket har tagit bort skyddet.")
    form.get_by_role("button", name="Spara ändringar").click()
    expect(status).to_contain_text("sparade")
    expect(protection.locator("dd")).to_have_text("Nej")

    # At phone width the form still fits.
    page.set_viewport_size({"width": 360, "height": 780})
    page.get_by_role("button", name="Ändra uppgifter").click()
    expect(form).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert_accessible(page, "client edit form at phone width")

    digits = {number, number[2:], f"{number[:8]}-{number[8:]}", f"{number[2:8]}-{number[8:]}"}
    assert not [url for url in urls if any(d in url for d in digits)]
