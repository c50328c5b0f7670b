"""Journey (issue 9): the coordinator registers a provider and corrects it — saves it unchanged, ends one
authorization, adds another, changes the contact details — and sees what to fix when the input is wrong (a bad
organisation number, an end before its start, two overlapping periods). Every state is scanned with axe.

The provider is a new one, so that the demo providers other journeys use keep their authorizations. The dates are
fixed days in the past, so nothing depends on today's date.
"""

from __future__ import annotations

import random

from conftest import assert_accessible, login
from playwright.sync_api import Page, expect


def _org_number() -> str:
    """A valid organisation number (Luhn check digit), random so that reruns on one server never collide."""
    nine = f"55{random.randrange(10_000_000):07d}"
    total = sum(d // 10 + d % 10 for d in (int(c) * (2 - i % 2) for i, c in enumerate(nine)))
    return f"{nine[:6]}-{nine[6:]}{(10 - total % 10) % 10}"


def _save(page: Page) -> int:
    """Press "Spara anordnare" and wait for the register's answer; returns its status code."""
    with page.expect_response(lambda r: "/api/providers" in r.url and r.request.method in ("POST", "PATCH")) as answer:
        page.get_by_role("button", name="Spara anordnare").click()
    return answer.value.status


def _saved(page: Page, name: str) -> None:
    assert _save(page) in (200, 201)
    expect(page.get_by_role("status")).to_contain_text(f"Anordnaren {name} är sparad.")


def test_coordinator_registers_and_corrects_a_provider(page: Page) -> None:
    name = f"Vägvisaren {random.randrange(100_000)} AB"
    login(page, "coordinator")
    page.goto("/anordnare")
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text("Anordnare")
    expect(page.get_by_test_id("providers-table")).to_contain_text("Framtidsvägen AB")
    assert_accessible(page, "the provider register")

    # Register: a wrong check digit is refused with the number and what to check.
    page.get_by_role("link", name="Ny anordnare").click()
    expect(heading).to_have_text("Ny anordnare")
    form = page.get_by_test_id("provider-form")
    page.get_by_label("Organisationsnummer").fill("556036-0794")
    page.get_by_label("Namn", exact=True).fill(name)
    page.get_by_label("E-post").fill("info@vagvisaren.example")
    page.get_by_label("Gatuadress").fill("Augustendalsvägen 7")
    page.get_by_label("Postnummer").fill("131 52")
    page.get_by_label("Ort").fill("Nacka strand")
    page.get_by_role("button", name="Lägg till auktorisation").click()
    first = page.get_by_test_id("authorization-row").nth(0)
    first.get_by_label("Insats").select_option("JOBBPENG_GRUND")
    first.get_by_label("Gäller från").fill("2025-01-01")
    assert _save(page) == 422
    expect(form).to_contain_text("Organisationsnumret 556036-0794 är inte giltigt")
    assert_accessible(page, "a bad organisation number")
    page.get_by_label("Organisationsnummer").fill(_org_number())
    assert _save(page) == 201
    expect(heading).to_have_text(name)
    expect(page.get_by_role("status")).to_contain_text(f"Anordnaren {name} är sparad.")
    assert_accessible(page, "the new provider")

    # Saved unchanged: the form sends the same authorizations back, and the register takes them.
    page.reload()
    expect(page.get_by_test_id("authorization-row")).to_have_count(1)
    _saved(page, name)

    # End the basic job voucher, add SAI, change the contact details; first with the new end before its start.
    page.get_by_label("E-post").fill("kontakt@vagvisaren.example")
    page.get_by_label("Telefon").fill("08-555 123 45")
    rows = page.get_by_test_id("authorization-row")
    rows.nth(0).get_by_label("Gäller till").fill("2025-12-31")
    page.get_by_role("button", name="Lägg till auktorisation").click()
    expect(rows.nth(1).get_by_label("Insats")).to_be_focused()
    rows.nth(1).get_by_label("Insats").select_option("SAI")
    rows.nth(1).get_by_label("Gäller från").fill("2026-01-01")
    rows.nth(1).get_by_label("Gäller till").fill("2025-06-30")
    page.get_by_role("button", name="Spara anordnare").click()
    expect(form).to_contain_text("Rätta de markerade fälten")
    expect(rows.nth(1)).to_contain_text("Slutet kan inte ligga före starten.")
    assert_accessible(page, "an end before its start")
    rows.nth(1).get_by_label("Gäller till").fill("")

    # A second basic job voucher period overlapping the first: the register says which one and why.
    page.get_by_role("button", name="Lägg till auktorisation").click()
    rows.nth(2).get_by_label("Insats").select_option("JOBBPENG_GRUND")
    rows.nth(2).get_by_label("Gäller från").fill("2025-06-01")
    assert _save(page) == 422
    expect(form).to_contain_text("Behörigheterna för Jobbpeng grund överlappar")
    # The earlier "saved" does not stand beside the error.
    expect(page.get_by_text(f"Anordnaren {name} är sparad.")).to_have_count(0)
    assert_accessible(page, "overlapping authorizations")
    page.get_by_role("button", name="Ta bort auktorisation 3").click()
    _saved(page, name)

    # What the register now holds, after a reload.
    page.reload()
    expect(page.get_by_label("E-post")).to_have_value("kontakt@vagvisaren.example")
    expect(page.get_by_label("Telefon")).to_have_value("08-555 123 45")
    expect(rows).to_have_count(2)
    expect(rows.nth(0).get_by_label("Insats")).to_have_value("JOBBPENG_GRUND")
    expect(rows.nth(0).get_by_label("Gäller till")).to_have_value("2025-12-31")
    expect(rows.nth(1).get_by_label("Insats")).to_have_value("SAI")
    expect(rows.nth(1).get_by_label("Gäller från")).to_have_value("2026-01-01")
    expect(rows.nth(1).get_by_label("Gäller till")).to_have_value("")
    assert_accessible(page, "the corrected provider")

    # Removing the ended period leaves only SAI.
    page.get_by_role("button", name="Ta bort auktorisation 1").click()
    _saved(page, name)
    page.reload()
    expect(rows).to_have_count(1)
    expect(rows.nth(0).get_by_label("Insats")).to_have_value("SAI")

    # The authorization ends with the provider's: terminated, it leaves the public comparison (other journeys
    # there count the demo's providers).
    page.get_by_label("Status").select_option("terminated")
    _saved(page, name)
