"""Every "now" in the application goes through ``kundval.core.clock``, so tests can set it with time-machine and no
rule quietly depends on the machine's own clock or time zone."""

from __future__ import annotations

import re
from pathlib import Path

import kundval

PACKAGE = Path(kundval.__file__).parent
DIRECT_CLOCK = re.compile(r"\b(datetime\.now|datetime\.utcnow|date\.today|time\.time)\(")


def test_no_module_reads_the_clock_except_core_clock() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != PACKAGE / "core" / "clock.py"
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if DIRECT_CLOCK.search(line)
    ]
    assert not offenders, "read the time through kundval.core.clock:\n" + "\n".join(offenders)
