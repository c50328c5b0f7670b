"""`make mutation`: mutation testing of the rule modules with mutmut, one module at a time, each with its own tests.

    python -m tests.mutation                 # every target in targets.py
    python -m tests.mutation calendar rules  # only targets whose path contains one of these words

mutmut 3 names a mutant after the module path it sees from the working directory, so it cannot mutate
backend/kundval in place (it would call the module ``backend.kundval...`` while the tests import ``kundval...``).
Each target therefore runs in its own scratch copy, var/mutation/<module>/, laid out as mutmut expects:
kundval/, tests/, the root conftest.py and pyproject.toml with a [tool.mutmut] section for that module alone.
A run starts from a fresh copy, so no result is carried over from code or tests that have changed since.
Only SQLite is used: PostgreSQL and the moved clock of `make test-dates` are switched off for the copies.

Prints killed / total and the score per module, and each survivor with its diff unless a comment in the target's
test modules names it as equivalent. Exits non-zero when a module is under TARGET_SCORE or has an unexplained
survivor.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from fnmatch import fnmatch
from pathlib import Path

from tests.mutation.targets import TARGET_SCORE, TARGETS, Target

BACKEND = Path(__file__).resolve().parents[2]
ROOT = BACKEND.parent
SCRATCH = ROOT / "var" / "mutation"
MUTMUT = Path(sys.executable).with_name("mutmut")
# Killed: a test failed, or the mutant never finished (an endless loop is caught by mutmut's CPU limit).
KILLED = {"killed", "timeout"}
# Pytest options for every mutant's run: no cache between runs, one fixed Hypothesis seed so that a property test
# kills the same mutants every run.
PYTEST_ARGS = ["-p", "no:cacheprovider", "--hypothesis-seed=0"]


def mutmut_config(target: Target) -> str:
    def toml_list(items: list[str] | tuple[str, ...]) -> str:
        return "[" + ", ".join(json.dumps(item) for item in items) + "]"

    return (
        "\n\n[tool.mutmut]\n"
        'source_paths = ["kundval"]\n'
        f"only_mutate = {toml_list([target.module])}\n"
        'also_copy = ["tests", "conftest.py"]\n'
        f"pytest_add_cli_args_test_selection = {toml_list(target.tests)}\n"
        f"pytest_add_cli_args = {toml_list(PYTEST_ARGS)}\n"
    )


def prepare(target: Target) -> Path:
    """A fresh scratch copy for ``target``: the package, the tests, the root conftest and the config."""
    work = SCRATCH / target.module.removesuffix(".py").replace("/", ".")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".hypothesis")
    shutil.copytree(BACKEND / "kundval", work / "kundval", ignore=ignore)
    shutil.copytree(BACKEND / "tests", work / "tests", ignore=ignore)
    shutil.copy2(ROOT / "conftest.py", work / "conftest.py")
    (work / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text() + mutmut_config(target))
    return work


def environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"KUNDVAL_TEST_DATABASE_URL", "KUNDVAL_TEST_TODAY"}}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def explained_names(target: Target) -> set[str]:
    """Mutant names that the target's test modules explain as equivalent (any ``…__mutmut_N`` they mention)."""
    names: set[str] = set()
    for test in target.tests:
        path = BACKEND / test.split("::")[0]
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            names |= set(re.findall(r"\bx\S*?__mutmut_\d+\b", file.read_text()))
    return names


def mutant_patterns(target: Target) -> list[str]:
    """mutmut's names of the mutants of ``target.functions`` (module.x_function__mutmut_N), as globs."""
    module = target.module.removesuffix(".py").replace("/", ".")
    return [f"{module}.x_{function}__mutmut_*" for function in target.functions]


def run(target: Target, jobs: str) -> tuple[int, int, list[str], list[str]]:
    """Mutate ``target``; returns (killed, total, survivors explained, survivors unexplained)."""
    from mutmut.stats import status_by_exit_code

    work = prepare(target)
    log = work / "mutmut.log"
    with log.open("w") as out:
        done = subprocess.run(
            [str(MUTMUT), "run", "--max-children", jobs, *mutant_patterns(target)],
            cwd=work,
            env=environment(),
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    meta = work / "mutants" / (target.module + ".meta")
    if done.returncode != 0 or not meta.exists():
        tail = log.read_text(errors="replace").replace("\r", "\n").splitlines()[-30:]
        print("\n".join(tail))
        raise SystemExit(f"mutmut failed on {target.module} (exit {done.returncode}); the whole log: {log}")
    exit_codes = json.loads(meta.read_text())["exit_code_by_key"]
    if target.functions:  # mutmut lists every mutant of the module; count those of the named functions only
        patterns = mutant_patterns(target)
        exit_codes = {name: code for name, code in exit_codes.items() if any(fnmatch(name, p) for p in patterns)}
    statuses = {name: status_by_exit_code[code] for name, code in exit_codes.items()}
    killed = sum(1 for status in statuses.values() if status in KILLED)
    survivors = sorted(name for name, status in statuses.items() if status not in KILLED)
    explained = explained_names(target)
    short = {name: name.rsplit(".", 1)[-1] for name in survivors}
    equivalent = [name for name in survivors if short[name] in explained]
    unexplained = [name for name in survivors if short[name] not in explained]
    if equivalent:
        print("   explained as equivalent in the tests: " + ", ".join(short[name] for name in equivalent))
    # A name that no longer survives (killed now, or renumbered after the module changed) is a stale explanation.
    # Only names of this module's functions count: a test module may serve several targets.
    functions = {name.rsplit(".", 1)[-1].split("__mutmut_")[0] for name in statuses}
    stale = sorted(n for n in explained - set(short.values()) if n.split("__mutmut_")[0] in functions)
    if stale:
        print("   named as equivalent but not a survivor now (renumbered? remove or update): " + ", ".join(stale))
    for name in unexplained:
        shown = subprocess.run([str(MUTMUT), "show", name], cwd=work, env=environment(), capture_output=True, text=True)
        print(shown.stdout.rstrip() or f"# {name}: {statuses[name]}")
    return killed, len(statuses), equivalent, unexplained


def main(words: list[str]) -> int:
    targets = [t for t in TARGETS if not words or any(word in t.module for word in words)]
    if not targets:
        raise SystemExit(f"no target matches {words}; the targets are in backend/tests/mutation/targets.py")
    jobs = os.environ.get("MUTATION_JOBS", str(os.cpu_count() or 2))
    rows, failed, started = [], False, time.monotonic()
    for target in targets:
        print(f"== {target.module}: mutmut with {', '.join(target.tests)}", flush=True)
        began = time.monotonic()
        killed, total, equivalent, unexplained = run(target, jobs)
        score = killed / total if total else 1.0
        bad = score < TARGET_SCORE or bool(unexplained)
        failed |= bad
        rows.append(
            (target.module, killed, total, score, len(equivalent), len(unexplained), time.monotonic() - began, bad)
        )
        print(f"   {killed}/{total} killed ({score:.1%}) in {time.monotonic() - began:.0f} s", flush=True)
    print(f"\n{'module':<45} {'killed':>7} {'total':>6} {'score':>7} {'equiv.':>7} {'unexpl.':>8} {'time':>6}")
    for module, killed, total, score, equivalent, unexplained, seconds, bad in rows:
        print(
            f"{module:<45} {killed:>7} {total:>6} {score:>7.1%} {equivalent:>7} {unexplained:>8} "
            f"{seconds:>5.0f}s" + ("  <- below target or unexplained survivors" if bad else "")
        )
    print(
        f"mutation: {len(rows)} modules in {time.monotonic() - started:.0f} s; target {TARGET_SCORE:.0%} killed, "
        "every survivor explained"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
