"""KUNDVAL_SMTP_TLS as asked: STARTTLS and implicit TLS against aiosmtpd with a self-signed certificate that the
worker trusts only through KUNDVAL_SMTP_CA_FILE, and credentials sent over it."""

from __future__ import annotations

import ipaddress
import ssl
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from kundval.core import clock
from kundval.core.settings import Settings
from kundval.domain.mail.models import OutboxMail
from kundval.domain.mail.outbox import enqueue
from kundval.domain.mail.worker import deliver_once
from tests.mail.smtp import SmtpServer


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and its key, as PEM files."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(
            now - timedelta(days=3 * 365)
        )  # OpenSSL checks against the real clock, the suite may run on a moved one
        .not_valid_after(now + timedelta(days=3 * 3650))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("tls")
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


def _server_context(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    return context


async def _one_mail(engine: AsyncEngine) -> None:
    async with async_sessionmaker(engine).begin() as session:
        await enqueue(session, to="coach@example.org", subject="Ämne", body="Se Kundval.", kind="test")


@pytest.mark.parametrize("mode", ["starttls", "tls"])
async def test_the_worker_speaks_the_tls_mode_it_is_given_and_logs_in_over_it(
    engine: AsyncEngine, settings: Settings, certificate: tuple[Path, Path], mode: str
) -> None:
    context = _server_context(certificate)
    server = SmtpServer(
        starttls=context if mode == "starttls" else None,
        implicit_tls=context if mode == "tls" else None,
        login=("kundval", "hemligt"),
    )
    server.start()
    try:
        await _one_mail(engine)
        tls_settings = replace(
            settings,
            smtp_host="127.0.0.1",
            smtp_port=server.port,
            smtp_tls=mode,  # type: ignore[arg-type]
            smtp_username="kundval",
            smtp_password="hemligt",
        )
        # Without the CA file the self-signed certificate is refused: nothing is sent, the mail waits.
        refused = await deliver_once(engine, tls_settings)
        assert (refused.sent, refused.retried) == (0, 1)
        assert "CERTIFICATE_VERIFY_FAILED" in refused.errors[0] or "certificate" in refused.errors[0].lower()
        # Trusted through KUNDVAL_SMTP_CA_FILE it goes out; the server takes mail only after a login.
        async with engine.begin() as conn:
            await conn.execute(update(OutboxMail).values(next_attempt_at=clock.now()))
        done = await deliver_once(engine, replace(tls_settings, smtp_ca_file=certificate[0]))
        assert done.sent == 1 and len(server.messages) == 1
    finally:
        server.stop()


async def test_starttls_is_required_when_asked_for_even_if_the_server_offers_none(
    engine: AsyncEngine, mail_settings: Settings, smtp_server: SmtpServer
) -> None:
    """A plain server cannot downgrade a worker told to use STARTTLS: the mail waits instead of going in clear."""
    await _one_mail(engine)
    done = await deliver_once(engine, replace(mail_settings, smtp_tls="starttls"))
    assert (done.sent, done.retried) == (0, 1)
    assert smtp_server.messages == []
