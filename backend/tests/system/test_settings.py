"""Settings are validated at start-up with an error that names the variable."""

from __future__ import annotations

from pathlib import Path

import pytest

from kundval.core.settings import SettingsError, load_settings


def _env(tmp_path: Path, **values: str) -> dict[str, str]:
    return {"KUNDVAL_DATA_DIR": str(tmp_path), **{f"KUNDVAL_{k}": v for k, v in values.items()}}


def test_defaults_are_the_embedded_demo(tmp_path: Path) -> None:
    settings = load_settings(_env(tmp_path))
    assert settings.env == "demo"
    assert settings.database_url == f"sqlite+aiosqlite:///{tmp_path / 'kundval.sqlite3'}"
    assert settings.storage_url == f"file://{tmp_path / 'objects'}"
    assert (settings.host, settings.port) == ("127.0.0.1", 8000)
    assert not settings.secure_cookies


def test_demo_secret_key_is_generated_once_and_kept(tmp_path: Path) -> None:
    first = load_settings(_env(tmp_path)).secret_key
    assert len(first) >= 32
    assert load_settings(_env(tmp_path)).secret_key == first


@pytest.mark.parametrize(
    ("values", "named"),
    [
        ({"PORT": "eighty"}, "KUNDVAL_PORT"),
        ({"PORT": "70000"}, "KUNDVAL_PORT"),
        ({"DATABASE_URL": "mysql://x"}, "KUNDVAL_DATABASE_URL"),
        ({"STORAGE_URL": "ftp://x"}, "KUNDVAL_STORAGE_URL"),
        ({"STORAGE_URL": "s3://bucket"}, "KUNDVAL_S3_ENDPOINT"),
        ({"STORAGE_URL": "s3://"}, "KUNDVAL_STORAGE_URL"),
        ({"S3_SECURE": "maybe"}, "KUNDVAL_S3_SECURE"),
        ({"ENV": "staging"}, "KUNDVAL_ENV"),
        ({"SECRET_KEY": "short"}, "KUNDVAL_SECRET_KEY"),
        ({"ENV": "production", "DATABASE_URL": "postgresql+asyncpg://db/k"}, "KUNDVAL_SECRET_KEY"),
        ({"ENV": "production", "SECRET_KEY": "x" * 40}, "KUNDVAL_DATABASE_URL"),
    ],
)
def test_bad_values_name_the_variable(tmp_path: Path, values: dict[str, str], named: str) -> None:
    with pytest.raises(SettingsError, match=named):
        load_settings(_env(tmp_path, **values))


def test_production_has_secure_cookies(tmp_path: Path) -> None:
    settings = load_settings(
        _env(tmp_path, ENV="production", SECRET_KEY="k" * 40, DATABASE_URL="postgresql+asyncpg://db/kundval")
    )
    assert settings.secure_cookies
