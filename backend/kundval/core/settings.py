"""Settings from environment variables with the prefix ``KUNDVAL_``.

Read once at start-up and validated, so that a bad value stops the app with a message naming the variable
instead of surfacing later as a confusing failure.
"""

from __future__ import annotations

import ipaddress
import os
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

PREFIX = "KUNDVAL_"
REPO_ROOT = Path(__file__).resolve().parents[3]

Environment = Literal["demo", "production", "test"]
SmtpTls = Literal["none", "starttls", "tls"]
# The port each TLS mode is usually served on (submission with STARTTLS, implicit TLS, plain relay).
SMTP_DEFAULT_PORTS: dict[str, int] = {"none": 25, "starttls": 587, "tls": 465}


class SettingsError(ValueError):
    """A setting is missing or malformed; the message names the variable and what to fix."""


@dataclass(frozen=True)
class Settings:
    env: Environment = "demo"
    data_dir: Path = REPO_ROOT / "var"
    database_url: str = ""
    storage_url: str = ""
    s3_endpoint: str | None = None
    s3_access_key: str | None = None
    s3_secret_key: str | None = None
    s3_secure: bool = True
    s3_region: str = "us-east-1"
    secret_key: str = ""
    host: str = "127.0.0.1"
    port: int = 8000
    spa_dir: Path = REPO_ROOT / "frontend" / "dist"
    # Uploads larger than this are refused with 413 (issue 4).
    max_upload_bytes: int = 25 * 1024 * 1024
    session_hours: int = 8
    sql_echo: bool = False
    # Reverse proxies whose X-Forwarded-For/-Proto are believed (addresses or networks). Empty: none, so a client
    # cannot pick the address the login throttle counts against.
    trusted_proxies: tuple[str, ...] = ()
    # E-mail (issue 12): no host means mail is off; mails still queue in the outbox and wait.
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_tls: SmtpTls = "none"
    smtp_username: str | None = None
    smtp_password: str | None = None
    smtp_sender: str = "kundval@localhost"
    # A CA bundle to verify the SMTP server's certificate with instead of the system's (an internal CA).
    smtp_ca_file: Path | None = None
    # How often the worker looks for due mail, in seconds.
    mail_poll_seconds: int = 5
    # Whether `kundval serve`/`demo` deliver mail themselves; off where a separate `kundval mail worker` runs.
    mail_in_process: bool = True
    # The base of every link in a mail (no trailing slash).
    public_url: str = "http://127.0.0.1:8000"

    @property
    def mail_enabled(self) -> bool:
        """Mail is delivered only when an SMTP host is configured."""
        return self.smtp_host is not None

    @property
    def secure_cookies(self) -> bool:
        """Cookies carry the Secure flag everywhere except the demo, which runs on plain http://127.0.0.1."""
        return self.env == "production"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def _bool(name: str, raw: str) -> bool:
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise SettingsError(f"{PREFIX}{name} must be true or false, got {raw!r}")


def _int(name: str, raw: str, *, minimum: int, maximum: int) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{PREFIX}{name} must be a whole number, got {raw!r}") from None
    if not minimum <= value <= maximum:
        raise SettingsError(f"{PREFIX}{name} must be between {minimum} and {maximum}, got {value}")
    return value


def _networks(name: str, raw: str) -> tuple[str, ...]:
    """Comma-separated IP addresses or networks (``10.0.0.0/8``), each checked."""
    values = tuple(part.strip() for part in raw.split(",") if part.strip())
    for value in values:
        try:
            ipaddress.ip_network(value, strict=False)
        except ValueError:
            raise SettingsError(
                f"{PREFIX}{name} must be comma-separated IP addresses or networks (e.g. 10.0.0.5,10.1.0.0/16), "
                f"got {value!r}"
            ) from None
    return values


def _secret_key(env: Environment, data_dir: Path, raw: str | None) -> str:
    if raw:
        if len(raw) < 32:
            raise SettingsError(f"{PREFIX}SECRET_KEY must be at least 32 characters long")
        return raw
    if env == "production":
        raise SettingsError(f"{PREFIX}SECRET_KEY is required in production (32 characters or more)")
    # Demo and test: generate once and keep it beside the data, so restarts keep sessions valid.
    path = data_dir / "secret_key"
    if path.exists():
        return path.read_text().strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    path.write_text(key)
    path.chmod(0o600)
    return key


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Build settings from ``environ`` (default ``os.environ``), raising :class:`SettingsError` on bad input."""
    environ = os.environ if environ is None else environ
    get = lambda name: environ.get(PREFIX + name) or None  # noqa: E731 - empty means unset

    env = get("ENV") or "demo"
    if env not in ("demo", "production", "test"):
        raise SettingsError(f"{PREFIX}ENV must be demo, production or test, got {env!r}")

    data_dir = Path(get("DATA_DIR") or REPO_ROOT / "var").resolve()
    database_url = get("DATABASE_URL") or f"sqlite+aiosqlite:///{data_dir / 'kundval.sqlite3'}"
    if not database_url.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
        raise SettingsError(
            f"{PREFIX}DATABASE_URL must start with sqlite+aiosqlite:// or postgresql+asyncpg://, got {database_url!r}"
        )
    if env == "production" and database_url.startswith("sqlite"):
        raise SettingsError(f"{PREFIX}DATABASE_URL must point at PostgreSQL in production")

    storage_url = get("STORAGE_URL") or f"file://{data_dir / 'objects'}"
    s3_endpoint = get("S3_ENDPOINT")
    if storage_url.startswith("s3://"):
        if not storage_url[len("s3://") :].strip("/"):
            raise SettingsError(f"{PREFIX}STORAGE_URL must name a bucket: s3://bucket")
        if not s3_endpoint:
            raise SettingsError(f"{PREFIX}S3_ENDPOINT (host:port) is required when {PREFIX}STORAGE_URL is s3://")
    elif not storage_url.startswith("file://"):
        raise SettingsError(f"{PREFIX}STORAGE_URL must start with file:// or s3://, got {storage_url!r}")

    host = get("HOST") or "127.0.0.1"
    port = _int("PORT", get("PORT") or "8000", minimum=1, maximum=65535)
    smtp = _smtp(env, get)  # type: ignore[arg-type]

    return Settings(
        env=env,  # type: ignore[arg-type]
        data_dir=data_dir,
        database_url=database_url,
        storage_url=storage_url,
        s3_endpoint=s3_endpoint,
        s3_access_key=get("S3_ACCESS_KEY"),
        s3_secret_key=get("S3_SECRET_KEY"),
        s3_secure=_bool("S3_SECURE", get("S3_SECURE") or "true"),
        s3_region=get("S3_REGION") or "us-east-1",
        secret_key=_secret_key(env, data_dir, get("SECRET_KEY")),  # type: ignore[arg-type]
        host=host,
        port=port,
        spa_dir=Path(get("SPA_DIR") or REPO_ROOT / "frontend" / "dist"),
        max_upload_bytes=_int(
            "MAX_UPLOAD_BYTES", get("MAX_UPLOAD_BYTES") or str(25 * 1024 * 1024), minimum=1024, maximum=2**40
        ),
        session_hours=_int("SESSION_HOURS", get("SESSION_HOURS") or "8", minimum=1, maximum=24 * 14),
        sql_echo=_bool("SQL_ECHO", get("SQL_ECHO") or "false"),
        trusted_proxies=_networks("TRUSTED_PROXIES", get("TRUSTED_PROXIES") or ""),
        public_url=_public_url(get("PUBLIC_URL"), host, port),
        **smtp,
    )


def _public_url(raw: str | None, host: str, port: int) -> str:
    if raw is None:
        return f"http://{host}:{port}"
    if not raw.startswith(("http://", "https://")) or len(raw.split("://", 1)[1].strip("/")) == 0:
        raise SettingsError(f"{PREFIX}PUBLIC_URL must be an http:// or https:// address, got {raw!r}")
    return raw.rstrip("/")


def _address(name: str, raw: str) -> str:
    local, _, domain = raw.partition("@")
    if not local or not domain or any(c.isspace() or c in "<>,;" for c in raw):
        raise SettingsError(f"{PREFIX}{name} must be one e-mail address (name@example.org), got {raw!r}")
    return raw


def _smtp(env: Environment, get: Callable[[str], str | None]) -> dict[str, Any]:
    """The SMTP settings; without ``SMTP_HOST`` mail is off and the rest is not needed."""
    host = get("SMTP_HOST")
    raw_tls = get("SMTP_TLS") or ("starttls" if env == "production" else "none")
    if raw_tls not in SMTP_DEFAULT_PORTS:
        raise SettingsError(f"{PREFIX}SMTP_TLS must be none, starttls or tls, got {raw_tls!r}")
    tls: SmtpTls = raw_tls  # type: ignore[assignment]
    port = _int("SMTP_PORT", get("SMTP_PORT") or str(SMTP_DEFAULT_PORTS[tls]), minimum=1, maximum=65535)
    username, password = get("SMTP_USERNAME"), get("SMTP_PASSWORD")
    if (username is None) != (password is None):
        raise SettingsError(f"{PREFIX}SMTP_USERNAME and {PREFIX}SMTP_PASSWORD must be set together")
    if username is not None and tls == "none" and env == "production":
        raise SettingsError(f"{PREFIX}SMTP_TLS must be starttls or tls when a password is sent (production)")
    sender = get("SMTP_SENDER")
    if host is not None and sender is None and env == "production":
        raise SettingsError(f"{PREFIX}SMTP_SENDER (the From address) is required when {PREFIX}SMTP_HOST is set")
    ca_file = get("SMTP_CA_FILE")
    if ca_file is not None and not Path(ca_file).is_file():
        raise SettingsError(f"{PREFIX}SMTP_CA_FILE must be a readable file, got {ca_file!r}")
    return {
        "smtp_host": host,
        "smtp_port": port,
        "smtp_tls": tls,
        "smtp_username": username,
        "smtp_password": password,
        "smtp_sender": _address("SMTP_SENDER", sender) if sender else "kundval@localhost",
        "smtp_ca_file": Path(ca_file) if ca_file else None,
        "mail_in_process": _bool("MAIL_IN_PROCESS", get("MAIL_IN_PROCESS") or "true"),
        "mail_poll_seconds": _int("MAIL_POLL_SECONDS", get("MAIL_POLL_SECONDS") or "5", minimum=1, maximum=3600),
    }
