"""Journey (issue 10 point 7): the pages no other journey scanned — the provider register and its editor, staff, our
profile, pending profiles, stand-ins, the case lists — each opened by a role that uses it, loaded, and scanned with
axe. The every-page check (test_every_page.py) counts these scans with all the others."""

from __future__ import annotations

import pytest
from conftest import assert_accessible, login
from playwright.sync_api import Page, expect

# (who, where, what shows once the page has loaded): the page's own test id, or its heading.
PAGES = [
    ("provider1-admin", "/personal", "staff-page"),
    ("provider1-admin", "/profil", "our-profile-page"),
    ("provider1-admin", "/alla-arenden", "heading"),
    ("provider1-coach", "/mina-arenden", "heading"),
    ("coordinator", "/profiler", "pending-profiles-page"),
    ("coordinator", "/anordnare/ny", "provider-form"),
    ("supervisor", "/stallforetradare", "stand-ins-page"),
    ("supervisor", "/enheten", "heading"),
    ("counsellor", "/klienter", "heading"),
]


@pytest.mark.parametrize(("username", "path", "shows"), PAGES, ids=[p for _u, p, _s in PAGES])
def test_the_page_loads_and_is_accessible(page: Page, username: str, path: str, shows: str) -> None:
    login(page, username)
    page.goto(path)
    shown = page.get_by_role("heading", level=1) if shows == "heading" else page.get_by_test_id(shows)
    expect(shown).to_be_visible()
    page.wait_for_load_state("networkidle")  # the page's data is in, not a spinner
    expect(page.get_by_test_id("not-found-page")).to_have_count(0)
    assert_accessible(page, f"{path} as {username}")


def test_a_provider_of_the_register_opens_in_its_editor(page: Page) -> None:
    login(page, "coordinator")
    page.goto("/anordnare")
    page.get_by_test_id("providers-table").get_by_role("link", name="Framtidsvägen AB").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Framtidsvägen AB")
    expect(page.get_by_test_id("provider-form")).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert_accessible(page, "a provider in the register's editor")


def test_an_unknown_public_page_says_so_in_the_public_layout(page: Page) -> None:
    page.goto("/jamfor/ingen/sadan/sida")
    expect(page.get_by_test_id("not-found-page")).to_be_visible()
    expect(page.get_by_role("link", name="Tillbaka till alla anordnare")).to_have_attribute("href", "/jamfor")
    assert_accessible(page, "the public not-found page")
