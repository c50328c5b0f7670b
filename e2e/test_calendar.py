"""Journey (issue 12 point 1): the administrator keeps the municipality's calendar. A bridge day is added with its
reason, a Saturday and the same day again are refused with the reason shown at the field, the day is removed, and
the page is scanned with axe in Swedish and in English."""

from __future__ import annotations

from conftest import assert_accessible, login
from playwright.sync_api import Page, expect

# The Friday after Ascension Day 2027 (Thursday 6 May): a weekday, not a holiday, in a year the page can show.
BRIDGE_DAY = "2027-05-07"
SATURDAY = "2027-05-08"


def test_the_admin_adds_refuses_and_removes_a_non_working_day(page: Page) -> None:
    login(page, "admin")
    page.get_by_role("link", name="Kalender").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kalender")
    expect(page.get_by_test_id("calendar-row-holiday").first).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert_accessible(page, "the calendar")

    form = page.get_by_test_id("calendar-form")
    # Nothing filled in: both fields say what is missing, before anything is sent.
    form.get_by_role("button", name="Lägg till").click()
    expect(form.get_by_text("Fyll i fältet.")).to_be_visible()
    expect(form.get_by_text("Skriv en orsak, t.ex. ”klämdag”.")).to_be_visible()

    form.get_by_label("Datum").fill(BRIDGE_DAY)
    form.get_by_label("Orsak").fill("Klämdag efter Kristi himmelsfärd")
    form.get_by_role("button", name="Lägg till").click()
    expect(page.get_by_test_id("calendar-message")).to_contain_text(f"{BRIDGE_DAY} (Klämdag efter Kristi himmelsfärd)")
    # The list shows the added day's year, the holidays around it and the day itself.
    expect(page.get_by_role("heading", name="Lediga dagar 2027")).to_be_visible()
    row = page.get_by_test_id("calendar-row-municipal")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("Klämdag efter Kristi himmelsfärd")
    expect(row).to_contain_text("fredag")
    expect(row).to_contain_text("Tillagd av Sara Nyström")
    expect(page.get_by_test_id("calendar-table")).to_contain_text("Kristi himmelsfärdsdag")

    # A Saturday is refused at the date field: it is no working day already.
    form.get_by_label("Datum").fill(SATURDAY)
    form.get_by_label("Orsak").fill("Stängt")
    form.get_by_role("button", name="Lägg till").click()
    expect(form.get_by_text(f"{SATURDAY} är en lördag och redan ledig. Välj en vardag.")).to_be_visible()
    expect(form.get_by_label("Datum")).to_have_attribute("aria-invalid", "true")
    assert_accessible(page, "the calendar form with an error")

    # The same day again is refused too, naming the reason it was added with.
    form.get_by_label("Datum").fill(BRIDGE_DAY)
    form.get_by_role("button", name="Lägg till").click()
    expect(
        form.get_by_text(f"{BRIDGE_DAY} är redan tillagd som ledig dag (Klämdag efter Kristi himmelsfärd).")
    ).to_be_visible()
    expect(page.get_by_test_id("calendar-row-municipal")).to_have_count(1)

    # The year switcher moves between years; Easter 2028 is in April.
    page.get_by_role("button", name="Nästa år (2028)").click()
    expect(page.get_by_role("heading", name="Lediga dagar 2028")).to_be_visible()
    expect(page.get_by_test_id("calendar-table")).to_contain_text("2028-04-14")
    page.get_by_role("button", name="Föregående år (2027)").click()

    page.get_by_role("button", name=f"Ta bort den lediga dagen {BRIDGE_DAY} (Klämdag efter Kristi himmelsfärd)").click()
    expect(page.get_by_test_id("calendar-message")).to_contain_text("är en arbetsdag igen")
    expect(page.get_by_test_id("calendar-row-municipal")).to_have_count(0)


def test_the_calendar_in_english_at_phone_width(page: Page) -> None:
    page.set_viewport_size({"width": 375, "height": 800})
    login(page, "admin")
    page.goto("/kalender")
    expect(page.get_by_test_id("calendar-page")).to_be_visible()
    page.get_by_role("button", name="English").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Calendar")
    form = page.get_by_test_id("calendar-form")
    form.get_by_label("Date").fill(SATURDAY)
    form.get_by_label("Reason").fill("Closed")
    form.get_by_role("button", name="Add").click()
    expect(
        form.get_by_text(f"{SATURDAY} is a Saturday and already not a working day. Choose a weekday.")
    ).to_be_visible()
    expect(page.get_by_test_id("calendar-table")).to_contain_text("Christmas Eve")
    # Nothing wider than the phone: the table scrolls inside its own box.
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 375
    page.wait_for_load_state("networkidle")
    assert_accessible(page, "the calendar in English at phone width")
