"""Journey: a keyboard-only user skips to the content, signs in, and can always see where the focus is."""

from __future__ import annotations

import re
from typing import Any

from conftest import assert_accessible
from playwright.sync_api import Page, expect

# The focus-ring properties of the element, read in the page.
FOCUS_STYLE_JS = """el => {
    const s = getComputedStyle(el);
    return {outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth, outlineColor: s.outlineColor,
            boxShadow: s.boxShadow};
}"""


def _has_focus_ring(style: dict[str, Any]) -> bool:
    outline = style["outlineStyle"] != "none" and style["outlineWidth"] not in ("0px", "")
    return outline or style["boxShadow"] != "none"


def test_first_tab_reaches_the_skip_link_and_enter_moves_focus_to_main(page: Page) -> None:
    page.goto("/login")
    expect(page.get_by_role("heading", level=1, name="Logga in")).to_be_visible()

    page.keyboard.press("Tab")

    skip = page.get_by_role("link", name="Hoppa till innehållet")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()  # shown when focused, though hidden otherwise
    expect(skip).to_have_attribute("href", "#main")

    page.keyboard.press("Enter")

    expect(page.locator("main#main")).to_be_focused()
    # The next Tab continues inside main: the first form field.
    page.keyboard.press("Tab")
    expect(page.get_by_label("Användarnamn")).to_be_focused()


def test_sign_in_with_the_keyboard_only(page: Page) -> None:
    page.goto("/login")
    expect(page.get_by_role("heading", level=1, name="Logga in")).to_be_visible()

    # The tab order follows the page: skip link, brand, language, then the form.
    expected_order = [
        page.get_by_role("link", name="Hoppa till innehållet"),
        page.get_by_role("link", name="Kundval"),
        page.get_by_role("button", name="English"),
        page.get_by_label("Användarnamn"),
        page.get_by_label("Lösenord"),
        page.get_by_role("button", name="Logga in"),
    ]
    for element in expected_order:
        page.keyboard.press("Tab")
        expect(element).to_be_focused()

    # Back to the username field and fill the form by typing.
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    expect(page.get_by_label("Användarnamn")).to_be_focused()
    page.keyboard.type("provider1-coach")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Lösenord")).to_be_focused()
    page.keyboard.type("demo")
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.get_by_test_id("start-page-provider_staff")).to_be_visible()
    expect(page.get_by_test_id("current-user")).to_contain_text("Jonas Falk")
    assert_accessible(page, "the start page after a keyboard sign-in")

    # Signed in, the main menu is reachable by keyboard too and Enter follows a link. Focus starts on the start
    # page's heading (after navigation); the menu comes just before the page's content, so Shift+Tab reaches it
    # however many links the page's to-do list holds (Tab forward would walk all of them first).
    menu_link = page.get_by_role("navigation", name="Huvudmeny").get_by_role("link", name="Insatser och ersättningar")
    for _ in range(40):
        page.keyboard.press("Shift+Tab")
        if menu_link.evaluate("el => el === document.activeElement"):
            break
    expect(menu_link).to_be_focused()
    style = menu_link.evaluate(FOCUS_STYLE_JS)
    assert _has_focus_ring(style), f"the menu link: no outline or box-shadow when focused: {style}"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/insatser$"))
    expect(page.get_by_test_id("intervention-types-table")).to_be_visible()


def test_focused_controls_have_a_visible_focus_indicator(page: Page) -> None:
    page.goto("/login")
    expect(page.get_by_role("heading", level=1, name="Logga in")).to_be_visible()
    controls = [
        ("the brand link", page.get_by_role("link", name="Kundval")),
        ("the language button", page.get_by_role("button", name="English")),
        ("the username field", page.get_by_label("Användarnamn")),
        ("the password field", page.get_by_label("Lösenord")),
        ("the submit button", page.get_by_role("button", name="Logga in")),
    ]
    # Walk the page with Tab as a keyboard user does, so the browser applies :focus-visible.
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Hoppa till innehållet")).to_be_focused()  # checked in its own test
    focused_styles = []
    for what, element in controls:
        page.keyboard.press("Tab")
        expect(element, f"{what} is next in the tab order").to_be_focused()
        focused_styles.append(element.evaluate(FOCUS_STYLE_JS))
    page.evaluate("() => document.activeElement && document.activeElement.blur()")

    for (what, element), focused in zip(controls, focused_styles, strict=True):
        expect(element).not_to_be_focused()
        unfocused = element.evaluate(FOCUS_STYLE_JS)
        assert _has_focus_ring(focused), f"{what}: no outline or box-shadow when focused: {focused}"
        assert focused != unfocused, f"{what}: looks the same focused and unfocused: {focused}"


def test_skip_link_is_hidden_until_focused_and_then_shown_as_a_box(page: Page) -> None:
    """The skip link's focus indicator is its appearing: off-screen (1 px, clipped) until focused, then a full box."""
    page.goto("/login")
    expect(page.get_by_role("heading", level=1, name="Logga in")).to_be_visible()
    skip = page.get_by_role("link", name="Hoppa till innehållet")
    box_js = """el => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
        return {width: r.width, height: r.height, background: s.backgroundColor, position: s.position}; }"""
    hidden = skip.evaluate(box_js)
    assert hidden["width"] <= 1 and hidden["height"] <= 1, hidden

    page.keyboard.press("Tab")

    expect(skip).to_be_focused()
    shown = skip.evaluate(box_js)
    assert shown["width"] > 40 and shown["height"] > 20, shown
    assert shown["background"] not in ("rgba(0, 0, 0, 0)", "transparent"), shown
    expect(skip).to_be_in_viewport()
