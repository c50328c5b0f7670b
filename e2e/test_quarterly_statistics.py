"""Journey (issue 6): the supervisor reads the last complete quarter's indicators, downloads them as CSV and
opens the printable report to the board; other roles do not get the page."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from conftest import assert_accessible, login
from playwright.sync_api import Page, expect


def _last_complete_quarter() -> str:
    today = datetime.now(ZoneInfo("Europe/Stockholm")).date()
    quarter = (today.month - 1) // 3 + 1
    return f"{today.year - 1}Q4" if quarter == 1 else f"{today.year}Q{quarter - 1}"


def test_supervisor_reads_the_quarter_downloads_csv_and_opens_the_board_report(page: Page) -> None:
    login(page, "supervisor")
    expect(page.get_by_test_id("start-page-supervisor")).to_be_visible()
    page.get_by_role("navigation", name="Huvudmeny").get_by_role("link", name="Statistik").click()

    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text("Statistik")
    expect(heading).to_be_focused()
    quarter = _last_complete_quarter()
    expect(page.get_by_label("Kvartal")).to_have_value(quarter)  # the default: the last complete quarter

    # Choosing a quarter: the one before, then back.
    page.get_by_label("Kvartal").select_option(index=2)
    expect(page).to_have_url(re.compile(r"kvartal=\d{4}Q[1-4]$"))
    page.get_by_label("Kvartal").select_option(quarter)
    expect(page).to_have_url(re.compile(rf"kvartal={quarter}$"))
    table = page.get_by_test_id("indicators-table")
    expect(table.get_by_role("columnheader")).to_contain_text(
        [
            "Anordnare",
            "Insats",
            "Aktiva",
            "Startade",
            "Avslutade",
            "Till arbete eller studier",
            "Mediantid till arbete",
            "Genomförandeplan inom 30 dagar",
            "Månadsrapporter i tid",
            "Återremitterade dokument",
            "Avslutsorsaker",
        ]
    )
    expect(table.get_by_role("rowheader", name="Framtidsvägen AB").first).to_be_visible()
    # Every count with its whole; a share the API withholds is said to be too few, never guessed.
    expect(table).to_contain_text(re.compile(r"\d+ av \d+"))
    expect(page.get_by_test_id("chart-plans")).to_contain_text("Genomförandeplan inom 30 dagar")
    assert_accessible(page, "the statistics page")

    # The CSV behind the link, with the session of the page.
    href = page.get_by_role("link", name="Ladda ner CSV").get_attribute("href")
    assert href == f"/api/stats/indicators.csv?quarter={quarter}&lang=sv"  # the file in the page's language
    response = page.request.get(href)
    assert response.ok
    assert response.headers["content-type"].startswith("text/csv")
    assert response.text().startswith("kvartal;anordnare;insats")
    assert quarter in response.text()
    assert "avslut: Arbete" in response.text() and "avslut: work" not in response.text()

    # The board report: sentences first, then the figures; on paper without the menus.
    page.get_by_role("link", name="Rapport till nämnden").click()
    expect(heading).to_have_text("Rapport till nämnden")
    expect(page).to_have_url(re.compile(rf"/statistik/rapport\?kvartal={quarter}$"))
    summary = page.get_by_test_id("report-summary")
    expect(summary).to_contain_text("Under kvartalet hade")
    expect(page.get_by_test_id("indicators-table")).to_be_visible()
    assert_accessible(page, "the board report")
    page.emulate_media(media="print")
    expect(page.get_by_role("navigation", name="Huvudmeny")).to_be_hidden()
    expect(page.get_by_role("button", name="Skriv ut")).to_be_hidden()
    expect(summary).to_be_visible()
    page.emulate_media(media="screen")


def test_coordinator_has_statistics_and_a_counsellor_does_not(page: Page) -> None:
    login(page, "coordinator")
    expect(page.get_by_test_id("start-page-coordinator")).to_be_visible()
    expect(page.get_by_role("navigation", name="Huvudmeny").get_by_role("link", name="Statistik")).to_be_visible()
    page.goto("/statistik/rapport?kvartal=2026Q1")
    expect(page.get_by_role("heading", level=1)).to_have_text("Rapport till nämnden")
    expect(page.get_by_text("Kundval arbetsmarknadsinsatser, januari–mars 2026")).to_be_visible()
    assert_accessible(page, "the board report, coordinator")

    page.get_by_role("button", name="Logga ut").click()
    login(page, "counsellor")
    expect(page.get_by_test_id("start-page-counsellor")).to_be_visible()
    expect(page.get_by_role("navigation", name="Huvudmeny").get_by_role("link", name="Statistik")).to_have_count(0)
    page.goto("/statistik")
    expect(page.get_by_test_id("forbidden-page")).to_be_visible()
    assert_accessible(page, "statistics refused to a counsellor")
