"""The JavaScript a resident's phone downloads for the public comparison (/jamfor) versus the staff app.

Reads ``frontend/dist`` (building it first when it is missing, or always with ``--build``) and follows Vite's
manifest (``dist/.vite/manifest.json``): a visitor of /jamfor gets the module script of ``dist/index.html`` (the
entry chunk) and every chunk it imports statically; a staff page gets those and the lazily imported staff
routes (``src/app/router.tsx``) with their static imports. Each also fetches its words in the UI language, one
chunk per words file (``src/app/words.ts``); Swedish, the default, is counted. Sizes are gzip level 9 per file, as a
server would send them. Prints both totals and their ratio.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DIST = REPO / "frontend" / "dist"
MANIFEST = DIST / ".vite" / "manifest.json"
# The dynamic imports that a staff page loads on top of the entry (see src/app/root-router.tsx).
STAFF_MODULES = ("src/app/router.tsx",)
# The Swedish words each part fetches (src/app/words.ts); the shared words come with the I18nProvider.
SHARED_WORDS = "src/shared/i18n/sv.ts"
PUBLIC_WORDS = (SHARED_WORDS, "src/features/comparison/i18n/sv.ts")
WORDS_FILE = re.compile(r"^src/(app|features/[\w-]+)/i18n/sv\.ts$")


@dataclass(frozen=True)
class Route:
    name: str
    files: tuple[str, ...]

    def gzip_bytes(self) -> int:
        return sum(gzip_size(DIST / file) for file in self.files)


def gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=9, mtime=0))


def build() -> None:
    subprocess.run(["npm", "run", "build"], cwd=REPO, check=True, capture_output=True)


def entry_script() -> str:
    """The module script of index.html: what the browser fetches first, whatever the route."""
    html = (DIST / "index.html").read_text()
    match = re.search(r'<script type="module"[^>]*\bsrc="/([^"]+)"', html)
    if not match:
        raise SystemExit("no module script in frontend/dist/index.html")
    return match.group(1)


def static_closure(manifest: dict[str, dict], keys: list[str]) -> list[str]:
    """The JS files of ``keys`` and of everything they import statically, each once, in load order."""
    seen: list[str] = []
    files: list[str] = []

    def visit(key: str) -> None:
        if key in seen:
            return
        seen.append(key)
        chunk = manifest[key]
        if chunk["file"].endswith(".js"):
            files.append(chunk["file"])
        for imported in chunk.get("imports", []):
            visit(imported)

    for key in keys:
        visit(key)
    return files


def routes() -> tuple[Route, Route]:
    manifest: dict[str, dict] = json.loads(MANIFEST.read_text())
    entry_file = entry_script()
    entries = [key for key, chunk in manifest.items() if chunk.get("isEntry")]
    if [manifest[key]["file"] for key in entries] != [entry_file]:
        raise SystemExit(f"index.html loads {entry_file}, the manifest's entries are {entries}")
    missing = [key for key in STAFF_MODULES if key not in manifest or not manifest[key].get("isDynamicEntry")]
    if missing:
        raise SystemExit(f"not lazily loaded any more: {missing}; the staff app is in the public entry chunk")
    staff_words = [k for k in manifest if WORDS_FILE.match(k) and k not in PUBLIC_WORDS]
    missing_words = [k for k in PUBLIC_WORDS if k not in manifest or not manifest[k].get("isDynamicEntry")]
    if missing_words or not staff_words:
        raise SystemExit(f"words not loaded per language any more: {missing_words or 'staff words'}")
    public = static_closure(manifest, entries + list(PUBLIC_WORDS))
    staff = static_closure(manifest, entries + list(STAFF_MODULES) + [SHARED_WORDS, *staff_words])
    return Route("/jamfor (public)", tuple(public)), Route("staff app", tuple(staff))


def main() -> None:
    if "--build" in sys.argv or not MANIFEST.exists():
        build()
    public, staff = routes()
    print("JS a visitor downloads (gzip -9, per file):")
    for route in (public, staff):
        size = route.gzip_bytes() / 1024
        print(f"  {route.name:<16} {size:7.1f} KiB in {len(route.files)} files: {', '.join(route.files)}")
    print(f"  public / staff   {public.gzip_bytes() / staff.gzip_bytes():7.2f}")


if __name__ == "__main__":
    main()
