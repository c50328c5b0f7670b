"""Journey: every demo account signs in through the form, lands on its own start page, and signs out again."""

from __future__ import annotations

import re

import pytest
from conftest import assert_accessible, login
from playwright.sync_api import Page, expect

# username -> (name shown in the header, role, Swedish start-page heading)
ACCOUNTS = {
    "counsellor": ("Karin Lindqvist", "counsellor", "Mina klienter"),
    "counsellor2": ("Omar Haddad", "counsellor", "Mina klienter"),
    "coordinator": ("Eva Strand", "coordinator", "Anordnarregistret"),
    "supervisor": ("Lars Berg", "supervisor", "Enhetens ärenden"),
    "admin": ("Sara Nyström", "admin", "Administration"),
    "provider1-admin": ("Anna Ek", "provider_admin", "Anordnarens ärenden"),
    "provider2-admin": ("Mira Holm", "provider_admin", "Anordnarens ärenden"),
    "provider1-coach": ("Jonas Falk", "provider_staff", "Mina uppdrag"),
    "provider2-coach": ("Ali Karimi", "provider_staff", "Mina uppdrag"),
}


def test_login_page_is_accessible(page: Page) -> None:
    page.goto("/login")
    expect(page.get_by_role("heading", level=1, name="Logga in")).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "sv")
    assert_accessible(page, "the login page")


@pytest.mark.parametrize("username", list(ACCOUNTS))
def test_sign_in_lands_on_the_role_start_page_and_sign_out_returns_to_login(page: Page, username: str) -> None:
    name, role, heading = ACCOUNTS[username]

    login(page, username)

    expect(page).to_have_url(re.compile(r"/$"))
    start = page.get_by_test_id(f"start-page-{role}")
    expect(start).to_be_visible()
    expect(start.get_by_role("heading", level=1)).to_have_text(heading)
    expect(page.get_by_test_id("current-user")).to_contain_text(name)
    expect(page.get_by_test_id("current-role")).not_to_be_empty()
    nav = page.get_by_role("navigation", name="Huvudmeny")
    expect(nav.get_by_role("link", name="Start")).to_have_attribute("aria-current", "page")
    assert_accessible(page, f"the start page of {username}")

    page.get_by_role("button", name="Logga ut").click()

    expect(page).to_have_url(re.compile(r"/login$"))
    expect(page.get_by_role("heading", level=1, name="Logga in")).to_be_visible()
    expect(page.get_by_test_id("current-user")).to_have_count(0)
    # Signed out for real: the start page sends us back to the form.
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/login$"))
