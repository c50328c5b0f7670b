"""Absence and the monthly report in the browser (issues 4 and 5): a coach registers a nine-day sick spell last
month and is told that a medical certificate is due; the monthly report for that month lists the spell, is
written section by section and handed in; the counsellor returns it with a comment on one section, the coach
answers next to that section and hands it in again, and the counsellor approves it.

The case is made here, with a decision and start date two months back, so that last month lies wholly inside
the intervention whatever day the test runs (the demo's active case starts only four weeks ago)."""

from __future__ import annotations

import random
import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from conftest import AXE_JS, assert_accessible, login, register_client
from playwright.sync_api import Browser, Page, expect

SECTIONS = {
    "Genomförda aktiviteter": "Praktik på förskola tre dagar i veckan och två dagar jobbsökarkurs.",
    "Progression mot målen": "Kunden söker nu jobb på egen hand.",
    "Kontakter med kunden": "Möten varje måndag och telefonkontakt vid behov.",
    "Samordning med andra aktörer": "Avstämning med Arbetsförmedlingen den 20:e.",
    "Plan för nästa månad": "Fortsatt praktik och två ansökningar i veckan.",
}
NOT_APPLICABLE = ("Arbetsplatsen", "Praktiken har inte börjat än.")


def _months() -> tuple[date, date]:
    """The first days of last month and of the month before, in Sweden."""
    today = datetime.now(ZoneInfo("Europe/Stockholm")).date()
    last_month = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    month_before = (last_month - timedelta(days=1)).replace(day=1)
    return last_month, month_before


def test_monthly_report_lists_absence_and_goes_through_review(page: Page, browser: Browser, base_url: str) -> None:
    last_month, start = _months()
    month = last_month.strftime("%Y-%m")
    sick_from, sick_to = last_month + timedelta(days=2), last_month + timedelta(days=10)  # nine days
    last_name = f"Rapportsson{random.randrange(10_000)}"

    # The counsellor decides an intervention that started two months back and queues it at provider 1.
    login(page, "counsellor")
    expect(page.get_by_test_id("start-page-counsellor")).to_be_visible()
    register_client(page, "Hanna", last_name)
    page.get_by_role("button", name="Nytt beslut").click()
    page.get_by_label("Insats").select_option("JOBBPENG_GRUND")
    page.get_by_label("Beslutsdatum").fill(start.isoformat())
    page.get_by_label("Startdatum").fill(start.isoformat())
    page.get_by_role("button", name="Spara beslut").click()
    expect(page.get_by_test_id("case-status")).to_have_text("Beslutad")
    case_url = page.url
    page.get_by_label("Anordnare", exact=True).select_option(label="Framtidsvägen AB")
    page.get_by_role("button", name="Ställ i kö").click()
    expect(page.get_by_test_id("case-status")).to_have_text("I kö")

    coach_context = browser.new_context(base_url=base_url)
    coach_context.add_init_script(path=str(AXE_JS))
    coach = coach_context.new_page()
    login(coach, "provider1-coach")
    expect(coach.get_by_test_id("start-page-provider_staff")).to_be_visible()
    coach.goto("/ko")
    coach.get_by_test_id("queue-row").filter(has_text=f"Hanna {last_name[0]}.").get_by_role(
        "button", name="Bemanna"
    ).click()
    expect(coach.get_by_test_id("case-status")).to_have_text("Bemannad")

    page.goto(case_url)
    page.get_by_label("Uppdrag").fill("Hitta en praktikplats inom barnomsorg.")
    page.get_by_label("Framtidsplan").fill("Arbete inom barnomsorg.")
    page.get_by_role("button", name="Publicera").click()
    expect(page.get_by_test_id("case-status")).to_have_text("Pågående")

    # The coach registers a nine-day sick spell in last month and is told a medical certificate is due.
    coach.goto(case_url)
    expect(coach.get_by_test_id("case-status")).to_have_text("Pågående")
    coach.get_by_test_id("case-absence").get_by_role("link", name="Frånvaroregister").click()
    expect(coach.get_by_role("heading", level=1)).to_have_text(f"Frånvaro – Hanna {last_name}")
    assert_accessible(coach, "absence register")
    form = coach.get_by_test_id("absence-form")
    form.get_by_label("Från", exact=True).fill(sick_from.isoformat())
    form.get_by_label("Till", exact=True).fill(sick_to.isoformat())
    form.get_by_label("Typ", exact=True).select_option(label="Sjukdom")
    expect(form.get_by_label("Kontaktförsök 1")).to_have_count(0)  # asked for invalid absence only
    form.get_by_role("button", name="Registrera frånvaro").click()
    expect(coach.get_by_test_id("absence-message")).to_contain_text(
        f"Frånvaron {sick_from.isoformat()} – {sick_to.isoformat()} (Sjukdom) är registrerad"
    )
    demand = coach.get_by_test_id("certificate-demand")
    expect(demand).to_contain_text(f"Läkarintyg krävs från dag 8 ({(sick_from + timedelta(days=7)).isoformat()})")
    expect(demand).to_contain_text(f"senast {(sick_from + timedelta(days=14)).isoformat()}")
    # The calendar shows the month of the spell, with the type in each absent day's text.
    calendar = coach.get_by_test_id("absence-calendar")
    expect(calendar.locator("caption")).to_contain_text(str(last_month.year))
    expect(calendar.locator(f'[data-date="{sick_from.isoformat()}"]')).to_have_text(f"{sick_from.day}Sjukdom")
    day_after = calendar.locator(f'[data-date="{(sick_to + timedelta(days=1)).isoformat()}"]')
    expect(day_after).not_to_contain_text("Sjukdom")
    expect(coach.get_by_test_id("absence-row")).to_have_count(1)
    assert_accessible(coach, "absence register with a demand")

    # The attendance report of the month counts the spell's working days as absence.
    coach.get_by_role("link", name="Närvarorapport").click()
    expect(coach.get_by_role("heading", level=1)).to_contain_text("Närvarorapport")
    expect(coach.get_by_test_id("attendance-facts")).to_be_visible()
    expect(coach.get_by_role("link", name="Ladda ner CSV")).to_have_attribute(
        "href", re.compile(rf"/attendance\.csv\?month={month}&lang=sv$")
    )
    assert_accessible(coach, "attendance report")

    # The monthly report for last month lists the spell from the register.
    coach.goto(case_url)
    reports = coach.get_by_test_id("case-reports")
    reports.get_by_label("Månad").select_option(month)
    reports.get_by_role("button", name="Ny månadsrapport").click()
    expect(coach).to_have_url(re.compile(r"/rapporter/[0-9a-f-]+$"))
    report_url = coach.url
    expect(coach.get_by_role("heading", level=1)).to_contain_text("Månadsrapport")
    expect(coach.get_by_role("heading", level=1)).to_contain_text(f"Hanna {last_name}")
    absence = coach.locator("#section-absence")
    expect(absence.get_by_test_id("report-absences")).to_contain_text(
        f"{sick_from.isoformat()} – {sick_to.isoformat()}: Sjukdom, 9 dagar"
    )
    assert_accessible(coach, "new monthly report")

    # Every section but one answered; handing in names the missing one next to it.
    for title, text in SECTIONS.items():
        if title != "Plan för nästa månad":
            coach.get_by_role("textbox", name=title, exact=True).fill(text)
    workplace = coach.locator("#section-workplace")
    workplace.get_by_role("checkbox", name=re.compile("^Ej aktuellt")).check()
    workplace.get_by_role("textbox", name=re.compile("^Motivering")).fill(NOT_APPLICABLE[1])
    coach.get_by_label("Kommentar om frånvaron").fill("Sjukskriven, intyg begärt.")
    expect(coach.get_by_test_id("autosave-status")).to_contain_text(re.compile(r"Sparat \d\d:\d\d"))
    coach.get_by_role("button", name="Skicka in").click()
    alert = coach.get_by_test_id("report-form").get_by_role("alert")
    expect(alert).to_contain_text("Plan för nästa månad")
    next_month = coach.locator("#section-next_month")
    expect(next_month).to_contain_text("Besvara avsnittet eller markera det Ej aktuellt")
    expect(next_month.get_by_role("textbox", name="Plan för nästa månad")).to_have_attribute("aria-invalid", "true")
    assert_accessible(coach, "monthly report with a section error")
    next_month.get_by_role("textbox", name="Plan för nästa månad").fill(SECTIONS["Plan för nästa månad"])
    coach.get_by_role("button", name="Skicka in").click()
    expect(coach.get_by_test_id("report-status")).to_have_text("Inskickad")
    expect(coach.get_by_test_id("report-message")).to_contain_text("inskickad")
    expect(coach.get_by_test_id("report-view")).to_contain_text(SECTIONS["Progression mot målen"])

    # The counsellor reviews it from the queue section by section and returns it with a comment on one section.
    page.goto("/granskning")
    row = page.get_by_test_id("review-row").filter(has_text=f"Hanna {last_name}")
    expect(row).to_contain_text("Månadsrapport")
    row.get_by_role("link").click()
    expect(page).to_have_url(report_url)
    review = page.get_by_test_id("report-review")
    expect(review.locator("#section-absence")).to_contain_text("Sjukdom, 9 dagar")
    expect(review.locator("#section-workplace")).to_contain_text(f"Ej aktuellt: {NOT_APPLICABLE[1]}")
    assert_accessible(page, "monthly report review")
    section_comment = "Beskriv vilka delmål kunden har nått."
    review.get_by_label("Kommentar till Progression mot målen").fill(section_comment)
    review.get_by_role("button", name="Återremittera").click()
    expect(page.get_by_test_id("report-status")).to_have_text("Återremitterad")

    # The coach sees the comment next to that section, answers it and hands the report in again.
    coach.goto(report_url)
    expect(coach.get_by_test_id("report-status")).to_have_text("Återremitterad")
    progress = coach.locator("#section-progress")
    expect(progress.get_by_test_id("section-comment")).to_contain_text(section_comment)
    expect(coach.locator("#section-activities_done").get_by_test_id("section-comment")).to_have_count(0)
    assert_accessible(coach, "returned monthly report")
    answer = progress.get_by_role("textbox", name="Progression mot målen")
    expect(answer).to_have_value(SECTIONS["Progression mot målen"])
    answer.fill(SECTIONS["Progression mot målen"] + " Delmålen CV och intervjuträning är nådda.")
    answer.blur()
    coach.get_by_role("button", name="Skicka in").click()
    expect(coach.get_by_test_id("report-status")).to_have_text("Inskickad")

    # The counsellor approves the new version.
    page.goto("/granskning")
    page.get_by_test_id("review-row").filter(has_text=f"Hanna {last_name}").get_by_role("link").click()
    review = page.get_by_test_id("report-review")
    expect(review.locator("#section-progress")).to_contain_text("Delmålen CV och intervjuträning är nådda.")
    review.get_by_role("button", name="Godkänn").click()
    expect(page.get_by_test_id("report-status")).to_have_text("Godkänd")
    history = page.get_by_test_id("review-history")
    expect(history).to_contain_text(f"Progression mot målen: {section_comment}")
    assert_accessible(page, "approved monthly report")

    coach.reload()
    expect(coach.get_by_test_id("report-status")).to_have_text("Godkänd")
    expect(coach.get_by_test_id("report-form")).to_have_count(0)
    coach_context.close()
