"""Demo data of docs/api.md: one account per role with the password ``demo``, and five providers varied enough that
the public comparison's filters and its side-by-side view (up to three) have something to show.

Refuses to touch a database that holds accounts other than the demo ones, so it can never mix demo logins into
real data.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core import clock
from kundval.core.security import Role
from kundval.domain.accounts.models import User
from kundval.domain.accounts.service import create_user
from kundval.domain.cases.models import Case, CaseEvent, CaseStatus, EndReason
from kundval.domain.clients.models import Client
from kundval.domain.documents.models import Document, DocumentKind, DocumentReview, DocumentStatus, DocumentVersion
from kundval.domain.interventions.catalogue import INTERVENTIONS, Intervention
from kundval.domain.messages.service import notify_provider
from kundval.domain.profiles.models import ProfileStatus, ProviderProfile
from kundval.domain.providers.models import Provider, ProviderAuthorization

DEMO_PASSWORD = "demo"

PROVIDERS: dict[str, dict[str, Any]] = {
    "provider1": dict(
        org_number="556036-0793",
        name="Framtidsvägen AB",
        email="kundval@framtidsvagen.example",
        phone="08-123 456 70",
        districts=["Centrum", "Norr"],
        addresses=[{"street": "Storgatan 1", "postal_code": "131 40", "city": "Nacka"}],
    ),
    "provider2": dict(
        org_number="556703-7485",
        name="Steg Vidare Kompetens AB",
        email="ko@stegvidare.example",
        phone="08-765 432 10",
        districts=["Söder", "Centrum"],
        addresses=[{"street": "Värmdövägen 80", "postal_code": "131 54", "city": "Nacka"}],
    ),
    "provider3": dict(
        org_number="559123-4561",
        name="Arbetslinjen Boo AB",
        email="info@arbetslinjen.example",
        phone="08-555 010 20",
        districts=["Norr", "Boo"],
        addresses=[{"street": "Ormingeringen 12", "postal_code": "132 30", "city": "Saltsjö-Boo"}],
    ),
    "provider4": dict(
        org_number="556987-1238",
        name="Språkbron Utbildning AB",
        email="kontakt@sprakbron.example",
        phone="08-555 030 40",
        districts=["Söder", "Fisksätra", "Centrum"],
        addresses=[
            {"street": "Fisksätra torg 5", "postal_code": "133 41", "city": "Saltsjöbaden"},
            {"street": "Forumvägen 14", "postal_code": "131 53", "city": "Nacka"},
        ],
    ),
    "provider5": dict(
        org_number="559345-6782",
        name="Karriärstöd Digital AB",
        email="hej@karriarstod.example",
        phone=None,
        districts=["Centrum", "Norr", "Söder", "Boo"],
        addresses=[{"street": "Sickla industriväg 3", "postal_code": "131 34", "city": "Nacka"}],
    ),
}

# provider key -> (intervention, valid from, valid to or None); provider 5's reinforced job voucher has ended.
AUTHORIZATIONS: dict[str, list[tuple[Intervention, date, date | None]]] = {
    "provider1": [(code, date(2023, 1, 1), None) for code in Intervention],
    "provider2": [(code, date(2023, 1, 1), None) for code in Intervention],
    "provider3": [
        (Intervention.JOBBPENG_GRUND, date(2024, 1, 1), None),
        (Intervention.JOBBPENG_FORSTARKT, date(2024, 1, 1), None),
    ],
    "provider4": [(Intervention.SAI, date(2023, 6, 1), None)],
    "provider5": [
        (Intervention.JOBBPENG_GRUND, date(2023, 1, 1), None),
        (Intervention.JOBBPENG_FORSTARKT, date(2023, 1, 1), date(2024, 12, 31)),
        (Intervention.SAI, date(2024, 3, 1), None),
    ],
}


def demo_providers() -> dict[str, Provider]:
    """The demo providers with their authorizations, not yet added to a session (the tests' demo world too)."""
    return {
        key: Provider(
            **fields,
            authorizations=[
                ProviderAuthorization(intervention=code, valid_from=start, valid_to=end)
                for code, start, end in AUTHORIZATIONS[key]
            ],
        )
        for key, fields in PROVIDERS.items()
    }


# (first, last, birth date YYYYMMDD + serial, language, district, protected, counsellor, social assistance)
CLIENTS = [
    ("Amina", "Yusuf", "19950314123", "so", "Centrum", False, "counsellor", True),
    ("Erik", "Johansson", "20010522234", "sv", "Norr", False, "counsellor", False),
    ("Layla", "Hassan", "19880909345", "ar", "Söder", False, "counsellor", True),
    ("Mehmet", "Demir", "19790101456", "tr", "Centrum", False, "counsellor", True),
    ("Sofia", "Andersson", "19991231567", "sv", "Norr", False, "counsellor", False),
    ("Skyddad", "Person", "19850707678", "sv", "Söder", True, "counsellor", True),
    ("Tigist", "Bekele", "19920606789", "am", "Centrum", False, "counsellor2", True),
]

# client index -> (intervention, status, provider key, coach username, end reason)
CASES = [
    (0, Intervention.SAI, CaseStatus.DECIDED, None, None, None),
    (1, Intervention.JOBBPENG_GRUND, CaseStatus.QUEUED, "provider1", None, None),
    (2, Intervention.SAI, CaseStatus.CLAIMED, "provider1", "provider1-coach", None),
    (3, Intervention.JOBBPENG_FORSTARKT, CaseStatus.ACTIVE, "provider1", "provider1-coach", None),
    (4, Intervention.JOBBPENG_GRUND, CaseStatus.ENDED, "provider2", "provider2-coach", EndReason.WORK),
    (5, Intervention.JOBBPENG_FORSTARKT, CaseStatus.ACTIVE, "provider2", "provider2-coach", None),
    (6, Intervention.SAI, CaseStatus.QUEUED, "provider2", None, None),
]


def luhn_digit(nine_digits: str) -> str:
    """The check digit of a personal number's last ten digits (its first nine given)."""
    total = 0
    for index, char in enumerate(nine_digits):
        product = int(char) * (2 if index % 2 == 0 else 1)
        total += product // 10 + product % 10
    return str((10 - total % 10) % 10)


# username -> (name, roles, provider key or None)
ACCOUNTS: dict[str, tuple[str, list[Role], str | None]] = {
    "counsellor": ("Karin Lindqvist", [Role.COUNSELLOR], None),
    "counsellor2": ("Omar Haddad", [Role.COUNSELLOR], None),
    "coordinator": ("Eva Strand", [Role.COORDINATOR], None),
    "supervisor": ("Lars Berg", [Role.SUPERVISOR], None),
    "admin": ("Sara Nyström", [Role.ADMIN], None),
    "provider1-admin": ("Anna Ek", [Role.PROVIDER_ADMIN], "provider1"),
    "provider1-coach": ("Jonas Falk", [Role.PROVIDER_STAFF], "provider1"),
    "provider2-admin": ("Mira Holm", [Role.PROVIDER_ADMIN], "provider2"),
    "provider2-coach": ("Ali Karimi", [Role.PROVIDER_STAFF], "provider2"),
}


class RealDataPresent(RuntimeError):
    """The database holds accounts that are not demo accounts."""


async def seed_demo(session: AsyncSession) -> bool:
    """Create the demo data; returns False when it is there already. Raises :class:`RealDataPresent`."""
    usernames = set((await session.scalars(select(User.username))).all())
    foreign = usernames - ACCOUNTS.keys()
    if foreign:
        raise RealDataPresent(
            f"the database holds {len(foreign)} account(s) that are not demo accounts; refusing to add demo data"
        )
    if usernames:
        return False
    providers = demo_providers()
    session.add_all(providers.values())
    await session.flush()
    users: dict[str, User] = {}
    for username, (name, roles, provider_key) in ACCOUNTS.items():
        users[username] = await create_user(
            session,
            username=username,
            name=name,
            roles=roles,
            password=DEMO_PASSWORD,
            provider_id=providers[provider_key].id if provider_key else None,
            email=f"{username}@kundval.example",
            enforce_password_length=False,
        )
    await _seed_cases(session, providers, users)
    await _seed_plan_to_review(session, users)
    await _seed_comparison(session, providers, users)
    return True


async def _seed_plan_to_review(session: AsyncSession, users: dict[str, User]) -> None:
    """A plan handed in yesterday on provider 1's active case, so that the counsellor's start page has a review to
    do and the coach's a plan in review (the claimed case's first plan is already late: every start page shows
    work, issue 12)."""
    coach = users["provider1-coach"]
    case = await session.scalar(
        select(Case).where(Case.coach_id == coach.id, Case.status == CaseStatus.ACTIVE).order_by(Case.decision_date)
    )
    if case is None:
        return
    handed_in = clock.now() - timedelta(days=1)
    content = {
        "sections": {
            "goals": {"text": "Arbete inom vård och omsorg inom ett år; delmål: praktik inom två månader."},
            "activities": {
                "activities": [{"name": "Praktik", "hours_per_week": 24}, {"name": "SFI", "hours_per_week": 16}]
            },
            "client_part": {"text": "Kunden har varit med och valt praktikplats."},
            "other_actors": {"not_applicable_reason": "Inga andra aktörer."},
            "workplace": {"not_applicable_reason": "Praktikplatsen är inte bestämd ännu."},
        },
        "absences": [],
    }
    session.add(
        Document(
            case_id=case.id,
            kind=DocumentKind.IMPLEMENTATION_PLAN,
            status=DocumentStatus.SUBMITTED,
            created_by_id=coach.id,
            submitted_at=handed_in,
            draft_content=content,
            versions=[DocumentVersion(number=1, content=content, uploaded_by_id=coach.id)],
            reviews=[DocumentReview(version_number=1, action="submit", actor_id=coach.id, at=handed_in)],
        )
    )
    await session.flush()


async def _seed_cases(session: AsyncSession, providers: dict[str, Provider], users: dict[str, User]) -> None:
    """Clients and one case in every status, with the history each status implies."""
    today = clock.today()
    clients = []
    for first, last, digits, language, district, protected, counsellor, assistance in CLIENTS:
        client = Client(
            personal_number=digits + luhn_digit(digits[2:]),
            first_name=first,
            last_name=last,
            language=language,
            district=district,
            protected_identity=protected,
            social_assistance=assistance,
            counsellor_id=users[counsellor].id,
            search_name=f"{first} {last}".lower(),
            phone="070-123 45 67",
        )
        session.add(client)
        clients.append(client)
    await session.flush()
    path = [CaseStatus.DECIDED, CaseStatus.QUEUED, CaseStatus.CLAIMED, CaseStatus.ACTIVE, CaseStatus.ENDED]
    actions = {
        CaseStatus.DECIDED: "decide",
        CaseStatus.QUEUED: "queue",
        CaseStatus.CLAIMED: "claim",
        CaseStatus.ACTIVE: "publish",
        CaseStatus.ENDED: "end",
    }
    for number, (index, intervention, status, provider_key, coach, reason) in enumerate(CASES):
        client = clients[index]
        decided = today - timedelta(days=40 - number * 3)
        published = status in (CaseStatus.ACTIVE, CaseStatus.ENDED)
        case = Case(
            client_id=client.id,
            counsellor_id=client.counsellor_id,
            intervention=intervention,
            decision_date=decided,
            scope_percent=100,
            status=status,
            provider_id=providers[provider_key].id if provider_key else None,
            coach_id=users[coach].id if coach else None,
            start_date=decided + timedelta(days=3) if published else None,
            assignment="Kartlägg kundens erfarenheter och hitta en praktikplats inom två månader." if published else "",
            future_plan="Arbete inom vård och omsorg." if published else "",
            end_reason=reason,
            end_date=today - timedelta(days=2) if reason else None,
        )
        session.add(case)
        await session.flush()
        provider = providers[provider_key] if provider_key else None
        steps = path[: path.index(status) + 1]
        for step_number, step in enumerate(steps):
            actor = users[coach] if step == CaseStatus.CLAIMED and coach else users["counsellor"]
            session.add(
                CaseEvent(
                    case_id=case.id,
                    at=clock.now() - timedelta(days=len(steps) - step_number),
                    actor_id=actor.id,
                    action=actions[step],
                    from_status=steps[step_number - 1] if step_number else None,
                    to_status=step,
                    note=provider.name if provider and step == CaseStatus.QUEUED else "",
                )
            )
        if status == CaseStatus.QUEUED and provider:
            await notify_provider(
                session,
                provider.id,
                case.id,
                case.counsellor_id,
                kind="case_queued",
                params={"intervention": intervention, "decision_date": decided},
            )


PROFILES = {
    "provider1": dict(
        description="Vi coachar dig mot arbete inom vård, omsorg och service. Språkstöd på arabiska och somaliska.",
        languages=["sv", "en", "ar", "so"],
        industries=["Vård och omsorg", "Service"],
        specialisations=["Språkpraktik", "Arbetsträning"],
        target_groups=["Ekonomiskt bistånd", "Etableringen"],
        group_activities=True,
        remote=False,
        on_site=True,
        website="https://framtidsvagen.example",
    ),
    "provider2": dict(
        description="Individuell coachning och studievägledning, på plats eller på distans.",
        languages=["sv", "tr", "am", "ti"],
        industries=["Bygg", "Transport"],
        specialisations=["Studier"],
        target_groups=["18–24 år"],
        group_activities=False,
        remote=True,
        on_site=True,
        website=None,
    ),
    "provider3": dict(
        description="Vi matchar dig mot jobb inom lager, logistik och handel. Gruppträffar varje vecka och "
        "coachning på distans mellan träffarna.",
        languages=["sv", "en", "fa", "prs", "ckb"],
        industries=["Lager och logistik", "Handel"],
        specialisations=["Körkort och truckkort", "Arbetsträning"],
        target_groups=["Ekonomiskt bistånd", "Långtidsarbetslösa"],
        group_activities=True,
        remote=True,
        on_site=True,
        website="https://arbetslinjen.example",
    ),
    "provider4": dict(
        description="Språk- och arbetsintroduktion med praktik i restaurang, städ och fastighet. Svenska varje dag.",
        languages=["sv", "so", "ti", "am"],
        industries=["Restaurang", "Städ och fastighet"],
        specialisations=["Språkpraktik"],
        target_groups=["Etableringen", "Språket ett hinder"],
        group_activities=True,
        remote=False,
        on_site=True,
        website=None,
    ),
    "provider5": dict(
        description="Coachning helt på distans, med video och chatt: IT, ekonomi och administration.",
        languages=["sv", "en", "pl", "uk", "ru"],
        industries=["IT", "Ekonomi och administration"],
        specialisations=["Studier", "Digital kompetens"],
        target_groups=["18–24 år", "Akademiker"],
        group_activities=False,
        remote=True,
        on_site=False,
        website="https://karriarstod.example",
    ),
}

# Ended interventions in the last year, for the comparison: (provider, intervention, reason, days since end,
# length). Figures show (at least stats.figures.MIN_SAMPLE ended) for providers 1, 4 and 5 on SAI and provider 3
# on the basic job voucher; provider 2 (SAI) and provider 5 (basic job voucher) have too few to show.
ENDED_FOR_COMPARISON = [
    ("provider1", Intervention.SAI, EndReason.WORK, 20, 150),
    ("provider1", Intervention.SAI, EndReason.STUDIES, 45, 210),
    ("provider1", Intervention.SAI, EndReason.WORK, 60, 120),
    ("provider1", Intervention.SAI, EndReason.SICK_LEAVE, 90, 80),
    ("provider1", Intervention.SAI, EndReason.WORK, 120, 240),
    ("provider1", Intervention.SAI, EndReason.CLIENT_LEFT, 150, 60),
    ("provider1", Intervention.SAI, EndReason.OWN_BUSINESS, 200, 300),
    ("provider1", Intervention.SAI, EndReason.WORK, 260, 180),
    ("provider2", Intervention.SAI, EndReason.WORK, 30, 200),
    ("provider2", Intervention.SAI, EndReason.LACK_OF_TIME, 100, 90),
    ("provider3", Intervention.JOBBPENG_GRUND, EndReason.WORK, 15, 40),
    ("provider3", Intervention.JOBBPENG_GRUND, EndReason.WORK, 50, 65),
    ("provider3", Intervention.JOBBPENG_GRUND, EndReason.OTHER_INTERVENTION, 80, 30),
    ("provider3", Intervention.JOBBPENG_GRUND, EndReason.WORK, 110, 90),
    ("provider3", Intervention.JOBBPENG_GRUND, EndReason.STUDIES, 170, 55),
    ("provider3", Intervention.JOBBPENG_GRUND, EndReason.CLIENT_LEFT, 240, 20),
    ("provider4", Intervention.SAI, EndReason.WORK, 25, 270),
    ("provider4", Intervention.SAI, EndReason.STUDIES, 70, 300),
    ("provider4", Intervention.SAI, EndReason.STUDIES, 95, 240),
    ("provider4", Intervention.SAI, EndReason.WEAK_PROGRESSION, 130, 365),
    ("provider4", Intervention.SAI, EndReason.WORK, 180, 200),
    ("provider4", Intervention.SAI, EndReason.LONG_ABSENCE, 220, 150),
    ("provider4", Intervention.SAI, EndReason.WORK, 300, 330),
    ("provider5", Intervention.SAI, EndReason.WORK, 35, 120),
    ("provider5", Intervention.SAI, EndReason.WORK, 75, 100),
    ("provider5", Intervention.SAI, EndReason.UNFORESEEN, 140, 45),
    ("provider5", Intervention.SAI, EndReason.OWN_BUSINESS, 200, 180),
    ("provider5", Intervention.SAI, EndReason.WORK, 280, 140),
    ("provider5", Intervention.JOBBPENG_GRUND, EndReason.WORK, 40, 60),
    ("provider5", Intervention.JOBBPENG_GRUND, EndReason.CHANGED_PROVIDER, 160, 35),
]
COMPARISON_NAMES = [
    "Hodan", "Yonas", "Rami", "Elif", "Nadia", "Mustafa", "Sara", "Ahmed", "Leila", "Daniel",
    "Farida", "Goran", "Hawa", "Ivan", "Jamila", "Kerstin", "Liban", "Maryam", "Nils", "Olga",
    "Parisa", "Qadir", "Rahel", "Samir", "Tova", "Umar", "Vera", "Warsame", "Ylva", "Zahra", "Aron",
]  # fmt: skip


async def _seed_comparison(session: AsyncSession, providers: dict[str, Provider], users: dict[str, User]) -> None:
    """Approved public profiles, and past interventions so the comparison has results to show."""
    now = clock.now()
    for key, fields in PROFILES.items():
        session.add(
            ProviderProfile(
                provider_id=providers[key].id,
                status=ProfileStatus.APPROVED,
                # Providers 3-5 have no demo accounts: the coordinator entered their profiles.
                submitted_by_id=users.get(f"{key}-admin", users["coordinator"]).id,
                decided_by_id=users["coordinator"].id,
                decided_at=now,
                **fields,
            )
        )
    today = clock.today()
    for number, (key, intervention, reason, ago, length) in enumerate(ENDED_FOR_COMPARISON):
        digits = f"19{60 + number}{number % 12 + 1:02d}15{300 + number}"  # YYYYMMDD and a serial
        client = Client(
            personal_number=digits + luhn_digit(digits[2:]),
            first_name=COMPARISON_NAMES[number],
            last_name="Exempel",
            language="sv",
            district="Centrum",
            counsellor_id=users["counsellor2"].id,
            search_name=f"{COMPARISON_NAMES[number]} exempel".lower(),
        )
        session.add(client)
        await session.flush()
        end = today - timedelta(days=ago)
        start = end - timedelta(days=length)
        case = Case(
            client_id=client.id,
            counsellor_id=client.counsellor_id,
            intervention=intervention,
            decision_date=start - timedelta(days=7),
            start_date=start,
            status=CaseStatus.ENDED,
            provider_id=providers[key].id,
            coach_id=users[f"{key}-coach"].id if f"{key}-coach" in users else None,
            end_reason=reason,
            end_date=end,
            assignment=f"{INTERVENTIONS[intervention].name_sv}.",
            future_plan="Arbete.",
        )
        session.add(case)
        await session.flush()
        session.add(
            CaseEvent(
                case_id=case.id,
                at=now,
                actor_id=users["counsellor2"].id,
                action="end",
                from_status=CaseStatus.ACTIVE,
                to_status=CaseStatus.ENDED,
            )
        )
