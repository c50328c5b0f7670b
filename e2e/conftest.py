"""End-to-end fixtures: a real Kundval server on a free port with a fresh demo database, and Debian's Chromium.

The server is started exactly as a newcomer starts it (``kundval demo``), in its own process, so the browser
tests exercise the same start-up, migration, seed and SPA serving as ``make demo``.
"""

from __future__ import annotations

import json
import os
import random
import re
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pages import SCANNED
from playwright.sync_api import BrowserContext, Page, expect
from smtp_inbox import Mailbox

E2E = Path(__file__).resolve().parent
REPO = E2E.parent
AXE_JS = REPO / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The browser journeys run after every backend test, and the every-page check after every journey, whose scans
    it counts. Playwright's sync API keeps an event loop running in the main thread from its first use, so an async
    backend test that pytest's fixture grouping would place after a journey fails to start its own."""
    items.sort(key=lambda item: (E2E in item.path.parents, item.path.name == "test_every_page.py"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def smtp_server() -> Iterator[Mailbox]:
    """A real SMTP server (aiosmtpd) the e2e server mails to; only test_mail.py reads it."""
    smtp = Mailbox()
    smtp.start()
    yield smtp
    smtp.stop()


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory, smtp_server: Mailbox) -> Iterator[str]:
    """Base URL of a running demo server with fresh data, its mail going to ``smtp_server``."""
    port = _free_port()
    data_dir = tmp_path_factory.mktemp("e2e-data")
    env = {
        **os.environ,
        "KUNDVAL_DATA_DIR": str(data_dir),
        "KUNDVAL_PORT": str(port),
        "KUNDVAL_HOST": "127.0.0.1",
        "KUNDVAL_ENV": "demo",
        "KUNDVAL_SMTP_HOST": "127.0.0.1",
        "KUNDVAL_SMTP_PORT": str(smtp_server.port),
        "KUNDVAL_MAIL_POLL_SECONDS": "1",
        "KUNDVAL_PUBLIC_URL": f"http://127.0.0.1:{port}",
    }
    for name in ("KUNDVAL_DATABASE_URL", "KUNDVAL_STORAGE_URL"):
        env.pop(name, None)
    log = (data_dir / "server.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "kundval.cli", "demo"], env=env, stdout=log, stderr=subprocess.STDOUT
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(base_url, process, data_dir / "server.log")
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
    # After every journey: the server's whole log (access lines with URLs, errors, tracebacks) holds no personal
    # number. A failure here fails the session's last test at teardown.
    leaked = personal_numbers_in((data_dir / "server.log").read_text(errors="replace"))
    assert not leaked, f"personal numbers in the e2e server's log {data_dir / 'server.log'}: {sorted(leaked)[:5]}"


# 10 or 12 digits, optionally with - or + before the last four, not inside a longer word (a UUID's hex digits).
_NUMBER_SHAPED = re.compile(r"(?<![0-9A-Za-z-])((?:\d{2})?\d{6}[-+]?\d{4})(?![0-9A-Za-z])")


def personal_numbers_in(text: str) -> set[str]:
    """Everything in ``text`` that is a valid Swedish personal identity or coordination number."""
    from kundval.domain.clients.personal_number import InvalidPersonalNumber, normalise

    found = set()
    for candidate in _NUMBER_SHAPED.findall(text):
        try:
            found.add(normalise(candidate))
        except InvalidPersonalNumber:
            pass
    return found


def _wait_healthy(base_url: str, process: subprocess.Popen[bytes], log_path: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited early:\n{log_path.read_text()}")
        try:
            with urllib.request.urlopen(base_url + "/api/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"the server did not become healthy:\n{log_path.read_text()}")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture(autouse=True)
def _axe_in_every_page(context: BrowserContext) -> None:
    """axe-core as an init script: it runs before the page's own scripts and is not subject to the app's
    Content-Security-Policy, which the tests keep in force so that a policy that breaks the app fails them."""
    context.add_init_script(path=str(AXE_JS))


@pytest.fixture(scope="session")
def base_url(server: str) -> str:
    """pytest-playwright resolves relative page.goto() paths against this."""
    return server


def assert_accessible(page: Page, context: str = "") -> None:
    """Run axe-core (WCAG 2.1 A and AA rules) on the page; fail on any serious or critical violation.

    Running animations and transitions (a dialog fading in) are let finish first: mid-fade, colours are partly
    transparent and axe measures a contrast that no one reads."""
    result = page.evaluate(
        "async () => { await Promise.all(document.getAnimations()"
        ".filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)"  # a spinner never finishes
        ".map((a) => a.finished.catch(() => null)));"
        " return await axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}); }"
    )
    bad = [
        {"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not bad, f"axe violations on {context or page.url}:\n{json.dumps(bad, indent=2, ensure_ascii=False)}"
    SCANNED.append(urllib.parse.urlsplit(page.url).path)  # for the every-page check (test_every_page.py)


def login(page: Page, username: str, password: str = "demo", *, expect_success: bool = True) -> None:
    """Sign in through the login form, in Swedish; by default wait until the signed-in header shows."""
    page.goto("/login")
    page.get_by_label("Användarnamn").fill(username)
    page.get_by_label("Lösenord").fill(password)
    page.get_by_role("button", name="Logga in").click()
    if expect_success:
        expect(page.get_by_test_id("current-user")).to_be_visible()


def personal_number() -> str:
    """A valid, random personal number (Luhn digit computed), so tests on one shared server never collide."""
    birth = date(1980, 1, 1) + timedelta(days=random.randrange(12_000))
    nine = birth.strftime("%y%m%d") + f"{random.randrange(1000):03d}"
    total = sum(d // 10 + d % 10 for d in (int(c) * (2 - i % 2) for i, c in enumerate(nine)))
    return birth.strftime("%Y%m%d") + nine[6:] + str((10 - total % 10) % 10)


def register_client(page: Page, first_name: str, last_name: str, *, scan: bool = False) -> None:
    """As a signed-in counsellor: register a new client through the form; ends on the client's page."""
    page.goto("/klienter/ny")
    expect(page.get_by_role("heading", level=1)).to_have_text("Ny klient")
    if scan:
        assert_accessible(page, "new client")
    page.get_by_label("Personnummer").fill(personal_number())
    page.get_by_label("Förnamn").fill(first_name)
    page.get_by_label("Efternamn").fill(last_name)
    page.get_by_role("button", name="Spara klient").click()
    expect(page.get_by_test_id("client-page")).to_be_visible()
