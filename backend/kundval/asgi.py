"""The ASGI entry point for uvicorn and other servers: ``kundval.asgi:app``."""

from kundval.app import create_app

app = create_app()
