"""Every page of the SPA is visited by a browser test and scanned with axe (issue 10 point 7).

The pages come from the router sources (:mod:`pages`), the scans from :func:`conftest.assert_accessible`, which
records the path of every page it checks. Run with the whole e2e suite (it is ordered last); a run of only some
journeys skips it, since it cannot know what the others would have scanned."""

from __future__ import annotations

from pathlib import Path

import pytest
from pages import SCANNED, page_of, page_patterns, unscanned

E2E = Path(__file__).resolve().parent


def test_the_pages_are_read_from_the_router() -> None:
    patterns = page_patterns()
    assert {"/", "/login", "/arenden/:caseId", "/anordnare/ny", "/jamfor", "/jamfor/:providerId", "/*"} <= set(patterns)
    assert len(patterns) == len(set(patterns)) > 30
    # A path finds the page React Router would render: a static segment before a parameter, the catch-all last.
    assert page_of("/klienter/ny", patterns) == "/klienter/ny"
    assert page_of("/klienter/0193-abc", patterns) == "/klienter/:clientId"
    assert page_of("/no/such/page", patterns) == "/*"
    assert page_of("/jamfor/no/such", patterns) == "/jamfor/*"
    assert unscanned(["/a", "/a/:id", "/*"], ["/a/1", "/b"]) == ["/a"]


def test_every_page_has_a_visit_scanned_with_axe(request: pytest.FixtureRequest) -> None:
    journeys = {path.name for path in E2E.glob("test_*.py")} - {Path(__file__).name}
    ran = {item.path.name for item in request.session.items}
    if not journeys <= ran:
        pytest.skip(f"only the whole e2e suite knows every scan (not run here: {sorted(journeys - ran)})")
    missing = unscanned(page_patterns(), SCANNED)
    assert missing == [], (
        "pages of the router that no e2e test visits and scans with assert_accessible (a failed journey scans "
        f"less): {missing}"
    )
