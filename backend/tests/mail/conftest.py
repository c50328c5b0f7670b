"""A real SMTP server (aiosmtpd) per test, and settings that point the worker at it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from kundval.core.settings import Settings
from tests.mail.smtp import SmtpServer


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def mail_settings(settings: Settings, smtp_server: SmtpServer) -> Settings:
    return replace(
        settings, smtp_host="127.0.0.1", smtp_port=smtp_server.port, smtp_tls="none", smtp_sender="kundval@kommun.test"
    )
