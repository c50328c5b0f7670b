"""The repository explains itself: its documentation lives in docs/, its links resolve inside the clone, and the
API and domain pages keep up with the routes and code names they describe."""

from __future__ import annotations

import json
import re
from enum import StrEnum
from pathlib import Path

import pytest

from kundval.core.security import Role
from kundval.domain.absence.models import AbsenceType
from kundval.domain.cases.models import CaseStatus, EndReason
from kundval.domain.conversations.schemas import ItemType
from kundval.domain.documents.models import DocumentKind, DocumentStatus
from kundval.domain.inbox.kinds import KindGroup
from kundval.domain.interventions.catalogue import Intervention
from kundval.domain.messages.notifications import Delivery, NotificationGroup
from kundval.domain.oversight.models import NoticeSubject

REPO = Path(__file__).resolve().parents[3]
DOCS = REPO / "docs"
PAGES = [REPO / "README.md", *sorted(DOCS.glob("*.md"))]

# Documents that live outside the repository (the shared notes a clone does not have).
OUTSIDE = re.compile(r"\.\./shared/|/work/shared|\b(?:DOMAIN|API|STYLE|SETUP-NOTES)\.md\b")
SCANNED = ["README.md", "backend", "bench", "docs", "e2e", "frontend/src", "frontend/openapi.json", "infra"]
SKIPPED_DIRECTORIES = {"node_modules", "dist", "__pycache__"}
# Migrations are frozen history: they are never edited after the fact, comments included.
MIGRATIONS = "backend/kundval/migrations/versions/"

LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
ROUTE = re.compile(r"\b(GET|POST|PUT|PATCH|DELETE) (/api/[^\s`?,)]*)")
DIFFERENCES_HEADING = "## Where the code and the original contract differ"


def _anchor(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[`*]", "", heading.strip().lower())
    return "-".join("".join(ch for ch in text if ch.isalnum() or ch in " -_").split(" "))


def _anchors(page: Path) -> set[str]:
    return {_anchor(line.lstrip("#")) for line in page.read_text().splitlines() if line.startswith("#")}


def test_the_documentation_index_names_every_page() -> None:
    index = (DOCS / "README.md").read_text()
    pages = {p.name for p in DOCS.glob("*.md")} - {"README.md"}
    assert {"domain.md", "api.md", "architecture.md", "decisions.md"} <= pages
    assert [p for p in sorted(pages) if f"({p})" not in index] == []


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(REPO)))
def test_every_link_resolves_inside_the_repository(page: Path) -> None:
    broken = []
    for target in LINK.findall(page.read_text()):
        if re.match(r"[a-z]+:", target):  # https:, mailto:
            continue
        path, _, anchor = target.partition("#")
        resolved = (page.parent / path).resolve() if path else page
        if not resolved.is_relative_to(REPO) or not resolved.exists():
            broken.append(f"{target}: no such file in the repository")
        elif anchor and resolved.suffix == ".md" and anchor not in _anchors(resolved):
            broken.append(f"{target}: no heading #{anchor} in {resolved.name}")
    assert broken == [], f"{page.name} links outside the clone or to nothing: {broken}"


def _scanned_files() -> list[Path]:
    files: list[Path] = []
    for name in SCANNED:
        root = REPO / name
        candidates = [root] if root.is_file() else [p for p in root.rglob("*") if p.is_file()]
        files += [
            p
            for p in candidates
            if SKIPPED_DIRECTORIES.isdisjoint(p.relative_to(REPO).parts)
            and not p.relative_to(REPO).as_posix().startswith(MIGRATIONS)
        ]
    return [p for p in files if p != Path(__file__).resolve()]  # this file names the patterns it looks for


def test_nothing_points_at_documents_outside_the_repository() -> None:
    found = []
    for path in _scanned_files():
        try:
            text = path.read_text()
        except UnicodeDecodeError:
            continue  # images, fonts
        for number, line in enumerate(text.splitlines(), 1):
            if OUTSIDE.search(line):
                found.append(f"{path.relative_to(REPO)}:{number}: {line.strip()[:100]}")
    assert found == [], "point these at docs/ instead: " + "\n".join(found)


def _normalised(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path.rstrip("/"))


def test_the_api_page_describes_every_route_and_no_other() -> None:
    """docs/api.md's route tables name each route of frontend/openapi.json (kept equal to the app by
    test_cli.py), and name no route that does not exist (outside the section on differences)."""
    routes_part = (DOCS / "api.md").read_text().split(DIFFERENCES_HEADING)[0]
    documented = {(verb, _normalised(path)) for verb, path in ROUTE.findall(routes_part)}
    schema = json.loads((REPO / "frontend" / "openapi.json").read_text())
    real = {
        (verb.upper(), _normalised(path))
        for path, operations in schema["paths"].items()
        for verb in operations
        if verb in ("get", "post", "put", "patch", "delete")
    }
    assert sorted(real - documented) == [], "add these routes to docs/api.md"
    assert sorted(documented - real) == [], "docs/api.md names routes that do not exist"


@pytest.mark.parametrize(
    "names",
    [
        Role,
        CaseStatus,
        EndReason,
        DocumentKind,
        DocumentStatus,
        AbsenceType,
        Intervention,
        ItemType,
        KindGroup,
        NoticeSubject,
        NotificationGroup,
        Delivery,
    ],
    ids=str,
)
def test_the_domain_page_names_every_code_name(names: type[StrEnum]) -> None:
    """Each value appears as code (in backticks) in docs/domain.md, so the glossary keeps up with the code."""
    spans = re.findall(r"`([^`]+)`", (DOCS / "domain.md").read_text())
    code = {word for span in spans for word in re.findall(r"\w+", span)}
    assert [n.value for n in names if n.value not in code] == [], f"docs/domain.md lacks these {names.__name__}"
