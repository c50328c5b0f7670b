"""Journey (issue 6): the counsellor gives a decided client a one-time code; the client, not signed in and on a
phone, picks a provider in the public comparison with it; the code cannot be used twice; the counsellor sees
the client's choice on the case, preselected for queueing."""

from __future__ import annotations

import random
import re

from conftest import AXE_JS, assert_accessible, login, register_client
from playwright.sync_api import Browser, Page, expect


def test_client_chooses_a_provider_with_the_counsellors_code(page: Page, browser: Browser, base_url: str) -> None:
    last_name = f"Valsson{random.randrange(10_000)}"
    login(page, "counsellor")
    expect(page.get_by_test_id("start-page-counsellor")).to_be_visible()

    # A fresh client and decision, so the test owns its case.
    register_client(page, "Hodan", last_name)
    assert_accessible(page, "the new client")
    page.get_by_role("button", name="Nytt beslut").click()
    page.get_by_label("Insats").select_option("SAI")
    assert_accessible(page, "the new decision")
    page.get_by_role("button", name="Spara beslut").click()
    expect(page.get_by_test_id("case-status")).to_have_text("Beslutad")
    case_url = page.url

    # The code, shown once with its expiry.
    page.get_by_role("button", name="Skapa valkod").click()
    code = page.get_by_test_id("choice-code-value").inner_text()
    assert re.fullmatch(r"[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}", code), code
    expect(page.get_by_test_id("choice-code")).to_contain_text(re.compile(r"Gäller till \d{4}-\d{2}-\d{2} \d{2}:\d{2}"))
    expect(page.get_by_role("button", name="Kopiera koden")).to_be_visible()
    assert_accessible(page, "the case with a new choice code")

    # The client, in a browser of their own without a session, on a phone.
    client_context = browser.new_context(base_url=base_url, viewport={"width": 375, "height": 740})
    client_context.add_init_script(path=str(AXE_JS))
    client = client_context.new_page()
    client.goto("/jamfor?insats=SAI")
    offering = client.request.get("/api/public/providers?intervention=SAI").json()["total"]
    assert offering >= 3  # the demo's SAI providers
    expect(client.get_by_test_id("provider-card")).to_have_count(offering)
    assert_accessible(client, "the comparison, for the client")
    client.get_by_role("link", name="Steg Vidare Kompetens AB").click()
    expect(client.get_by_role("heading", level=1)).to_have_text("Steg Vidare Kompetens AB")
    client.get_by_role("button", name="Välj den här anordnaren").click()
    code_field = client.get_by_label("Valkod")
    expect(code_field).to_be_focused()
    assert_accessible(client, "the choice form")

    # A mistyped code is refused with the server's words, and the field keeps what was typed.
    code_field.fill("ABCD-EFGH" if code != "ABCD-EFGH" else "HGFE-DCBA")
    client.get_by_role("button", name="Skicka val").click()
    expect(client.get_by_role("alert")).to_contain_text("Koden stämmer inte")
    assert_accessible(client, "a wrong code")

    # The right code, typed in lower case without the hyphen, is accepted.
    code_field.fill(code.replace("-", "").lower())
    client.get_by_role("button", name="Skicka val").click()
    done = client.get_by_test_id("choice-done")
    expect(done).to_contain_text("Du har valt Steg Vidare Kompetens AB")
    expect(done).to_contain_text("Din karriärvägledare hör av sig")
    assert_accessible(client, "the choice made")

    # The same code a second time: already used.
    client.reload()
    client.get_by_role("button", name="Välj den här anordnaren").click()
    client.get_by_label("Valkod").fill(code)
    client.get_by_role("button", name="Skicka val").click()
    expect(client.get_by_role("alert")).to_contain_text("redan använd")
    client_context.close()

    # The counsellor sees the choice, preselected for queueing.
    page.goto(case_url)
    expect(page.get_by_test_id("client-choice")).to_contain_text(
        re.compile(r"^Kundens val: Steg Vidare Kompetens AB \(\d{4}-\d{2}-\d{2} \d{2}:\d{2}\)$")
    )
    provider = page.get_by_label("Anordnare", exact=True)
    expect(provider.locator("option:checked")).to_have_text("Steg Vidare Kompetens AB")
    assert_accessible(page, "the case with the client's choice")
    page.get_by_role("button", name="Ställ i kö").click()
    expect(page.get_by_test_id("case-status")).to_have_text("I kö")
    expect(page.get_by_test_id("case-facts")).to_contain_text("Steg Vidare Kompetens AB")
