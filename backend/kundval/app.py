"""The Litestar application: settings, database, object store, sessions, every area's routes and the SPA."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from advanced_alchemy.extensions.litestar import SQLAlchemyPlugin
from litestar import Litestar
from litestar.config.response_cache import ResponseCacheConfig
from litestar.di import Provide
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import SwaggerRenderPlugin
from litestar.openapi.spec import Components, SecurityScheme
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kundval.core.db import create_engine, sqlalchemy_config
from kundval.core.errors import exception_handlers
from kundval.core.headers import add_security_headers
from kundval.core.inputs import KundvalRequest, QueryCheckMiddleware
from kundval.core.openapi import ErrorAnswersPlugin
from kundval.core.security import provide_principal
from kundval.core.settings import Settings, load_settings
from kundval.core.spa import spa_handlers
from kundval.core.storage import ObjectStore, store_from_url
from kundval.domain.absence.controllers import AbsenceController
from kundval.domain.accounts.controllers import AuthController, StaffDirectoryController
from kundval.domain.accounts.sessions import SESSION_COOKIE, SessionMiddleware
from kundval.domain.auditlog.controllers import AuditController
from kundval.domain.calendar.controllers import CalendarController
from kundval.domain.cases.controllers import CaseController, ProviderQueueController
from kundval.domain.choices.controllers import ChoiceController
from kundval.domain.clients.controllers import ClientController
from kundval.domain.comparison.controllers import PublicController
from kundval.domain.conversations.controllers import ConversationController
from kundval.domain.conversations.service import changed_cases
from kundval.domain.documents.controllers import DocumentController
from kundval.domain.inbox.controllers import MessageController
from kundval.domain.interventions.controllers import InterventionController
from kundval.domain.mail.worker import start_mail_worker
from kundval.domain.messages.controllers import NotificationSettingsController
from kundval.domain.oversight.controllers import OversightController
from kundval.domain.profiles.controllers import ProfileController
from kundval.domain.providers.controllers import ProviderController
from kundval.domain.reports.content import REPORT_RULES
from kundval.domain.reports.controllers import ReportController
from kundval.domain.rules.controllers import RulesController
from kundval.domain.staff.controllers import ProviderStaffController
from kundval.domain.stats.controllers import StatsController
from kundval.domain.system.controllers import HealthController
from kundval.domain.tasks.controllers import DeadlineRecordController, TaskController

API_CONTROLLERS = [
    AbsenceController,
    CalendarController,
    ChoiceController,
    ProfileController,
    PublicController,
    StatsController,
    AuthController,
    AuditController,
    CaseController,
    ClientController,
    ConversationController,
    DocumentController,
    HealthController,
    InterventionController,
    MessageController,
    OversightController,
    NotificationSettingsController,
    ProviderController,
    ProviderQueueController,
    ProviderStaffController,
    ReportController,
    RulesController,
    StaffDirectoryController,
    TaskController,
    DeadlineRecordController,
]


def build_store(settings: Settings) -> ObjectStore:
    return store_from_url(
        settings.storage_url,
        s3_endpoint=settings.s3_endpoint,
        s3_access_key=settings.s3_access_key,
        s3_secret_key=settings.s3_secret_key,
        s3_secure=settings.s3_secure,
        s3_region=settings.s3_region,
    )


def create_app(settings: Settings | None = None) -> Litestar:
    """Build the app; ``settings`` default to the environment's."""
    settings = settings or load_settings()
    engine = create_engine(settings)
    db_config = sqlalchemy_config(engine)
    sessionmaker = async_sessionmaker(engine, expire_on_commit=False)
    store = build_store(settings)

    @asynccontextmanager
    async def lifespan(_app: Litestar) -> AsyncIterator[None]:
        # With SMTP configured the app delivers its own outbox (demo, one-machine installs); replicas and a
        # separate `kundval mail worker` can all run at once, since a claim makes each mail one worker's.
        mail_worker = start_mail_worker(engine, settings)
        try:
            yield
        finally:
            await mail_worker.stop()
            await engine.dispose()

    def on_startup(app: Litestar) -> None:
        app.state.sqlalchemy_config = db_config

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    return Litestar(
        route_handlers=[*API_CONTROLLERS, *spa_handlers(settings.spa_dir)],
        plugins=[SQLAlchemyPlugin(config=db_config), ErrorAnswersPlugin()],
        dependencies={
            "settings": Provide(lambda: settings, sync_to_thread=False),
            "store": Provide(lambda: store, sync_to_thread=False),
            "sessionmaker": Provide(lambda: sessionmaker, sync_to_thread=False),
            "principal": Provide(provide_principal),
            # The reports' rules for the documents' routes: documents sit below reports and do not import them.
            "report_rules": Provide(lambda: REPORT_RULES, sync_to_thread=False),
            # Which cases changed since the caller last looked, for the case lists: cases sit below conversations.
            "case_marks": Provide(lambda: changed_cases, sync_to_thread=False),
        },
        middleware=[QueryCheckMiddleware(), SessionMiddleware],
        request_class=KundvalRequest,
        exception_handlers=exception_handlers,  # type: ignore[arg-type]
        before_send=[add_security_headers],
        on_startup=[on_startup],
        lifespan=[lifespan],
        openapi_config=OpenAPIConfig(
            title="Kundval API",
            version="0.1.0",
            path="/api/schema",
            render_plugins=[SwaggerRenderPlugin()],
            components=Components(
                security_schemes={
                    "session": SecurityScheme(type="apiKey", name=SESSION_COOKIE, security_scheme_in="cookie"),
                }
            ),
            use_handler_docstrings=True,
        ),
        response_cache_config=ResponseCacheConfig(),
        # Uploads stream past this limit's check into the store, which enforces the exact limit (413).
        request_max_body_size=settings.max_upload_bytes + 1024 * 1024,
        debug=False,
    )


__all__ = ["create_app", "AsyncSession"]
