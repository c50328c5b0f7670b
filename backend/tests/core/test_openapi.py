"""The shared error answers (core/openapi.py) reach every operation of the OpenAPI document, by its policy and method.

A fast companion to backend/tests/system/test_schemathesis.py, which checks the codes against real answers.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from kundval.cli import openapi_json
from kundval.core.openapi import DESCRIPTIONS, UNSAFE_METHODS


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return json.loads(openapi_json())


def _operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, operation)
        for path, item in document["paths"].items()
        for method, operation in item.items()
    ]


def test_every_operation_documents_the_answers_its_policy_and_method_can_give(document: dict[str, Any]) -> None:
    problems = []
    for method, path, operation in _operations(document):
        expected = {"422", "503"}
        if "401" in operation["responses"]:
            expected.add("403")  # a guard that refuses a role, or a check of ownership
        if method in UNSAFE_METHODS:
            expected |= {"403", "404", "409", "415"}
        if "{" in path:
            expected.add("404")
        missing = expected - operation["responses"].keys()
        if missing:
            problems.append(f"{method} {path}: {sorted(missing)}")
    assert problems == []


def test_signed_out_callers_get_401_everywhere_but_the_public_operations(document: dict[str, Any]) -> None:
    without_401 = sorted(
        f"{method} {path}" for method, path, operation in _operations(document) if "401" not in operation["responses"]
    )
    # The public ones: health, the comparison, making a choice with a code, and sign-in's own 401 is its password's.
    assert without_401 == [
        "GET /api/health",
        "GET /api/public/providers",
        "GET /api/public/providers/{provider_id}",
        "POST /api/auth/logout",
        "POST /api/public/choices",
    ]


def test_error_answers_have_the_error_body_and_say_what_they_mean(document: dict[str, Any]) -> None:
    checked = 0
    for method, path, operation in _operations(document):
        for code, answer in operation["responses"].items():
            if int(code) in DESCRIPTIONS and code not in ("304", "400"):  # Litestar writes its own 400
                assert answer["description"] == DESCRIPTIONS[int(code)], (method, path, code)
                assert answer["content"]["application/json"]["schema"] == {
                    "$ref": "#/components/schemas/ErrorAnswer"
                }, (method, path, code)
                checked += 1
    assert checked > len(_operations(document))  # every operation has some
