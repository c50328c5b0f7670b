"""The to-do lists in the browser (issue 12): queueing a client puts "claim" at the top of the provider
administrator's start page and the claim takes it away; a case assigned 40 days ago without a plan shows an overdue
plan to the coach (at phone width) and to the counsellor; every role's start page is scanned, once in English; the
§7.6 telling is recorded with bad and good input."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from conftest import AXE_JS, assert_accessible, login
from playwright.sync_api import Browser, Page, expect

PHONE = {"width": 390, "height": 844}


def _api(page: Page, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
    """A call to the API as the page's signed-in user (the CSRF cookie sent back as the header)."""
    csrf = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    response = page.request.fetch(path, method=method, data=body, headers={"x-csrftoken": csrf})
    assert response.ok, response.text()
    return response.json()


def _day(offset: int) -> str:
    return (date.today() + timedelta(days=offset)).isoformat()


def _me(page: Page) -> dict[str, Any]:
    return _api(page, "GET", "/api/me")


def _provider1(page: Page) -> str:
    providers = _api(page, "GET", "/api/providers?limit=100")["items"]
    return next(p["id"] for p in providers if p["name"] == "Framtidsvägen AB")


def _queued_case(counsellor: Page, first_name: str, last_name: str, *, decided_days_ago: int = 0) -> str:
    """As the signed-in counsellor: a new client, decided ``decided_days_ago`` and queued at provider 1."""
    number = _personal_number()
    client = _api(
        counsellor,
        "POST",
        "/api/clients",
        {"personal_number": number, "first_name": first_name, "last_name": last_name},
    )
    case = _api(
        counsellor,
        "POST",
        "/api/cases",
        {"client_id": client["id"], "intervention": "SAI", "decision_date": _day(-decided_days_ago)},
    )
    _api(counsellor, "POST", f"/api/cases/{case['id']}/queue", {"provider_id": _provider1(counsellor)})
    return str(case["id"])


def _personal_number() -> str:
    from conftest import personal_number

    return personal_number()


def _signed_in(browser: Browser, base_url: str, username: str, **options: Any) -> Page:
    context = browser.new_context(base_url=base_url, **options)
    context.add_init_script(path=str(AXE_JS))
    page = context.new_page()
    login(page, username)
    return page


def test_queueing_puts_claim_on_the_provider_administrators_start_page_and_the_claim_takes_it_away(
    page: Page, browser: Browser, base_url: str
) -> None:
    last_name = f"Kösson{random.randrange(100_000)}"
    login(page, "counsellor")
    case_id = _queued_case(page, "Hedda", last_name)

    admin = _signed_in(browser, base_url, "provider1-admin")
    expect(admin.get_by_test_id("start-page-provider_admin")).to_be_visible()
    todo = admin.get_by_test_id("todo")
    # The to-do list comes first on the page, and its first group is the queue to claim.
    expect(admin.locator("[data-testid=start-page-provider_admin] section").first).to_have_attribute(
        "data-testid", "todo"
    )
    claim = todo.get_by_test_id("todo-claim")
    expect(todo.locator("section").first).to_have_attribute("data-testid", "todo-claim")
    item = claim.locator(f"li[data-case-id='{case_id}']")
    expect(item).to_contain_text(f"Bemanna: Hedda {last_name[0]}.")  # first name and initial, as the queue names
    expect(item).not_to_contain_text(last_name)
    expect(item).to_contain_text("Senast")
    dues = claim.locator("li .kv-number").all_inner_texts()
    assert dues == sorted(dues), "the soonest due first"
    assert_accessible(admin, "provider administrator's start page")

    coach_id = next(
        u["id"]
        for u in _api(admin, "GET", f"/api/providers/{_me(admin)['provider_id']}/staff")["items"]
        if u["username"] == "provider1-coach"
    )
    _api(admin, "POST", f"/api/cases/{case_id}/claim", {"coach_id": coach_id})
    admin.reload()
    expect(admin.get_by_test_id("todo-claim")).to_be_visible()
    expect(admin.get_by_test_id("todo-claim").locator(f"li[data-case-id='{case_id}']")).to_have_count(0)
    admin.context.close()


def test_a_case_assigned_40_days_ago_without_a_plan_is_late_for_the_coach_and_the_counsellor(
    page: Page, browser: Browser, base_url: str
) -> None:
    last_name = f"Plansson{random.randrange(100_000)}"
    login(page, "counsellor")
    case_id = _queued_case(page, "Tove", last_name, decided_days_ago=40)

    coach = _signed_in(browser, base_url, "provider1-coach", viewport=PHONE)
    _api(coach, "POST", f"/api/cases/{case_id}/claim", {"coach_id": _me(coach)["id"]})
    coach.reload()
    expect(coach.get_by_test_id("start-page-provider_staff")).to_be_visible()
    late = coach.get_by_test_id("todo-late").locator(f"li[data-case-id='{case_id}'][data-rule='first_plan']")
    expect(late).to_contain_text(f"Första genomförandeplanen: Tove {last_name}")
    expect(late).to_contain_text("Försenad")  # in words, not colour alone
    expect(late).to_contain_text(f"Senast {_plan_due(40)}")
    # Phone width: nothing wider than the screen.
    assert coach.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    assert_accessible(coach, "coach's week at phone width")
    late.get_by_role("link").click()
    expect(coach).to_have_url(f"{base_url}/arenden/{case_id}")
    coach.context.close()

    page.goto("/")
    expect(page.get_by_test_id("start-page-counsellor")).to_be_visible()
    owed = page.get_by_test_id("todo-late-providers").locator(f"li[data-case-id='{case_id}'][data-rule='first_plan']")
    expect(owed).to_contain_text(f"Tove {last_name}")
    expect(owed).to_contain_text("Försenad")
    expect(owed).to_contain_text("ska göras av")
    expect(page.get_by_test_id("todo-publish").locator(f"li[data-case-id='{case_id}']")).to_contain_text("Publicera")
    assert_accessible(page, "counsellor's start page")

    # Once in English: the words and the API's titles follow the language.
    page.get_by_role("button", name="English").click()
    expect(page.get_by_role("heading", name="To do", exact=True)).to_be_visible()
    owed = page.get_by_test_id("todo-late-providers").locator(f"li[data-case-id='{case_id}'][data-rule='first_plan']")
    expect(owed).to_contain_text(f"First implementation plan: Tove {last_name}")
    expect(owed).to_contain_text("Late")
    assert_accessible(page, "counsellor's start page in English")
    page.get_by_role("button", name="Svenska").click()


def _plan_due(days_ago: int) -> str:
    """A calendar month after the assignment date (a missing day: the month's last)."""
    import calendar

    start = date.today() - timedelta(days=days_ago)
    year, month = (start.year + 1, 1) if start.month == 12 else (start.year, start.month + 1)
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1])).isoformat()


def test_the_supervisors_and_the_coordinators_start_pages_and_the_telling_of_a_provider(
    page: Page, browser: Browser, base_url: str
) -> None:
    login(page, "supervisor")
    expect(page.get_by_test_id("start-page-supervisor")).to_be_visible()
    expect(page.get_by_test_id("task-overview")).to_be_visible()
    expect(page.get_by_test_id("overview-total")).to_be_visible()  # the demo has late work
    provider_link = page.get_by_test_id("overview-providers").get_by_role("link", name="Framtidsvägen AB")
    expect(provider_link).to_be_visible()
    assert_accessible(page, "supervisor's start page")
    provider_link.click()
    expect(page.get_by_test_id("oversight-page")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Brister hos Framtidsvägen AB")
    expect(page.get_by_test_id("late-reports")).to_be_visible()
    assert_accessible(page, "supervisor's view of a provider's shortcomings")

    coordinator = _signed_in(browser, base_url, "coordinator")
    expect(coordinator.get_by_test_id("start-page-coordinator")).to_be_visible()
    grounds = coordinator.get_by_test_id("provider-grounds")
    expect(grounds).to_be_visible()
    assert_accessible(coordinator, "coordinator's start page")
    grounds.get_by_role("link", name="Framtidsvägen AB").click()
    expect(coordinator.get_by_test_id("provider-shortcomings")).to_be_visible()
    form = coordinator.get_by_test_id("notice-form")

    # Bad input: an empty note is caught before sending; a day after today is refused by the server, clearly.
    form.get_by_label("Vad sades").fill("   ")
    form.get_by_role("button", name="Registrera påpekandet").click()
    expect(form.get_by_role("alert")).to_contain_text("Rätta de markerade fälten")
    expect(form.get_by_label("Vad sades")).to_have_attribute("aria-invalid", "true")
    assert_accessible(coordinator, "notice form with an empty note")
    form.get_by_label("Datum då anordnaren uppmärksammades").fill(_day(3))
    form.get_by_label("Vad sades").fill("Månadsrapporterna kommer sent, påpekat på möte.")
    form.get_by_role("button", name="Registrera påpekandet").click()
    expect(form.get_by_role("alert")).to_contain_text("kan inte ligga efter i dag")
    expect(form.get_by_label("Datum då anordnaren uppmärksammades")).to_have_attribute("aria-invalid", "true")

    # Good input: recorded, listed, and the ground counts from it.
    form.get_by_label("Datum då anordnaren uppmärksammades").fill(_day(0))
    form.get_by_label("Vad gällde det").select_option("late_reports")
    form.get_by_role("button", name="Registrera påpekandet").click()
    expect(coordinator.get_by_test_id("notice-message")).to_contain_text("Påpekandet är registrerat")
    notices = coordinator.get_by_test_id("notices")
    expect(notices).to_contain_text("Månadsrapporterna kommer sent")
    expect(notices).to_contain_text("Eva Strand")
    expect(coordinator.get_by_test_id("ground")).to_contain_text(f"efter senaste påpekandet {_day(0)}")
    assert_accessible(coordinator, "provider page with a recorded telling")
    coordinator.context.close()


def test_the_administrators_start_page_has_no_to_do_list(page: Page) -> None:
    login(page, "admin")
    expect(page.get_by_test_id("start-page-admin")).to_be_visible()
    expect(page.get_by_test_id("todo")).to_have_count(0)
    assert_accessible(page, "administrator's start page")
