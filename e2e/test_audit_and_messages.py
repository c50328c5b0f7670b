"""Issue 9, point 7 in the browser: a coach reads, in English, a message that names the client and marks all read;
the supervisor finds who read a client by typing the client's name, narrows the log to a period and exports it."""

from __future__ import annotations

import csv
import io
import random
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from conftest import AXE_JS, assert_accessible, login, register_client
from playwright.sync_api import Browser, Page, expect


def _queue_new_client(page: Page, first_name: str, last_name: str) -> None:
    """As the signed-in counsellor: register a client, decide and queue them at provider 1."""
    register_client(page, first_name, last_name)
    page.get_by_role("button", name="Nytt beslut").click()
    page.get_by_label("Insats").select_option("JOBBPENG_GRUND")
    page.get_by_role("button", name="Spara beslut").click()
    expect(page.get_by_test_id("case-status")).to_have_text("Beslutad")
    page.get_by_label("Anordnare", exact=True).select_option(label="Framtidsvägen AB")
    page.get_by_role("button", name="Ställ i kö").click()
    expect(page.get_by_test_id("case-status")).to_have_text("I kö")


def test_coach_reads_in_english_the_message_naming_the_client_and_marks_all_read(
    page: Page, browser: Browser, base_url: str
) -> None:
    last_name = f"Brevsson{random.randrange(100_000)}"
    login(page, "counsellor")
    _queue_new_client(page, "Agnes", last_name)

    context = browser.new_context(base_url=base_url)
    context.add_init_script(path=str(AXE_JS))
    coach = context.new_page()
    login(coach, "provider1-coach")
    coach.get_by_role("button", name="English").click()
    coach.goto("/meddelanden")
    message = coach.get_by_test_id("message").filter(has_text=f"Agnes {last_name[0]}.")
    # In the queue the provider sees first name and initial, and the message is in English.
    expect(message.get_by_role("heading")).to_have_text(
        f"New client in the queue: Agnes {last_name[0]}., Job voucher, basic"
    )
    expect(message).not_to_contain_text(last_name)
    assert_accessible(coach, "the inbox in English")
    coach.get_by_role("button", name="Mark all as read").click()
    expect(coach.get_by_test_id("unread-summary")).to_have_text("You have no unread messages.")
    expect(coach.locator("[data-testid=message][data-unread=true]")).to_have_count(0)
    expect(coach.get_by_role("button", name="Mark all as read")).to_have_count(0)
    assert_accessible(coach, "the inbox, all read")
    context.close()


def test_supervisor_finds_who_read_a_client_by_name_narrows_the_period_and_exports(
    page: Page, browser: Browser, base_url: str
) -> None:
    last_name = f"Loggqvist{random.randrange(100_000)}"
    login(page, "counsellor")
    register_client(page, "Greta", last_name)  # the counsellor registers and reads the client

    context = browser.new_context(base_url=base_url)
    context.add_init_script(path=str(AXE_JS))
    supervisor = context.new_page()
    login(supervisor, "supervisor")
    supervisor.goto("/logg")
    expect(supervisor.get_by_role("heading", level=1)).to_have_text("Logg")
    assert_accessible(supervisor, "the audit log")
    supervisor.get_by_label("Klient", exact=True).fill(last_name.lower())
    supervisor.get_by_role("button", name="Sök klient").click()
    expect(supervisor.get_by_test_id("audit-client-chosen")).to_contain_text(f"Greta {last_name}")
    assert "/logg" in supervisor.url and last_name.lower() not in supervisor.url.lower()
    rows = supervisor.get_by_test_id("audit-row")
    registered = rows.filter(has_text="Registrerade klienten")
    expect(registered).to_have_count(1)
    expect(registered).to_contain_text("Karin Lindqvist")
    expect(registered).to_contain_text("Karriärvägledare")
    expect(rows.filter(has_text="Läste klientens uppgifter").first).to_contain_text(f"Greta {last_name}")
    assert_accessible(supervisor, "who read the client")

    # The period: the day the client was registered (Swedish time, from the log itself) and the day before.
    at = registered.locator("time").get_attribute("datetime")
    day = datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone(ZoneInfo("Europe/Stockholm")).date()
    supervisor.get_by_label("Till", exact=True).fill(str(day - timedelta(days=1)))
    supervisor.get_by_role("button", name="Filtrera", exact=True).click()
    expect(supervisor.get_by_test_id("audit-empty")).to_be_visible()
    supervisor.get_by_label("Från", exact=True).fill(str(day))
    supervisor.get_by_label("Till", exact=True).fill(str(day))
    supervisor.get_by_role("button", name="Filtrera", exact=True).click()
    expect(registered).to_have_count(1)

    with supervisor.expect_download() as download:
        supervisor.get_by_test_id("audit-export").click()
    text = open(download.value.path(), encoding="utf-8").read()
    header, *lines = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert header[:5] == ["Tid", "Person", "Användarnamn", "Roller", "Händelse"] and len(set(header)) == len(header)
    assert ["Karin Lindqvist", "Registrerade klienten", f"Greta {last_name}"] in [[r[1], r[4], r[5]] for r in lines]
    assert all(date.fromisoformat(r[0][:10]) == day for r in lines)
    context.close()
