"""Journey (issue 6): a resident, not signed in, compares providers on a phone and on a desktop: filters by
intervention and language, reads results in words with their intervals and "too few" where there are too few,
puts three providers side by side and opens one provider's page."""

from __future__ import annotations

import re

import pytest
from conftest import assert_accessible
from playwright.sync_api import Page, expect

VIEWPORTS = {"phone": {"width": 375, "height": 740}, "desktop": {"width": 1280, "height": 800}}
TOO_FEW = "För få avslut för att visa (färre än 5)"


def _percent(share: float) -> str:
    # Whole percent, halves away from zero as Intl.NumberFormat rounds; \s for the no-break space before "%".
    return rf"{int(share * 100 + 0.5)}\s%"


def _sai_results(page: Page) -> dict[str, dict]:
    """Each provider's SAI results as the API gives them now: the demo has 8 ended for Framtidsvägen, 7 for Språkbron
    and 2 for Steg Vidare, and other journeys in the same run may end more, so the expected texts come from the
    API."""
    response = page.request.get("/api/public/providers?intervention=SAI")
    assert response.ok
    return {item["name"]: item["results"][0] for item in response.json()["items"]}


def _share_text(result: dict) -> re.Pattern[str]:
    share = result["work_or_studies"]
    return re.compile(
        rf"Andel till arbete eller studier: {_percent(share['value'])} "
        rf"\(troligen mellan {_percent(share['low'])} och {_percent(share['high'])}\)"
    )


def _median_text(result: dict) -> str:
    median = result["median_days"]
    days = [int(median[key] + 0.5) for key in ("value", "low", "high")]
    return f"Mediantid i insatsen: {days[0]} dagar (troligen mellan {days[1]} och {days[2]})"


@pytest.mark.parametrize("size", list(VIEWPORTS))
def test_resident_filters_compares_side_by_side_and_opens_a_provider(page: Page, size: str) -> None:
    page.set_viewport_size(VIEWPORTS[size])
    results = _sai_results(page)
    framtid_result, steg_result = results["Framtidsvägen AB"], results["Steg Vidare Kompetens AB"]
    sprakbron_result = results["Språkbron Utbildning AB"]
    assert framtid_result["ended"] >= 8 and steg_result["too_few"] and sprakbron_result["ended"] >= 7, results
    everyone = page.request.get("/api/public/providers").json()["total"]
    assert everyone >= 5  # the demo's five providers
    page.goto("/jamfor")
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text("Jämför anordnare")
    # The public layout: no staff menu, no sign-in, a skip link and the language switch.
    expect(page.get_by_role("navigation", name="Huvudmeny")).to_have_count(0)
    expect(page.get_by_role("button", name="English")).to_be_visible()
    expect(page.get_by_role("link", name="Hoppa till innehållet")).to_have_attribute("href", "#main")
    cards = page.get_by_test_id("provider-card")
    expect(cards).to_have_count(everyone)
    assert_accessible(page, f"the comparison, {size}")

    # Intervention and a language by its name: only the provider whose staff speak Arabic is left.
    page.get_by_label("Insats").select_option("SAI")
    page.get_by_label("Språk", exact=True).select_option(label="arabiska")
    expect(cards).to_have_count(1)
    expect(page.get_by_test_id("result-count")).to_have_text("1 anordnare passar dina val.")
    expect(page).to_have_url(re.compile(r"insats=SAI.*sprak=ar|sprak=ar.*insats=SAI"))
    framtid = cards.first
    expect(framtid.get_by_role("heading", level=2)).to_have_text("Framtidsvägen AB")
    expect(framtid).to_contain_text(f"Avslutade insatser senaste 12 månaderna: {framtid_result['ended']}")
    expect(framtid).to_contain_text(_share_text(framtid_result))
    expect(framtid).to_contain_text(_median_text(framtid_result))
    expect(framtid).to_contain_text("svenska, engelska, arabiska, somaliska")
    assert_accessible(page, f"filtered by Arabic, {size}")

    # Clearing the filters keeps the intervention: every SAI provider again, Steg Vidare with too few to show.
    page.get_by_role("button", name="Rensa filter").click()
    expect(cards).to_have_count(len(results))
    steg = cards.filter(has_text="Steg Vidare Kompetens AB")
    expect(steg).to_contain_text(TOO_FEW)
    expect(steg).not_to_contain_text("Andel till arbete")

    # Three providers side by side, the most the comparison takes.
    page.get_by_role("checkbox", name="Jämför Framtidsvägen AB").check()
    expect(page.get_by_test_id("selection-bar")).to_contain_text("Välj minst en till")
    page.get_by_role("checkbox", name="Jämför Steg Vidare Kompetens AB").check()
    expect(page.get_by_test_id("selection-bar")).to_contain_text("2 av 3 valda")
    page.get_by_role("checkbox", name="Jämför Språkbron Utbildning AB").check()
    expect(page.get_by_test_id("selection-bar")).to_contain_text("3 av 3 valda")
    assert_accessible(page, f"three chosen, {size}")
    page.get_by_role("link", name="Jämför valda").click()

    expect(heading).to_have_text("Jämför sida vid sida")
    expect(heading).to_be_focused()  # focus moves to the new page's h1, as a page load would reset it
    table = page.get_by_role("table")
    expect(table.get_by_role("columnheader")).to_have_text(
        ["Framtidsvägen AB", "Steg Vidare Kompetens AB", "Språkbron Utbildning AB"]
    )
    # Each fact heads its own row group; the sample sizes stand side by side beneath it.
    ended = table.get_by_role("rowgroup").filter(
        has=page.get_by_role("rowheader", name="Avslutade insatser senaste 12")
    )
    expect(ended.get_by_role("cell")).to_have_text(
        [str(framtid_result["ended"]), TOO_FEW, str(sprakbron_result["ended"])]
    )
    share = _share_text(framtid_result).pattern.removeprefix("Andel till arbete eller studier: ")
    expect(table).to_contain_text(re.compile(share))
    expect(table).to_contain_text(_median_text(framtid_result).removeprefix("Mediantid i insatsen: "))
    assert_accessible(page, f"side by side, {size}")

    # One provider's own page, reached from the table.
    table.get_by_role("link", name="Framtidsvägen AB").click()
    expect(heading).to_have_text("Framtidsvägen AB")
    expect(page.get_by_test_id("profile-updated")).to_contain_text(re.compile(r"^Uppdaterad \d{1,2} \w+ \d{4}$"))
    expect(page.get_by_test_id("public-provider-contact")).to_contain_text("kundval@framtidsvagen.example")
    expect(page.get_by_test_id("public-provider-contact")).to_contain_text("Storgatan 1, 131 40 Nacka")
    expect(page.get_by_role("button", name="Välj den här anordnaren")).to_be_visible()
    # What the figures mean, in plain words, folded away until asked for.
    explained = page.get_by_test_id("figures-explained")
    expect(explained.get_by_text("Hälften av kunderna")).to_be_hidden()
    explained.get_by_text("Vad betyder siffrorna?").click()
    expect(explained.get_by_text("Hälften av kunderna")).to_be_visible()
    assert_accessible(page, f"a provider's page, {size}")


def test_the_comparison_in_english_says_too_few_in_words(page: Page) -> None:
    page.set_viewport_size(VIEWPORTS["phone"])
    page.goto("/jamfor?insats=SAI")
    page.get_by_role("button", name="English").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Compare providers")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    steg = page.get_by_test_id("provider-card").filter(has_text="Steg Vidare Kompetens AB")
    expect(steg).to_contain_text("Too few to show (fewer than 5)")
    expect(steg).to_contain_text("Swedish, Turkish, Amharic, Tigrinya")
    share = _sai_results(page)["Framtidsvägen AB"]["work_or_studies"]
    framtid = page.get_by_test_id("provider-card").filter(has_text="Framtidsvägen AB")
    expect(framtid).to_contain_text(
        f"Share to work or studies: {int(share['value'] * 100 + 0.5)}% "
        f"(likely between {int(share['low'] * 100 + 0.5)}% and {int(share['high'] * 100 + 0.5)}%)"
    )
    assert_accessible(page, "the comparison in English")


def test_an_unknown_provider_page_says_so_and_leads_back(page: Page) -> None:
    page.goto("/jamfor/00000000-0000-0000-0000-000000000000")
    expect(page.get_by_role("alert")).to_have_text("Anordnaren finns inte i jämförelsen.")
    assert_accessible(page, "an unknown provider")
    page.get_by_role("link", name="Tillbaka till alla anordnare").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Jämför anordnare")
