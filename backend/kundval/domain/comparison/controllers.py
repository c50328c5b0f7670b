"""The public comparison: no login, cacheable, and nothing personal."""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

import msgspec
from litestar import Controller, Request, Response, get
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.errors import ApiError, register_messages
from kundval.core.openapi import ANSWERS_OPT
from kundval.core.security import public
from kundval.domain.comparison import service
from kundval.domain.comparison.schemas import PublicProvider, PublicProviders
from kundval.domain.interventions.catalogue import Intervention

register_messages(
    {"public.provider_not_found": ("Anordnaren finns inte i jämförelsen.", "The provider is not in the comparison.")}
)

# Shared caches may keep an answer for five minutes; after that a conditional request costs one 304.
CACHE_CONTROL = "public, max-age=300"


def _cached(request: Request[Any, Any, Any], body: Any) -> Response[Any]:
    encoded = msgspec.json.encode(body)
    etag = '"' + hashlib.sha256(encoded).hexdigest()[:32] + '"'
    headers = {"ETag": etag, "Cache-Control": CACHE_CONTROL, "Vary": "Accept-Language"}
    if etag in [tag.strip() for tag in request.headers.get("if-none-match", "").split(",")]:
        return Response(b"", status_code=304, headers=headers)
    return Response(encoded, media_type="application/json", headers=headers)


class PublicController(Controller):
    path = "/api/public/providers"
    tags = ["public"]

    @get("/", guards=[public], operation_id="listPublicProviders", opt={ANSWERS_OPT: (304,)})
    async def list_providers(
        self,
        request: Request[Any, Any, Any],
        db_session: NamedDependency[AsyncSession],
        intervention: FromQuery[Intervention | None] = None,
        language: FromQuery[str | None] = None,
        district: FromQuery[str | None] = None,
        industry: FromQuery[str | None] = None,
        target_group: FromQuery[str | None] = None,
        remote: FromQuery[bool | None] = None,
        group_activities: FromQuery[bool | None] = None,
    ) -> Response[PublicProviders]:
        """Authorized providers with approved profiles and results of the last 12 months; ETag-cacheable."""
        body = await service.public_providers(
            db_session,
            intervention=intervention,
            language=language,
            district=district,
            industry=industry,
            target_group=target_group,
            remote=remote,
            group_activities=group_activities,
        )
        return _cached(request, body)

    @get("/{provider_id:uuid}", guards=[public], operation_id="getPublicProvider", opt={ANSWERS_OPT: (304,)})
    async def get_provider(
        self,
        provider_id: FromPath[uuid.UUID],
        request: Request[Any, Any, Any],
        db_session: NamedDependency[AsyncSession],
    ) -> Response[PublicProvider]:
        """One provider's public page."""
        providers = await service.public_providers(db_session)
        provider = next((p for p in providers.items if p.id == provider_id), None)
        if provider is None:
            raise ApiError("public.provider_not_found", status_code=404)
        return _cached(request, provider)
