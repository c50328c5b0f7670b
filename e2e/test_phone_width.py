"""Journey (issue 9): every staff page fits a 360 px phone. The page itself never scrolls sideways; a table wider
than the screen scrolls inside its own box, with a line saying so. Each role walks its menu; the screenshots are
kept (KUNDVAL_SCREENSHOTS, default the test's temporary folder) for a person to look at."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from conftest import assert_accessible, login
from playwright.sync_api import Page, expect

PHONE = {"width": 360, "height": 740}
ROLES = ["counsellor", "coordinator", "supervisor", "admin", "provider1-admin", "provider1-coach"]


def _overflow(page: Page) -> list[str]:
    """How far the page is wider than the window, and the elements that stick out (none when it fits)."""
    return page.evaluate(
        """() => {
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth <= width) return [];
            const out = [];
            for (const el of document.querySelectorAll('body *')) {
                const box = el.getBoundingClientRect();
                if (box.right > width + 1 && !el.closest('.kv-table-scroll, .ds-sr-only, .ds-skip-link')) {
                    out.push(`${el.tagName.toLowerCase()}.${el.className} right=${Math.round(box.right)}`);
                }
            }
            return [`page ${document.documentElement.scrollWidth} px wide`, ...out.slice(0, 8)];
        }"""
    )


@pytest.mark.parametrize("username", ROLES)
def test_every_page_of_the_menu_fits_a_phone(page: Page, username: str, tmp_path: Path) -> None:
    shots = Path(os.environ.get("KUNDVAL_SCREENSHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size(PHONE)
    login(page, username)
    menu = page.get_by_role("navigation", name="Huvudmeny")
    paths = [link.get_attribute("href") for link in menu.get_by_role("link").all()]
    assert paths, "the menu is empty"
    for path in paths:
        page.goto(path)
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        page.wait_for_load_state("networkidle")
        name = re.sub(r"[^a-z0-9]+", "-", f"{username}{path}".lower()).strip("-")
        page.screenshot(path=str(shots / f"{name}.png"), full_page=True)
        assert _overflow(page) == [], f"{path} as {username} is wider than {PHONE['width']} px: {_overflow(page)}"
        for box in page.locator(".kv-table-scroll[data-overflowing]").all():
            # A table that does not fit says so, and its box is a named region that the keyboard can scroll.
            frame = box.locator("xpath=..")
            expect(frame.get_by_test_id("table-scroll-hint")).to_be_visible()
            assert box.get_attribute("tabindex") == "0" and box.get_attribute("role") == "region"
        assert_accessible(page, f"{path} as {username} at 360 px")
