"""Quarterly indicators for the supervisor and the coordinator, as JSON and CSV."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, Response, get
from litestar.di import NamedDependency
from litestar.params import FromQuery
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.csv_export import export_language
from kundval.core.security import Role, requires_role
from kundval.domain.stats.indicators import Indicators, indicators, indicators_csv

readers = requires_role(Role.SUPERVISOR, Role.COORDINATOR)


class StatsController(Controller):
    path = "/api/stats"
    tags = ["stats"]

    @get("/indicators", guards=[readers], operation_id="getIndicators")
    async def get_indicators(self, quarter: FromQuery[str], db_session: NamedDependency[AsyncSession]) -> Indicators:
        """Per provider and intervention for ``quarter`` (YYYYQn)."""
        return await indicators(db_session, quarter)

    @get("/indicators.csv", guards=[readers], operation_id="getIndicatorsCsv")
    async def get_indicators_csv(
        self,
        quarter: FromQuery[str],
        request: Request[Any, Any, Any],
        db_session: NamedDependency[AsyncSession],
        lang: FromQuery[str | None] = None,
    ) -> Response[str]:
        """The same as CSV (semicolon-separated), in words: Swedish unless ``lang`` or Accept-Language asks for
        English."""
        data = await indicators(db_session, quarter)
        language = export_language(request, lang)
        name = "indicators" if language == "en" else "indikatorer"
        return Response(
            indicators_csv(data, language),
            media_type="text/csv",
            headers={"Content-Disposition": f'attachment; filename="{name}-{data.quarter}.csv"'},
        )
