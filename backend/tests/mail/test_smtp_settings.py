"""The SMTP settings: off without a host, defaults per TLS mode, and errors that name the variable."""

from __future__ import annotations

from pathlib import Path

import pytest

from kundval.core.settings import SettingsError, load_settings

SECRET = "x" * 40


def _env(tmp_path: Path, **values: str) -> dict[str, str]:
    return {"KUNDVAL_DATA_DIR": str(tmp_path), **{f"KUNDVAL_{k}": v for k, v in values.items()}}


def _production(tmp_path: Path, **values: str) -> dict[str, str]:
    return _env(tmp_path, ENV="production", SECRET_KEY=SECRET, DATABASE_URL="postgresql+asyncpg://db/kundval", **values)


def test_mail_is_off_without_a_host_and_links_point_at_the_server(tmp_path: Path) -> None:
    settings = load_settings(_env(tmp_path, HOST="0.0.0.0", PORT="8080"))
    assert not settings.mail_enabled
    assert (settings.smtp_tls, settings.smtp_port) == ("none", 25)
    assert settings.public_url == "http://0.0.0.0:8080"


def test_a_demo_with_a_host_delivers_in_plain_smtp_to_a_local_test_server(tmp_path: Path) -> None:
    settings = load_settings(_env(tmp_path, SMTP_HOST="127.0.0.1", SMTP_PORT="1025"))
    assert settings.mail_enabled and settings.mail_in_process
    assert (settings.smtp_host, settings.smtp_port, settings.smtp_tls) == ("127.0.0.1", 1025, "none")
    assert settings.smtp_sender == "kundval@localhost"


@pytest.mark.parametrize(("tls", "port"), [("none", 25), ("starttls", 587), ("tls", 465)])
def test_each_tls_mode_has_its_usual_port(tmp_path: Path, tls: str, port: int) -> None:
    settings = load_settings(_env(tmp_path, SMTP_HOST="smtp.example.org", SMTP_TLS=tls))
    assert (settings.smtp_tls, settings.smtp_port) == (tls, port)


def test_production_defaults_to_starttls_and_takes_credentials(tmp_path: Path) -> None:
    settings = load_settings(
        _production(
            tmp_path,
            SMTP_HOST="smtp.kommun.se",
            SMTP_SENDER="kundval@kommun.se",
            SMTP_USERNAME="kundval",
            SMTP_PASSWORD="hemligt",
            PUBLIC_URL="https://kundval.kommun.se/",
            MAIL_IN_PROCESS="false",
            MAIL_POLL_SECONDS="30",
        )
    )
    assert (settings.smtp_tls, settings.smtp_port) == ("starttls", 587)
    assert (settings.smtp_username, settings.smtp_password) == ("kundval", "hemligt")
    assert settings.public_url == "https://kundval.kommun.se"
    assert (settings.mail_in_process, settings.mail_poll_seconds) == (False, 30)


@pytest.mark.parametrize(
    ("values", "named"),
    [
        ({"SMTP_TLS": "ssl"}, "KUNDVAL_SMTP_TLS"),
        ({"SMTP_PORT": "smtp"}, "KUNDVAL_SMTP_PORT"),
        ({"SMTP_PORT": "0"}, "KUNDVAL_SMTP_PORT"),
        ({"SMTP_USERNAME": "kundval"}, "KUNDVAL_SMTP_PASSWORD"),
        ({"SMTP_PASSWORD": "hemligt"}, "KUNDVAL_SMTP_USERNAME"),
        ({"SMTP_SENDER": "not an address"}, "KUNDVAL_SMTP_SENDER"),
        ({"SMTP_SENDER": "@kommun.se"}, "KUNDVAL_SMTP_SENDER"),
        ({"SMTP_CA_FILE": "/nonexistent/ca.pem"}, "KUNDVAL_SMTP_CA_FILE"),
        ({"PUBLIC_URL": "kundval.kommun.se"}, "KUNDVAL_PUBLIC_URL"),
        ({"PUBLIC_URL": "https://"}, "KUNDVAL_PUBLIC_URL"),
        ({"MAIL_POLL_SECONDS": "0"}, "KUNDVAL_MAIL_POLL_SECONDS"),
        ({"MAIL_IN_PROCESS": "perhaps"}, "KUNDVAL_MAIL_IN_PROCESS"),
    ],
)
def test_a_bad_value_names_its_variable(tmp_path: Path, values: dict[str, str], named: str) -> None:
    with pytest.raises(SettingsError, match=named):
        load_settings(_env(tmp_path, SMTP_HOST="smtp.example.org", **values))


@pytest.mark.parametrize(
    ("values", "named"),
    [
        ({}, "KUNDVAL_SMTP_SENDER"),
        ({"SMTP_SENDER": "k@kommun.se", "SMTP_TLS": "none", "SMTP_USERNAME": "u", "SMTP_PASSWORD": "p"}, "SMTP_TLS"),
    ],
)
def test_production_needs_a_sender_and_never_sends_a_password_in_the_clear(
    tmp_path: Path, values: dict[str, str], named: str
) -> None:
    with pytest.raises(SettingsError, match=named):
        load_settings(_production(tmp_path, SMTP_HOST="smtp.kommun.se", **values))
