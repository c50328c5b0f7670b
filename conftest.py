"""Root pytest hooks: a closing summary that shows which real components the run exercised."""

from __future__ import annotations

import pytest

COMPONENTS = {
    "PostgreSQL": lambda nodeid: "[postgresql" in nodeid or "-postgresql" in nodeid,
    "SQLite": lambda nodeid: "[sqlite" in nodeid or "-sqlite" in nodeid,
    "S3 (moto)": lambda nodeid: "[s3" in nodeid or "-s3" in nodeid,
    "filesystem store": lambda nodeid: "[filesystem" in nodeid or "-filesystem" in nodeid,
    "browser (Chromium)": lambda nodeid: nodeid.startswith("e2e/"),
}


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    passed = [report.nodeid for report in terminalreporter.stats.get("passed", [])]
    skipped = [report.nodeid for report in terminalreporter.stats.get("skipped", [])]
    terminalreporter.section("real components exercised")
    for name, matches in COMPONENTS.items():
        ran = sum(1 for nodeid in passed if matches(nodeid))
        skip = sum(1 for nodeid in skipped if matches(nodeid))
        terminalreporter.write_line(f"{name}: {ran} passed" + (f", {skip} skipped" if skip else ""))
