"""The absence rules in the browser (issue 9, routine 002 §3.5–3.6): a coach registers a sick spell Monday–Friday
and again Monday–Wednesday the week after, and the certificate demand of day 8 appears, overdue by now for the
coach and the counsellor; invalid absence is registered with its ground and three contact attempts; holiday leave
over 14 days is registered ahead and the counsellor is told the intervention must end.

The server runs in its own process, so the dates are relative to today: the spell lies three weeks back, the
case starts two months back, the leave begins next Monday."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from conftest import AXE_JS, assert_accessible, login, register_client
from playwright.sync_api import Browser, Page, expect


def _today() -> date:
    return datetime.now(ZoneInfo("Europe/Stockholm")).date()


def test_sick_spell_over_a_weekend_invalid_absence_and_long_leave(page: Page, browser: Browser, base_url: str) -> None:
    today = _today()
    this_monday = today - timedelta(days=today.weekday())
    monday = this_monday - timedelta(days=21)
    start = (monday - timedelta(days=40)).replace(day=1)
    last_name = f"Frånvarosson{random.randrange(10_000)}"

    # The counsellor decides an intervention that started before the spell and queues it at provider 1.
    login(page, "counsellor")
    register_client(page, "Omar", last_name)
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
    coach.goto("/ko")
    coach.get_by_test_id("queue-row").filter(has_text=f"Omar {last_name[0]}.").get_by_role(
        "button", name="Bemanna"
    ).click()
    expect(coach.get_by_test_id("case-status")).to_have_text("Bemannad")

    page.goto(case_url)
    page.get_by_label("Uppdrag").fill("Hitta en praktikplats inom handel.")
    page.get_by_label("Framtidsplan").fill("Arbete inom handel.")
    page.get_by_role("button", name="Publicera").click()
    expect(page.get_by_test_id("case-status")).to_have_text("Pågående")

    # Monday–Friday, then Monday–Wednesday: one spell of ten days, so day 8 demands a medical certificate.
    coach.goto(case_url)
    coach.get_by_test_id("case-absence").get_by_role("link", name="Frånvaroregister").click()
    form = coach.get_by_test_id("absence-form")
    for first, last in [(monday, monday + timedelta(days=4)), (monday + timedelta(days=7), monday + timedelta(days=9))]:
        form.get_by_label("Från", exact=True).fill(first.isoformat())
        form.get_by_label("Till", exact=True).fill(last.isoformat())
        form.get_by_label("Typ", exact=True).select_option(label="Sjukdom")
        form.get_by_role("button", name="Registrera frånvaro").click()
        expect(coach.get_by_test_id("absence-message")).to_contain_text(
            f"Frånvaron {first.isoformat()} – {last.isoformat()} (Sjukdom) är registrerad"
        )
    demand = coach.get_by_test_id("certificate-demand")
    expect(demand).to_have_count(1)
    day_8, due = monday + timedelta(days=7), monday + timedelta(days=14)
    expect(demand).to_contain_text(f"Läkarintyg krävs från dag 8 ({day_8.isoformat()})")
    expect(demand).to_contain_text(f"senast {due.isoformat()}")
    expect(demand).to_contain_text(f"{monday.isoformat()} – {(monday + timedelta(days=9)).isoformat()}")
    expect(demand).to_contain_text("10 dagar")
    expect(demand.get_by_test_id("demand-overdue")).to_have_text("Försenat")  # due a week ago at the latest
    assert_accessible(coach, "absence register with an overdue certificate demand")

    # The same day registered again is refused: no day is counted twice.
    form.get_by_label("Från", exact=True).fill(monday.isoformat())
    form.get_by_label("Till", exact=True).fill(monday.isoformat())
    form.get_by_label("Typ", exact=True).select_option(label="Övrigt")
    form.get_by_role("button", name="Registrera frånvaro").click()
    expect(form.get_by_role("alert")).to_contain_text("överlappar redan registrerad frånvaro")

    # Invalid absence: the ground, and for an unreachable client three contact attempts.
    absent = this_monday - timedelta(days=7)
    form.get_by_label("Från", exact=True).fill(absent.isoformat())
    form.get_by_label("Till", exact=True).fill(absent.isoformat())
    form.get_by_label("Typ", exact=True).select_option(label="Ogiltig frånvaro")
    form.get_by_label("Grund för ogiltig frånvaro").select_option(label="Ej nåbar efter tre kontaktförsök")
    attempts = [absent, absent, absent + timedelta(days=1)]
    for number, day in enumerate(attempts[:2], start=1):
        form.get_by_label(f"Kontaktförsök {number}").fill(day.isoformat())
    form.get_by_role("button", name="Registrera frånvaro").click()
    expect(form.get_by_test_id("contact-attempts")).to_contain_text("Ange datum för alla tre kontaktförsöken.")
    assert_accessible(coach, "invalid absence missing a contact attempt")
    form.get_by_label("Kontaktförsök 3").fill(attempts[2].isoformat())
    form.get_by_role("button", name="Registrera frånvaro").click()
    expect(coach.get_by_test_id("absence-message")).to_contain_text(
        f"Frånvaron {absent.isoformat()} (Ogiltig frånvaro)"
    )
    row = coach.get_by_test_id("absence-row").filter(has_text="Ogiltig frånvaro")
    expect(row.get_by_test_id("absence-ground")).to_contain_text("Grund: Ej nåbar efter tre kontaktförsök")
    expect(row).to_contain_text(", ".join(d.isoformat() for d in attempts))
    assert_accessible(coach, "absence register with invalid absence")

    # Holiday leave of 15 days from next Monday, registered ahead.
    leave_from = this_monday + timedelta(days=7)
    leave_to = leave_from + timedelta(days=14)
    form.get_by_label("Från", exact=True).fill(leave_from.isoformat())
    form.get_by_label("Till", exact=True).fill(leave_to.isoformat())
    form.get_by_label("Typ", exact=True).select_option(label="Ledighet")
    form.get_by_role("button", name="Registrera frånvaro").click()
    expect(coach.get_by_test_id("absence-message")).to_contain_text(
        f"Frånvaron {leave_from.isoformat()} – {leave_to.isoformat()} (Ledighet) är registrerad"
    )

    # The counsellor sees the overdue demand and that the intervention must end.
    page.goto(case_url)
    absence = page.get_by_test_id("case-absence")
    expect(absence.get_by_test_id("certificate-demand").get_by_test_id("demand-overdue")).to_have_text("Försenat")
    warning = absence.get_by_test_id("holiday-warning")
    expect(warning).to_contain_text(f"Ledigheten {leave_from.isoformat()} – {leave_to.isoformat()} är 15 dagar")
    expect(warning).to_contain_text("Insatsen ska avslutas och ett nytt beslut fattas")
    assert_accessible(page, "case page with absence notices")
    coach_context.close()
