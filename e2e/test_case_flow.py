"""The heart of Kundval in the browser (issue 3): a counsellor registers a client and a decision and queues it at
provider 1, a provider-1 coach claims it, the counsellor publishes it and later ends it with a reason."""

from __future__ import annotations

import random
from datetime import date

from conftest import AXE_JS, assert_accessible, login, register_client
from playwright.sync_api import Browser, Page, expect


def test_counsellor_and_coach_take_a_client_from_decision_to_ended(page: Page, browser: Browser, base_url: str) -> None:
    last_name = f"Flödesson{random.randrange(10_000)}"
    login(page, "counsellor")
    expect(page.get_by_test_id("start-page-counsellor")).to_be_visible()

    # A new client.
    register_client(page, "Fatima", last_name, scan=True)
    assert_accessible(page, "client page")

    # A decision for the client.
    page.get_by_role("button", name="Nytt beslut").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nytt beslut")
    page.get_by_label("Insats").select_option("SAI")
    assert_accessible(page, "new decision")
    page.get_by_role("button", name="Spara beslut").click()
    expect(page.get_by_test_id("case-status")).to_have_text("Beslutad")
    expect(page.get_by_role("heading", level=1)).to_contain_text(last_name)
    case_url = page.url
    assert_accessible(page, "case decided")

    # Day 1: queue at provider 1.
    page.get_by_label("Anordnare", exact=True).select_option(label="Framtidsvägen AB")
    page.get_by_role("button", name="Ställ i kö").click()
    expect(page.get_by_test_id("case-status")).to_have_text("I kö")

    # The coach claims it from the provider's queue: the queue shows first name and initial, no personal number.
    coach_context = browser.new_context(base_url=base_url)
    coach_context.add_init_script(path=str(AXE_JS))
    coach = coach_context.new_page()
    login(coach, "provider1-coach")
    expect(coach.get_by_test_id("start-page-provider_staff")).to_be_visible()
    coach.goto("/ko")
    row = coach.get_by_test_id("queue-row").filter(has_text=f"Fatima {last_name[0]}.")
    expect(row).to_be_visible()
    assert_accessible(coach, "queue")
    row.get_by_role("button", name="Bemanna").click()
    expect(coach.get_by_test_id("case-status")).to_have_text("Bemannad")
    expect(coach.get_by_test_id("case-facts")).to_contain_text(last_name)  # claimed: the coach now sees who it is
    assert_accessible(coach, "claimed case, coach")

    # The counsellor publishes the assignment.
    page.goto(case_url)
    expect(page.get_by_test_id("case-status")).to_have_text("Bemannad")
    page.get_by_label("Uppdrag").fill("Kartlägg erfarenheter och hitta en språkpraktik inom två månader.")
    page.get_by_label("Framtidsplan").fill("Arbete inom barnomsorg.")
    page.get_by_role("button", name="Publicera").click()
    expect(page.get_by_test_id("case-status")).to_have_text("Pågående")
    assert_accessible(page, "case active")

    # The coach sees the published assignment.
    coach.reload()
    expect(coach.get_by_test_id("case-status")).to_have_text("Pågående")
    expect(coach.get_by_text("Kartlägg erfarenheter")).to_be_visible()

    # Later the counsellor ends it with a reason.
    page.get_by_label("Orsak").select_option("work")
    page.get_by_label("Slutdatum").fill(date.today().isoformat())
    page.get_by_role("button", name="Avsluta insatsen").click()
    page.get_by_role("dialog").get_by_role("button", name="Ja, avsluta insatsen").click()  # the confirmation
    expect(page.get_by_test_id("case-status")).to_have_text("Avslutad")
    timeline = page.get_by_test_id("case-timeline")
    for step in ("Beslutad", "I kö", "Bemannad", "Pågående", "Avslutad"):
        expect(timeline).to_contain_text(step)
    assert_accessible(page, "case ended")
    coach_context.close()


def test_other_provider_cannot_open_the_case(page: Page, browser: Browser, base_url: str) -> None:
    """Provider 2 gets the not-found page for a provider-1 case, and sees nothing of it in its lists."""
    login(page, "provider1-coach")
    page.goto("/mina-arenden")
    link = page.get_by_test_id("case-row").first.get_by_role("link").first
    expect(link).to_be_visible()
    case_url = link.get_attribute("href")
    assert case_url
    other = browser.new_context(base_url=base_url)
    other_page = other.new_page()
    login(other_page, "provider2-coach")
    expect(other_page.get_by_test_id("start-page-provider_staff")).to_be_visible()
    other_page.goto(case_url)
    expect(other_page.get_by_text("Ärendet finns inte.")).to_be_visible()
    other.close()
