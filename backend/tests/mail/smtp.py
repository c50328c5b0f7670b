"""A real SMTP server for the tests (aiosmtpd), that can be stopped and started again on the same port."""

from __future__ import annotations

import socket
import ssl
from email import message_from_bytes
from email.message import Message
from email.policy import default
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _Collect:
    def __init__(self, server: SmtpServer) -> None:
        self.server = server

    async def handle_DATA(self, _server: SMTP, _session: Session, envelope: Envelope) -> str:
        if self.server.refuse is not None:
            return self.server.refuse
        content = envelope.original_content or b""
        self.server.messages.append(message_from_bytes(content, policy=default))
        return "250 Message accepted for delivery"


class _Authenticator:
    def __init__(self, username: str, password: str) -> None:
        self.username, self.password = username.encode(), password.encode()

    def __call__(self, _server: SMTP, _session: Session, _envelope: Envelope, _mechanism: str, data: Any) -> Any:
        from aiosmtpd.smtp import AuthResult

        return AuthResult(success=data.login == self.username and data.password == self.password)


class SmtpServer:
    """An aiosmtpd server on 127.0.0.1; ``messages`` holds every mail it accepted, across restarts.

    ``starttls``/``implicit_tls`` take a server-side SSL context; ``refuse`` set to an SMTP answer ("550 ...")
    makes it refuse every mail with that answer."""

    def __init__(
        self,
        *,
        starttls: ssl.SSLContext | None = None,
        implicit_tls: ssl.SSLContext | None = None,
        login: tuple[str, str] | None = None,
    ) -> None:
        self.port = free_port()
        self.messages: list[Message] = []
        self.refuse: str | None = None
        self._starttls, self._implicit_tls, self._login = starttls, implicit_tls, login
        self._controller: Controller | None = None

    def start(self) -> None:
        kwargs: dict[str, Any] = {}
        if self._starttls is not None:
            kwargs.update(tls_context=self._starttls, require_starttls=True)
        if self._implicit_tls is not None:
            kwargs.update(ssl_context=self._implicit_tls)
        if self._login is not None:
            kwargs.update(authenticator=_Authenticator(*self._login), auth_required=True)
            # aiosmtpd offers AUTH only after STARTTLS unless told otherwise, and does not count implicit TLS.
            kwargs.update(auth_require_tls=self._starttls is not None)
        self._controller = Controller(_Collect(self), hostname="127.0.0.1", port=self.port, **kwargs)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def message_ids(self) -> list[str]:
        return [str(message["Message-ID"]) for message in self.messages]
