"""public_providers straight against the database with the clock fixed: only authorized providers with a current
authorization, the newest approved profile, results over the last 12 months from ended cases only (both ends of the
period included), and each filter (DOMAIN: the client compares authorized providers in the public view)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import time_machine
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from kundval.core.clock import MUNICIPALITY_TZ
from kundval.core.security import Role
from kundval.domain.cases.models import Case, CaseStatus, EndReason
from kundval.domain.comparison.schemas import MedianOut, PublicProviders
from kundval.domain.comparison.service import RESULTS_PERIOD_DAYS, public_providers
from kundval.domain.interventions.catalogue import Intervention
from kundval.domain.profiles.models import ProfileStatus, ProviderProfile
from kundval.domain.providers.models import Provider, ProviderAuthorization, ProviderStatus
from kundval.domain.providers.schemas import Address
from tests.factories import make_client, make_user, org_number

TODAY = date(2026, 10, 20)
PERIOD_START = TODAY - timedelta(days=RESULTS_PERIOD_DAYS)  # 2025-10-20
NEW_PROFILE_AT = datetime(2026, 6, 1, 9, tzinfo=UTC)


async def _world(engine: AsyncEngine) -> None:
    async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:

        def provider(name: str, status: ProviderStatus, *grants: tuple[Intervention, date, date | None]) -> Provider:
            return Provider(
                name=name,
                email=f"{name[0].lower()}@example.org",
                phone="08-123 45",
                status=status,
                org_number=org_number(),
                districts=["Centrum"] if name == "Alfa AB" else ["Älta"],
                addresses=[{"street": "Storgatan 1", "postal_code": "131 40", "city": "Nacka"}],
                authorizations=[ProviderAuthorization(intervention=i, valid_from=f, valid_to=t) for i, f, t in grants],
            )

        beta = provider(
            "Beta AB",
            ProviderStatus.AUTHORIZED,
            (Intervention.SAI, date(2025, 1, 1), None),
            (Intervention.JOBBPENG_FORSTARKT, date(2025, 1, 1), TODAY),
        )  # valid to today, included
        alfa = provider(
            "Alfa AB",
            ProviderStatus.AUTHORIZED,
            (Intervention.SAI, date(2025, 1, 1), None),
            (Intervention.JOBBPENG_GRUND, date(2025, 1, 1), TODAY - timedelta(days=1)),
        )  # lapsed
        suspended = provider("Cesar AB", ProviderStatus.SUSPENDED, (Intervention.SAI, date(2025, 1, 1), None))
        later = provider("Delta AB", ProviderStatus.AUTHORIZED, (Intervention.SAI, TODAY + timedelta(days=1), None))
        session.add_all([beta, alfa, suspended, later])
        await session.flush()
        # Alfa's newest approved profile wins over an older approved one and a newer pending one; Beta has only a
        # rejected one.
        session.add_all(
            [
                ProviderProfile(
                    provider_id=alfa.id,
                    status=ProfileStatus.APPROVED,
                    description="Ny",
                    languages=["ar", "sv"],
                    industries=["Bygg"],
                    specialisations=["Svenska"],
                    target_groups=["Unga"],
                    remote=True,
                    group_activities=True,
                    on_site=False,
                    website="https://alfa.example",
                    decided_at=NEW_PROFILE_AT,
                ),
                ProviderProfile(
                    provider_id=alfa.id,
                    status=ProfileStatus.APPROVED,
                    description="Gammal",
                    languages=["sv"],
                    decided_at=datetime(2026, 1, 1, tzinfo=UTC),
                ),
                ProviderProfile(
                    provider_id=alfa.id, status=ProfileStatus.PENDING, description="Förslag", languages=["fi"]
                ),
                ProviderProfile(
                    provider_id=beta.id,
                    status=ProfileStatus.REJECTED,
                    description="Nej",
                    languages=["tr"],
                    remote=True,
                    decided_at=datetime(2026, 2, 1, tzinfo=UTC),
                ),
            ]
        )
        counsellor = await make_user(session, "counsellor-cmp", [Role.COUNSELLOR])

        async def case(
            provider: Provider,
            end: date | None,
            length: int | None,
            reason: EndReason | None,
            status: CaseStatus = CaseStatus.ENDED,
            intervention: Intervention = Intervention.SAI,
        ) -> None:
            client = await make_client(session, counsellor.id)
            start = end - timedelta(days=length) if end and length is not None else None
            session.add(
                Case(
                    client_id=client.id,
                    counsellor_id=counsellor.id,
                    intervention=intervention,
                    decision_date=date(2025, 1, 1),
                    start_date=start,
                    end_date=end,
                    end_reason=reason,
                    status=status,
                    provider_id=provider.id,
                )
            )
            await session.flush()

        # Alfa, SAI: five ended in the period, on its first and its last day included; 3 of 5 reached the goal.
        await case(alfa, PERIOD_START, 10, EndReason.WORK)
        await case(alfa, TODAY, 20, EndReason.STUDIES)
        await case(alfa, date(2026, 3, 1), 30, EndReason.OWN_BUSINESS)
        await case(alfa, date(2026, 4, 1), 40, EndReason.SICK_LEAVE)
        await case(alfa, date(2026, 5, 1), 50, EndReason.CLIENT_LEFT)
        await case(alfa, PERIOD_START - timedelta(days=1), 60, EndReason.WORK)  # the day before the period
        await case(alfa, date(2026, 5, 2), None, EndReason.WORK)  # never started: not counted
        await case(alfa, date(2026, 5, 3), 5, EndReason.WORK, CaseStatus.ACTIVE)  # not ended
        await case(alfa, TODAY + timedelta(days=1), 5, EndReason.WORK)  # an end recorded ahead: not yet in
        for _ in range(5):  # the lapsed intervention's results are not shown
            await case(alfa, date(2026, 5, 4), 5, EndReason.WORK, intervention=Intervention.JOBBPENG_GRUND)
        await case(beta, date(2026, 5, 5), 5, EndReason.WORK)  # one: too few
        for _ in range(5):
            await case(suspended, date(2026, 5, 5), 5, EndReason.WORK)


async def _compare(engine: AsyncEngine, **filters: object) -> PublicProviders:
    with time_machine.travel(datetime.combine(TODAY, time(12), MUNICIPALITY_TZ), tick=False):
        async with AsyncSession(engine) as session:
            return await public_providers(session, **filters)  # type: ignore[arg-type]


async def test_the_comparison_in_full(engine: AsyncEngine) -> None:
    await _world(engine)
    compared = await _compare(engine)
    assert (compared.total, compared.period_start, compared.period_end) == (2, PERIOD_START, TODAY)
    alfa, beta = compared.items
    assert (alfa.name, beta.name) == ("Alfa AB", "Beta AB")  # by name
    async with AsyncSession(engine) as session:
        ids = {p.name: p.id for p in (await session.scalars(select(Provider))).all()}
    assert (alfa.id, beta.id) == (ids["Alfa AB"], ids["Beta AB"])
    assert alfa.interventions == [Intervention.SAI]
    assert beta.interventions == [Intervention.JOBBPENG_FORSTARKT, Intervention.SAI]
    assert (alfa.email, alfa.phone, alfa.districts) == ("a@example.org", "08-123 45", ["Centrum"])
    assert alfa.addresses == [Address("Storgatan 1", "131 40", "Nacka")]
    assert (alfa.description, alfa.languages, alfa.industries, alfa.specialisations, alfa.target_groups) == (
        "Ny",
        ["ar", "sv"],
        ["Bygg"],
        ["Svenska"],
        ["Unga"],
    )
    assert (alfa.remote, alfa.group_activities, alfa.on_site, alfa.website) == (
        True,
        True,
        False,
        "https://alfa.example",
    )
    assert alfa.profile_updated_at == NEW_PROFILE_AT
    # Without an approved profile: the defaults, never the rejected proposal.
    assert (beta.description, beta.languages, beta.industries, beta.specialisations, beta.target_groups) == (
        "",
        [],
        [],
        [],
        [],
    )
    assert (beta.remote, beta.group_activities, beta.on_site, beta.website, beta.profile_updated_at) == (
        False,
        False,
        True,
        None,
        None,
    )
    [sai] = alfa.results
    assert (sai.intervention, sai.period_start, sai.period_end) == (Intervention.SAI, PERIOD_START, TODAY)
    assert sai.ended == 5 and not sai.too_few
    assert sai.work_or_studies is not None and round(sai.work_or_studies.value, 4) == 0.6
    assert sai.median_days == MedianOut(30.0, 10.0, 50.0)
    assert [(r.intervention, r.ended, r.too_few) for r in beta.results] == [
        (Intervention.JOBBPENG_FORSTARKT, None, True),
        (Intervention.SAI, None, True),
    ]


async def test_each_filter(engine: AsyncEngine) -> None:
    await _world(engine)

    async def names(**filters: object) -> list[str]:
        return [p.name for p in (await _compare(engine, **filters)).items]

    sai = await _compare(engine, intervention=Intervention.SAI)
    assert [p.name for p in sai.items] == ["Alfa AB", "Beta AB"]
    assert [[r.intervention for r in p.results] for p in sai.items] == [[Intervention.SAI], [Intervention.SAI]]
    assert sai.items[1].interventions == [Intervention.JOBBPENG_FORSTARKT, Intervention.SAI]  # all it offers
    assert await names(intervention=Intervention.JOBBPENG_FORSTARKT) == ["Beta AB"]
    assert await names(intervention=Intervention.JOBBPENG_GRUND) == []
    assert await names(language="AR") == ["Alfa AB"]
    assert await names(language="fi") == []  # the pending profile is not public
    assert await names(district="älta") == ["Beta AB"]
    assert await names(industry="bygg", target_group="UNGA") == ["Alfa AB"]
    assert await names(industry="vård") == [] and await names(target_group="äldre") == []
    assert await names(remote=True) == ["Alfa AB"]
    assert await names(remote=False) == []
    assert await names(group_activities=True) == ["Alfa AB"]
    assert (await _compare(engine, language="tr")).total == 0
