# Kundval: `make demo` runs the embedded demo, `make test` runs every test. Both set themselves up first.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
FRONTEND_SOURCES := $(shell find frontend/src frontend/public -type f 2>/dev/null) frontend/index.html \
	frontend/vite.config.ts frontend/tsconfig.json frontend/package.json

.PHONY: setup demo test lint test-backend test-dates test-frontend test-e2e openapi chromium bench bench-tasks mutation clean

setup: $(VENV)/.installed node_modules/.installed frontend/dist/index.html

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

node_modules/.installed: package.json package-lock.json frontend/package.json
	npm ci --no-audit --no-fund
	touch $@

frontend/dist/index.html: node_modules/.installed $(FRONTEND_SOURCES)
	npm run build

## The embedded demo: SQLite and a filesystem store under KUNDVAL_DATA_DIR (default var/).
demo: setup
	$(BIN)/kundval demo

## Debian's Chromium for the browser tests (Playwright cannot download its own browser here).
chromium:
	@command -v chromium >/dev/null || command -v /usr/bin/chromium >/dev/null || \
		{ echo "installing Chromium from Debian"; apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

## Regenerate the OpenAPI document and the SPA's TypeScript types from the API.
openapi: $(VENV)/.installed node_modules/.installed
	$(BIN)/kundval openapi frontend/openapi.json
	npm run gen:api

test-frontend: node_modules/.installed
	npm run typecheck
	npm run gen:api:check
	npm test

## The Python (application, tests, browser tests, benchmarks) is kept ruff-clean and ruff-formatted (pyproject.toml
## [tool.ruff]) and type-checked (mypy, [tool.mypy]); the areas keep their layers ([tool.importlinter]); the SPA
## ESLint-clean (frontend/eslint.config.js: hooks, jsx-a11y, import boundaries) and Prettier-formatted
## (frontend/.prettierrc.json).
lint: $(VENV)/.installed node_modules/.installed
	$(BIN)/ruff check backend e2e bench
	$(BIN)/ruff format --check backend e2e bench
	$(BIN)/mypy
	$(BIN)/lint-imports
	npm run lint
	npm run format:check

test-backend: $(VENV)/.installed
	$(BIN)/pytest backend/tests

## The backend again on SQLite with the clock moved to awkward days (a Monday after New Year, a leap day, the eve
## of midsummer): no test may depend on the day it runs (backend/tests/conftest.py, KUNDVAL_TEST_TODAY).
TEST_DAYS ?= 2027-01-04 2028-02-29 2027-06-25
test-dates: $(VENV)/.installed
	for day in $(TEST_DAYS); do \
		echo "== the backend tests on $$day (SQLite)"; \
		KUNDVAL_TEST_TODAY=$$day $(BIN)/pytest backend/tests -q -p no:cacheprovider -k "not postgresql and not s3 and not schemathesis" || exit 1; \
	done

test-e2e: setup chromium
	$(BIN)/pytest e2e

## Everything: frontend checks, then backend (SQLite + PostgreSQL, filesystem + S3) and browser tests in one run.
test: setup chromium lint test-frontend
	$(BIN)/pytest backend/tests e2e
	$(MAKE) test-dates

## Mutation testing of the rule modules (backend/tests/mutation/targets.py: one line per module with its tests):
## prints killed / total per module. Not part of `make test` (minutes per module on 2 cores).
## `make mutation MODULES="calendar rules"` runs only the targets whose path contains one of the words.
MODULES ?=
mutation: $(VENV)/.installed
	$(BIN)/python -m tests.mutation $(MODULES)

bench: setup
	$(BIN)/python -m bench

## The to-do lists (GET /api/tasks) under load at two sizes, on generated PostgreSQL databases (bench/tasks.py;
## KUNDVAL_BENCH_POSTGRES, default postgresql://postgres@127.0.0.1:5432). Not part of `make bench`: about ten
## minutes on 2 cores, most of it generating the 20 000 cases. BENCH_ARGS passes options (--profiles small, --keep).
BENCH_ARGS ?=
bench-tasks: $(VENV)/.installed
	$(BIN)/python -m bench.tasks $(BENCH_ARGS)

clean:
	rm -rf $(VENV) node_modules frontend/dist
