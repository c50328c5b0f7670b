"""A realistic Kundval dataset, written straight into a PostgreSQL database of its own.

``python -m bench.generate --profile small`` creates the database ``kundval_bench_small`` on
``KUNDVAL_BENCH_POSTGRES`` (default ``postgresql://postgres@127.0.0.1:5432``), dropping one of that name first,
migrates it with Kundval's own migrations, and bulk-inserts (COPY, ``copy_records_to_table``) providers, staff,
counsellors, clients, cases in every status with their history, documents in every review state, absences,
messages and audit rows. ``--drop`` removes it again. It prints how long each part took.

The data is shaped so that every deadline rule has open obligations, on time and late: clients waiting unclaimed
in a queue, claimed cases not yet published, cases without a first plan a month on, plans and monthly reports
handed in and waiting for review, returned documents, months without a report (some over a month late, §7.6),
ended cases without a final report, sick spells past day 8 without a certificate, invalid absence registered late,
holiday leave over 14 days, and the longer interventions past their first year.

The demo accounts keep working (password ``demo``, as every generated account has): ``counsellor`` has 300 clients,
``supervisor`` sees every case, ``provider1`` holds 2 % of all cases (issue 11's realistic caseloads). The numbers of
a profile are derived from its number of cases with issue 11's national proportions (400 providers, 3 000 staff,
150 000 clients per 200 000 cases), so ``large`` is that national size.
"""

from __future__ import annotations

import argparse
import asyncio
import calendar
import json
import os
import random
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from typing import Any

import asyncpg
from sqlalchemy.ext.asyncio import create_async_engine

from kundval.core import clock
from kundval.core.migrate import upgrade
from kundval.demo import ACCOUNTS, AUTHORIZATIONS, DEMO_PASSWORD, PROVIDERS, luhn_digit
from kundval.domain.absence.rules import CERTIFICATE_FROM_DAY, MAX_HOLIDAY_LEAVE_DAYS
from kundval.domain.accounts.passwords import hash_password
from kundval.domain.interventions.catalogue import Intervention
from kundval.domain.reports.templates import TEMPLATES, SectionType

SERVER = os.environ.get("KUNDVAL_BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432").rstrip("/")
COUNSELLOR_CLIENTS = 300  # the Done-when's counsellor with 300 clients (issue 12)
PROVIDER1_SHARE = 0.02  # issue 11: "a provider with 2 % of all cases"


@dataclass(frozen=True)
class Profile:
    """How big a dataset is; everything but the case count follows issue 11's national proportions."""

    name: str
    cases: int

    @property
    def providers(self) -> int:
        return max(5, round(self.cases * 400 / 200_000))

    @property
    def staff(self) -> int:
        return max(2 * self.providers, round(self.cases * 3_000 / 200_000))

    @property
    def clients(self) -> int:
        return max(COUNSELLOR_CLIENTS + 50, round(self.cases * 150_000 / 200_000))

    @property
    def counsellors(self) -> int:
        # The demo counsellor holds 300 clients; the others share the rest at a caseload of about 300 each.
        return 2 + max(1, (self.clients - COUNSELLOR_CLIENTS) // 300)


PROFILES = {
    "small": Profile("small", 1_000),
    "medium": Profile("medium", 20_000),  # issue 12's supervisor over 20 000 cases; issue 11's 10 %
    "large": Profile("large", 200_000),  # issue 11's national size
}

UNIT_USERNAMES = ("coordinator", "supervisor", "admin")

FIRST_NAMES = (
    "Amina Erik Layla Mehmet Sofia Tigist Hodan Yonas Rami Elif Nadia Mustafa Sara Ahmed Leila Daniel Farida "
    "Goran Hawa Ivan Jamila Kerstin Liban Maryam Nils Olga Parisa Qadir Rahel Samir Tova Umar Vera Warsame Ylva "
    "Zahra Aron Anna Johan Maria Karl Fatima Ali Emma Lars Eva Per Ida Omar Hussein Mona Ebba Linnea"
).split()
LAST_NAMES = (
    "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Yusuf Hassan Demir "
    "Bekele Ali Mohamed Ahmadi Haddad Lindqvist Berg Holm Falk Ek Karimi Nyström Strand Öberg Åkesson Jovanović "
    "Kowalski Nguyen Rahimi Abdi Tesfaye Yilmaz Novak Sandberg Lund Forsberg Hosseini"
).split()
LANGUAGES = ("sv", "ar", "so", "ti", "fa", "prs", "tr", "am", "en", "pl", "uk", "ckb")
DISTRICTS = ("Centrum", "Norr", "Söder", "Boo", "Fisksätra", "Saltsjöbaden", "Orminge", "Sickla")
WORDS = (
    "Framtid Steg Vidare Arbete Linje Bro Språk Karriär Väg Nytt Jobb Kompass Start Kraft Mål Brygga Nästa"
).split()
INTERVENTION_WEIGHTS = {
    Intervention.JOBBPENG_GRUND.value: 40,
    Intervention.JOBBPENG_FORSTARKT.value: 35,
    Intervention.SAI.value: 25,
}
# The share of each status among the clients' current cases (an earlier case, when there is one, is ended).
STATUS_WEIGHTS = {"decided": 5, "queued": 4, "claimed": 3, "active": 50, "ended": 38}
END_REASONS = {
    "work": 30,
    "studies": 12,
    "own_business": 2,
    "other_intervention": 6,
    "other_authority": 5,
    "unforeseen": 10,
    "lack_of_time": 4,
    "sick_leave": 6,
    "provider_shortcomings": 2,
    "client_left": 8,
    "long_absence": 3,
    "weak_progression": 4,
}
ABSENCE_WEIGHTS = {"sick": 40, "child_care": 15, "other_actor": 15, "invalid": 12, "holiday_leave": 8, "other": 10}
# Whatever the size, the demo counsellor and provider 1's demo coach have a case in every status together, three
# clients waiting in provider 1's queue among them, so every size has the same kinds of obligations to list.
DEMO_CYCLE = ("queued", "queued", "queued", "claimed", "claimed", "active", "active", "active", "active", "ended")
CERTIFICATE_KINDS = {"sick": "medical_certificate", "child_care": "child_care_certificate"}
RETURN_COMMENT = "Målen behöver bli mer konkreta, och frånvaron i mitten av månaden saknar orsak."


def uuid7(when: datetime, rng: random.Random) -> uuid.UUID:
    """A UUIDv7 (RFC 9562) for an instant: ids sort by time, as the app's own do."""
    ms = int(when.timestamp() * 1000) & ((1 << 48) - 1)
    rand = rng.getrandbits(74)
    return uuid.UUID(int=ms << 80 | 0x7 << 76 | (rand >> 62) << 64 | 0b10 << 62 | (rand & ((1 << 62) - 1)))


def at(day: date, hour: int = 9, minute: int = 0) -> datetime:
    return datetime.combine(day, clock_time(hour, minute), UTC)


def month_key(day: date) -> str:
    return day.strftime("%Y-%m")


def months_between(first: date, last: date) -> Iterator[date]:
    """The first day of every month from ``first``'s through ``last``'s."""
    month = first.replace(day=1)
    while month <= last:
        yield month
        month = (month + timedelta(days=32)).replace(day=1)


def next_month(month: date) -> date:
    return (month + timedelta(days=32)).replace(day=1)


def org_number(serial: int) -> str:
    nine = f"55{serial:07d}"
    return f"{nine[:6]}-{nine[6:]}{luhn_digit(nine)}"


class Table:
    """Rows for one table, in a fixed column order, for COPY."""

    def __init__(self, name: str, columns: str) -> None:
        self.name = name
        self.columns = tuple(columns.split())
        self.rows: list[tuple[Any, ...]] = []

    def add(self, **values: Any) -> None:
        self.rows.append(tuple(values[column] for column in self.columns))


BASE = "id created_at updated_at "


@dataclass
class Dataset:
    """Every table's rows, in an order that satisfies the foreign keys."""

    provider: Table = field(
        default_factory=lambda: Table("provider", BASE + "org_number name email phone status addresses districts")
    )
    provider_authorization: Table = field(
        default_factory=lambda: Table("provider_authorization", BASE + "provider_id intervention valid_from valid_to")
    )
    user_account: Table = field(
        default_factory=lambda: Table("user_account", BASE + "username name email password_hash is_active provider_id")
    )
    user_role: Table = field(default_factory=lambda: Table("user_role", BASE + "user_id role"))
    provider_profile: Table = field(
        default_factory=lambda: Table(
            "provider_profile",
            BASE + "provider_id status description languages industries specialisations target_groups "
            "group_activities remote on_site website submitted_by_id decided_by_id decided_at decision_comment",
        )
    )
    stand_in: Table = field(
        default_factory=lambda: Table("stand_in", BASE + "counsellor_id stand_in_id valid_from valid_to created_by_id")
    )
    client: Table = field(
        default_factory=lambda: Table(
            "client",
            BASE + "personal_number first_name last_name email phone language district protected_identity "
            "social_assistance establishment_programme language_obstacle counsellor_id search_name",
        )
    )
    kundval_case: Table = field(
        default_factory=lambda: Table(
            "kundval_case",
            BASE + "client_id counsellor_id intervention decision_date assignment_date start_date planned_end_date "
            "scope_percent assignment future_plan status provider_id coach_id end_reason end_date previous_case_id "
            "chosen_provider_id chosen_at",
        )
    )
    case_event: Table = field(
        default_factory=lambda: Table("case_event", BASE + "case_id at actor_id action from_status to_status note")
    )
    document: Table = field(
        default_factory=lambda: Table(
            "document",
            BASE + "case_id kind month status created_by_id submitted_at returned_version draft_content",
        )
    )
    document_version: Table = field(
        default_factory=lambda: Table(
            "document_version",
            BASE + "document_id number object_key filename content_type size sha256 content uploaded_by_id",
        )
    )
    document_review: Table = field(
        default_factory=lambda: Table(
            "document_review", BASE + "document_id version_number action comment section_comments actor_id at"
        )
    )
    absence: Table = field(
        default_factory=lambda: Table(
            "absence",
            BASE + "case_id date_from date_to type hours note contact_attempts ground registered_by_id",
        )
    )
    # The deadline rules' own records (migration 0020): invalid absence the counsellor has acted on, and the yearly
    # reviews of progression that were held.
    absence_handled: Table = field(default_factory=lambda: Table("absence_handled", BASE + "absence_id handled_by_id"))
    progression_review: Table = field(
        default_factory=lambda: Table("progression_review", BASE + "case_id due note reviewed_by_id")
    )
    message: Table = field(
        default_factory=lambda: Table(
            "message", BASE + "case_id provider_id recipient_id sender_id kind params subject body read_at"
        )
    )
    audit_event: Table = field(
        default_factory=lambda: Table(
            "audit_event", "at user_id username roles provider_id action object_type object_id client_id detail"
        )
    )

    def tables(self) -> list[Table]:
        return [value for value in vars(self).values() if isinstance(value, Table)]


@dataclass(frozen=True)
class Person:
    id: uuid.UUID
    username: str
    roles: str
    provider_id: uuid.UUID | None = None


def _report_contents() -> dict[tuple[str, str], str]:
    """One complete structured content per (kind, intervention), as JSON: every section answered."""
    contents = {}
    for kind, template in TEMPLATES.items():
        for intervention in Intervention:
            sections: dict[str, Any] = {}
            for section in template.sections_for(intervention):
                if section.type == SectionType.ACTIVITIES:
                    sections[section.key] = {"activities": [{"name": "Praktik", "hours_per_week": 24.5}]}
                elif section.type == SectionType.DATE:
                    sections[section.key] = {"date": "2026-01-15"}
                elif section.type == SectionType.TEXT:
                    sections[section.key] = {"text": f"{section.title_sv}: enligt planen, inga avvikelser."}
            contents[(kind.value, intervention.value)] = json.dumps({"sections": sections, "absences": []})
    return contents


class Builder:
    """Builds a profile's rows in memory, deterministically from a seed."""

    def __init__(self, profile: Profile, today: date, seed: int = 12) -> None:
        self.profile = profile
        self.today = today
        self.now = at(today, 8)
        self.rng = random.Random(seed)
        self.data = Dataset()
        self.password_hash = hash_password(DEMO_PASSWORD)
        self.contents = _report_contents()
        self.personal_numbers: set[str] = set()
        self.counsellors: list[Person] = []
        self.unit: dict[str, Person] = {}
        self.providers: list[uuid.UUID] = []
        self.provider_weights: list[float] = []
        self.coaches: dict[uuid.UUID, list[Person]] = {}
        self.admins: dict[uuid.UUID, Person] = {}
        self._cumulative_weights: dict[tuple[tuple[str, int], ...], tuple[list[str], list[float]]] = {}

    def id(self, when: datetime) -> uuid.UUID:
        return uuid7(when, self.rng)

    def pick(self, weights: dict[str, int]) -> str:
        """A key of ``weights`` at random, in proportion to its weight."""
        key = tuple(weights.items())
        if key not in self._cumulative_weights:
            self._cumulative_weights[key] = (list(weights), list(self._cumulative(list(weights.values()))))
        keys, cumulative = self._cumulative_weights[key]
        return self.rng.choices(keys, cum_weights=cumulative)[0]

    # --- people and providers -------------------------------------------------------------------------------

    def user(self, username: str, name: str, roles: list[str], provider_id: uuid.UUID | None) -> Person:
        created = self.now - timedelta(days=800)
        user_id = self.id(created)
        self.data.user_account.add(
            id=user_id,
            created_at=created,
            updated_at=created,
            username=username,
            name=name,
            email=f"{username}@kundval.example",
            password_hash=self.password_hash,
            is_active=True,
            provider_id=provider_id,
        )
        for role in roles:
            self.data.user_role.add(
                id=self.id(created), created_at=created, updated_at=created, user_id=user_id, role=role
            )
        return Person(user_id, username, ",".join(roles), provider_id)

    def name(self) -> tuple[str, str]:
        return self.rng.choice(FIRST_NAMES), self.rng.choice(LAST_NAMES)

    def build_providers(self) -> None:
        created = self.now - timedelta(days=900)
        count = self.profile.providers
        # provider1 holds 2 % of the cases; the others share the rest unevenly, as real providers do.
        others = [self.rng.lognormvariate(0, 0.8) for _ in range(count - 1)]
        scale = (1 - PROVIDER1_SHARE) / sum(others)
        self.provider_weights = [PROVIDER1_SHARE, *(weight * scale for weight in others)]
        demo = list(PROVIDERS.values())
        for number in range(1, count + 1):
            provider_id = self.id(created)
            self.providers.append(provider_id)
            fields = demo[number - 1] if number <= 2 else None
            name = f"{self.rng.choice(WORDS)}{self.rng.choice(WORDS).lower()} {number} AB"
            self.data.provider.add(
                id=provider_id,
                created_at=created,
                updated_at=created,
                org_number=fields["org_number"] if fields else org_number(number),
                name=fields["name"] if fields else name,
                email=fields["email"] if fields else f"kundval@provider{number}.example",
                phone=fields["phone"] if fields else f"08-555 {number:06d}",
                status="authorized",
                addresses=json.dumps(
                    fields["addresses"]
                    if fields
                    else [{"street": f"Storgatan {number}", "postal_code": "131 40", "city": "Nacka"}]
                ),
                districts=json.dumps(fields["districts"] if fields else self.rng.sample(DISTRICTS, 2)),
            )
            grants = (
                AUTHORIZATIONS[f"provider{number}"]
                if number <= 2
                else [(c, date(2023, 1, 1), None) for c in Intervention]
            )
            for intervention, valid_from, valid_to in grants:
                self.data.provider_authorization.add(
                    id=self.id(created),
                    created_at=created,
                    updated_at=created,
                    provider_id=provider_id,
                    intervention=intervention.value,
                    valid_from=valid_from,
                    valid_to=valid_to,
                )

    def build_people(self) -> None:
        for username in ("counsellor", "counsellor2", *UNIT_USERNAMES):
            name, roles, _ = ACCOUNTS[username]
            person = self.user(username, name, [role.value for role in roles], None)
            if username.startswith("counsellor"):
                self.counsellors.append(person)
            else:
                self.unit[username] = person
        for number in range(3, self.profile.counsellors + 1):
            first, last = self.name()
            self.counsellors.append(self.user(f"counsellor{number}", f"{first} {last}", ["counsellor"], None))
        # Staff in proportion to each provider's share of the cases: an administrator and at least one coach each.
        coaches_left = self.profile.staff - 2 * len(self.providers)
        for number, (provider_id, weight) in enumerate(zip(self.providers, self.provider_weights, strict=True), 1):
            key = f"provider{number}"
            admin_name = ACCOUNTS[f"{key}-admin"][0] if number <= 2 else " ".join(self.name())
            self.admins[provider_id] = self.user(f"{key}-admin", admin_name, ["provider_admin"], provider_id)
            team = []
            for serial in range(1 + round(coaches_left * weight)):
                username = f"{key}-coach" if serial == 0 else f"{key}-coach{serial + 1}"
                coach_name = ACCOUNTS[username][0] if username in ACCOUNTS else " ".join(self.name())
                team.append(self.user(username, coach_name, ["provider_staff"], provider_id))
            self.coaches[provider_id] = team
        coordinator = self.unit["coordinator"]
        for provider_id in self.providers:
            decided = self.now - timedelta(days=300)
            self.data.provider_profile.add(
                id=self.id(decided),
                created_at=decided,
                updated_at=decided,
                provider_id=provider_id,
                status="approved",
                description="Individuell coachning mot arbete och studier, med praktik hos arbetsgivare i Nacka.",
                languages=json.dumps(["sv", *self.rng.sample(LANGUAGES[1:], 3)]),
                industries=json.dumps(self.rng.sample(["Vård och omsorg", "Bygg", "Handel", "IT", "Lager"], 2)),
                specialisations=json.dumps(["Arbetsträning"]),
                target_groups=json.dumps(["Ekonomiskt bistånd"]),
                group_activities=self.rng.random() < 0.5,
                remote=self.rng.random() < 0.4,
                on_site=True,
                website=None,
                submitted_by_id=self.admins[provider_id].id,
                decided_by_id=coordinator.id,
                decided_at=decided,
                decision_comment="",
            )
        # A stand-in today, so the counsellors' scoping has its second branch to walk.
        if len(self.counsellors) > 2:
            self.data.stand_in.add(
                id=self.id(self.now),
                created_at=self.now,
                updated_at=self.now,
                counsellor_id=self.counsellors[2].id,
                stand_in_id=self.counsellors[1].id,
                valid_from=self.today - timedelta(days=3),
                valid_to=self.today + timedelta(days=10),
                created_by_id=self.unit["supervisor"].id,
            )

    # --- clients and cases --------------------------------------------------------------------------------

    def personal_number(self) -> str:
        while True:
            born = date(1958, 1, 1) + timedelta(days=self.rng.randrange(48 * 365))
            digits = born.strftime("%Y%m%d") + f"{self.rng.randrange(1000):03d}"
            number = digits + luhn_digit(digits[2:])
            if number not in self.personal_numbers:
                self.personal_numbers.add(number)
                return number

    def build_clients_and_cases(self) -> None:
        clients = self.profile.clients
        cases_left = self.profile.cases
        # Every client has a current case; some (as many as the profile's cases exceed its clients) an earlier,
        # ended one too.
        second_share = max(0.0, (self.profile.cases - clients) / clients)
        cumulative = list(self._cumulative(self.provider_weights))
        for number in range(clients):
            counsellor = self.counsellors[0] if number < COUNSELLOR_CLIENTS else self._other_counsellor(number)
            client_id = self._client(counsellor)
            if cases_left <= 0:
                break
            previous: tuple[uuid.UUID, date, str | None] | None = None
            clients_left = clients - number
            # Earlier cases at random, and at the end as many as it takes to reach the profile's case count.
            if cases_left > clients_left and (self.rng.random() < second_share or cases_left >= 2 * clients_left):
                provider_id = self.rng.choices(self.providers, cum_weights=cumulative)[0]
                previous = self._case(client_id, counsellor, "ended", provider_id, None, earlier=True)
                cases_left -= 1
            if number < len(DEMO_CYCLE):
                # The demo accounts' own: the counsellor's first clients at provider 1, coached by its demo coach.
                status, provider_id = DEMO_CYCLE[number], self.providers[0]
                self._case(client_id, counsellor, status, provider_id, previous, coach=self.coaches[provider_id][0])
            else:
                status = self.pick(STATUS_WEIGHTS)
                provider_id = self.rng.choices(self.providers, cum_weights=cumulative)[0]
                self._case(client_id, counsellor, status, provider_id, previous)
            cases_left -= 1

    @staticmethod
    def _cumulative(weights: list[float] | list[int]) -> Iterator[float]:
        total = 0.0
        for weight in weights:
            total += weight
            yield total

    def _other_counsellor(self, number: int) -> Person:
        return self.counsellors[1 + number % (len(self.counsellors) - 1)]

    def _client(self, counsellor: Person) -> uuid.UUID:
        created = self.now - timedelta(days=self.rng.randrange(30, 900))
        client_id = self.id(created)
        first, last = self.name()
        protected = self.rng.random() < 0.01
        self.data.client.add(
            id=client_id,
            created_at=created,
            updated_at=created,
            personal_number=self.personal_number(),
            first_name=first,
            last_name=last,
            email=f"{first.lower()}.{self.rng.randrange(10_000)}@mail.example" if self.rng.random() < 0.6 else None,
            phone=f"070-{self.rng.randrange(1_000_000, 9_999_999)}",
            language=self.rng.choice(LANGUAGES),
            district=self.rng.choice(DISTRICTS),
            protected_identity=protected,
            social_assistance=self.rng.random() < 0.6,
            establishment_programme=self.rng.random() < 0.1,
            language_obstacle=self.rng.random() < 0.3,
            counsellor_id=counsellor.id,
            search_name=f"{first} {last}".lower(),
        )
        return client_id

    def _case(
        self,
        client_id: uuid.UUID,
        counsellor: Person,
        status: str,
        provider_id: uuid.UUID,
        previous: tuple[uuid.UUID, date, str | None] | None,
        *,
        earlier: bool = False,
        coach: Person | None = None,
    ) -> tuple[uuid.UUID, date, str | None]:
        """One case and everything that goes with its status; gives (id, end date, end reason) for a successor."""
        rng, today = self.rng, self.today
        intervention = Intervention(self.pick(INTERVENTION_WEIGHTS))
        coach = coach or rng.choice(self.coaches[provider_id])
        queued_on = claimed_on = published_on = end_date = None
        if status == "decided":
            decided = today - timedelta(days=rng.randrange(0, 21))
        elif status == "queued":
            decided = today - timedelta(days=rng.randrange(0, 15))
            queued_on = min(today, decided + timedelta(days=rng.randrange(0, 3)))
        elif status == "claimed":
            decided = today - timedelta(days=rng.randrange(1, 20))
            queued_on = min(today, decided + timedelta(days=rng.randrange(0, 2)))
            claimed_on = min(today, queued_on + timedelta(days=rng.randrange(0, 2)))
        else:
            longest = 200 if intervention == Intervention.JOBBPENG_GRUND else 480
            if status == "ended":
                published_on = today - timedelta(
                    days=rng.randrange(15, 700 if earlier else 420) + (400 if earlier else 0)
                )
                end_date = min(today - timedelta(days=1), published_on + timedelta(days=rng.randrange(20, longest)))
            else:
                published_on = today - timedelta(days=min(rng.randrange(0, longest), rng.randrange(0, longest)))
            claimed_on = published_on - timedelta(days=rng.randrange(0, 3))
            queued_on = claimed_on - timedelta(days=rng.randrange(0, 2))
            decided = queued_on - timedelta(days=rng.randrange(0, 6))
        # "Client changes provider" (§7): the successor points back when it was decided after the earlier case ended.
        linked = previous is not None and previous[2] == "changed_provider" and previous[1] <= decided
        assignment_date = queued_on if linked and queued_on else decided
        length = 183 if intervention == Intervention.JOBBPENG_GRUND else 365
        reason = self.pick(END_REASONS) if status == "ended" else None
        if earlier:
            reason = "changed_provider" if rng.random() < 0.3 else reason
        created = at(decided, 9)
        case_id = self.id(created)
        has_provider = status != "decided"
        has_coach = status in ("claimed", "active", "ended")
        self.data.kundval_case.add(
            id=case_id,
            created_at=created,
            updated_at=self.now,
            client_id=client_id,
            counsellor_id=counsellor.id,
            intervention=intervention.value,
            decision_date=decided,
            assignment_date=assignment_date,
            start_date=published_on,
            planned_end_date=published_on + timedelta(days=length) if published_on else None,
            scope_percent=100 if rng.random() < 0.85 else 50,
            assignment="Kartlägg kundens erfarenheter och hitta en praktikplats inom två månader."
            if published_on
            else "",
            future_plan="Arbete inom vård och omsorg." if published_on else "",
            status=status,
            provider_id=provider_id if has_provider else None,
            coach_id=coach.id if has_coach else None,
            end_reason=reason,
            end_date=end_date,
            previous_case_id=previous[0] if linked and previous else None,
            chosen_provider_id=provider_id if has_provider and rng.random() < 0.5 else None,
            chosen_at=at(decided, 12) if has_provider and rng.random() < 0.5 else None,
        )
        steps: list[tuple[str, str | None, str, date, Person]] = [("decide", None, "decided", decided, counsellor)]
        if queued_on:
            steps.append(("queue", "decided", "queued", queued_on, counsellor))
        if claimed_on:
            steps.append(("claim", "queued", "claimed", claimed_on, coach))
        if published_on:
            steps.append(("publish", "claimed", "active", published_on, counsellor))
        if end_date:
            steps.append(("end", "active", "ended", end_date, counsellor))
        for number, (action, from_status, to_status, day, actor) in enumerate(steps):
            moment = at(day, 9 + number, rng.randrange(60))
            self.data.case_event.add(
                id=self.id(moment),
                created_at=moment,
                updated_at=moment,
                case_id=case_id,
                at=moment,
                actor_id=actor.id,
                action=action,
                from_status=from_status,
                to_status=to_status,
                note="",
            )
            self.audit(moment, actor, action, "case", case_id, client_id)
        if status == "queued":
            self.message(
                at(queued_on or decided, 10),
                case_id,
                provider_id=provider_id,
                sender=counsellor,
                kind="case_queued",
                params={"intervention": intervention.value, "decision_date": decided.isoformat()},
            )
        if published_on:
            last_day = end_date or today
            self._documents(case_id, intervention.value, published_on, last_day, status, counsellor, coach)
            self._absences(case_id, published_on, last_day, counsellor, coach)
            if status == "active" and intervention != Intervention.JOBBPENG_GRUND:
                self._progression_reviews(case_id, published_on, counsellor)
        return case_id, end_date or today, reason

    # --- documents --------------------------------------------------------------------------------------

    def _document(
        self,
        case_id: uuid.UUID,
        kind: str,
        state: str,
        handed_in: date,
        counsellor: Person,
        coach: Person,
        *,
        intervention: str = "",
        month: str | None = None,
        file: bool = False,
    ) -> None:
        """A document in ``state``: missing (nothing), draft, submitted, returned, resubmitted or approved."""
        if state == "missing":
            return
        rng = self.rng
        created = at(handed_in - timedelta(days=rng.randrange(0, 4)), 8)
        submitted = at(handed_in, 10, rng.randrange(60))
        reviewed = at(min(self.today, handed_in + timedelta(days=rng.randrange(1, 6))), 14, rng.randrange(60))
        document_id = self.id(created)
        content = None if file else self.contents[(kind, intervention)]
        versions = 2 if state == "resubmitted" else 1
        status = {"resubmitted": "submitted"}.get(state, state)
        self.data.document.add(
            id=document_id,
            created_at=created,
            updated_at=max(created, reviewed if state in ("returned", "approved") else submitted),
            case_id=case_id,
            kind=kind,
            month=month,
            status=status,
            created_by_id=coach.id,
            submitted_at=None if state == "draft" else (reviewed if state == "resubmitted" else submitted),
            returned_version=1 if state in ("returned", "resubmitted") else None,
            draft_content=content if state == "draft" else None,
        )
        if state == "draft" and not file:
            return
        for number in range(1, versions + 1):
            moment = submitted if number == 1 else reviewed
            key = f"documents/{case_id}/{uuid.UUID(int=rng.getrandbits(128)).hex}" if file else None
            self.data.document_version.add(
                id=self.id(moment),
                created_at=moment,
                updated_at=moment,
                document_id=document_id,
                number=number,
                object_key=key,
                filename="intyg.pdf" if file else None,
                content_type="application/pdf" if file else None,
                size=48_213 if file else None,
                sha256=f"{rng.getrandbits(256):064x}" if file else None,
                content=content,
                uploaded_by_id=coach.id,
            )
        if state == "draft":
            return
        self.review(document_id, 1, "submit", coach, submitted)
        if state in ("returned", "resubmitted"):
            self.review(document_id, 1, "return", counsellor, reviewed, RETURN_COMMENT)
        if state == "resubmitted":
            self.review(document_id, 2, "submit", coach, reviewed + timedelta(hours=1))
        if state == "approved":
            self.review(document_id, 1, "approve", counsellor, reviewed)
        if state in ("submitted", "resubmitted"):
            self.message(
                submitted,
                case_id,
                recipient=counsellor,
                sender=coach,
                kind="document_submitted",
                params={"document_kind": kind, "version": str(versions)},
            )
        if state == "returned":
            self.message(
                reviewed,
                case_id,
                recipient=coach,
                sender=counsellor,
                kind="document_returned",
                params={"document_kind": kind, "comment": RETURN_COMMENT},
            )

    def review(
        self, document_id: uuid.UUID, version: int, action: str, actor: Person, moment: datetime, comment: str = ""
    ) -> None:
        self.data.document_review.add(
            id=self.id(moment),
            created_at=moment,
            updated_at=moment,
            document_id=document_id,
            version_number=version,
            action=action,
            comment=comment,
            section_comments="{}",
            actor_id=actor.id,
            at=moment,
        )

    def _documents(
        self,
        case_id: uuid.UUID,
        intervention: str,
        start: date,
        last_day: date,
        status: str,
        counsellor: Person,
        coach: Person,
    ) -> None:
        rng, today = self.rng, self.today
        # The first implementation plan (§6.3.1): within a month of the assignment, reviewed in 5 working days.
        if (today - start).days < 30 and status == "active":
            plan = self.pick({"missing": 45, "draft": 20, "submitted": 20, "returned": 5, "approved": 10})
        else:
            plan = self.pick({"approved": 88, "missing": 4, "submitted": 3, "returned": 3, "resubmitted": 2})
        plan_day = min(today, start + timedelta(days=rng.randrange(5, 32)))
        self._document(case_id, "implementation_plan", plan, plan_day, counsellor, coach, intervention=intervention)
        # Monthly reports (§6.4): one per month in the intervention, handed in 1st–7th of the next month.
        current = today.replace(day=1)
        for month in months_between(start, last_day):
            due_month = next_month(month)
            if due_month > current:
                break  # this month's report is not due yet
            if due_month == current:
                weights = (
                    {"missing": 40, "draft": 20, "submitted": 30, "approved": 10}
                    if today.day <= 7
                    else {"missing": 8, "draft": 5, "submitted": 22, "returned": 10, "resubmitted": 5, "approved": 50}
                )
            else:
                weights = {"approved": 95, "missing": 2, "submitted": 1, "returned": 1, "resubmitted": 1}
            state = self.pick(weights)
            latest = today if due_month == current else due_month + timedelta(days=20)
            handed_in = min(latest, due_month + timedelta(days=rng.randrange(0, 9)))
            self._document(
                case_id, "monthly_report", state, handed_in, counsellor, coach,
                intervention=intervention, month=month_key(month),
            )  # fmt: skip
        # The final report (§6.6): before the end; after an unforeseen end within 14 days of it.
        if status == "ended":
            recent = (today - last_day).days <= 30
            final = (
                self.pick({"missing": 45, "draft": 15, "submitted": 25, "approved": 15})
                if recent
                else self.pick({"approved": 92, "missing": 5, "submitted": 3})
            )
            day = min(today, last_day + timedelta(days=rng.randrange(-10, 12)))
            self._document(case_id, "final_report", final, day, counsellor, coach, intervention=intervention)

    # --- absences ----------------------------------------------------------------------------------------

    def _progression_reviews(self, case_id: uuid.UUID, start: date, counsellor: Person) -> None:
        """§7: a review of progression every year of the longer interventions; most are held, some are late."""
        year = 1
        while True:
            due = start.replace(year=start.year + year, day=min(start.day, 28))
            if due > self.today or self.rng.random() < 0.25:
                return
            held = at(min(self.today, due + timedelta(days=self.rng.randrange(-10, 5))), 11)
            self.data.progression_review.add(
                id=self.id(held),
                created_at=held,
                updated_at=held,
                case_id=case_id,
                due=due,
                note="Progressionen följd upp med kunden och anordnaren.",
                reviewed_by_id=counsellor.id,
            )
            year += 1

    def _absences(self, case_id: uuid.UUID, start: date, last_day: date, counsellor: Person, coach: Person) -> None:
        """About one registration a month in the last year of the case, two slots a month so none overlap."""
        rng, today = self.rng, self.today
        first_month = max(start.replace(day=1), (last_day - timedelta(days=365)).replace(day=1))
        for month in months_between(first_month, last_day):
            days_in_month = calendar.monthrange(month.year, month.month)[1]
            slot_end = month.replace(day=12)
            for slot_start in (month, month.replace(day=15)):
                if rng.random() > 0.55:
                    continue
                kind = self.pick(ABSENCE_WEIGHTS)
                offset = rng.randrange(0, 5)
                length = rng.randrange(1, 4)
                if kind in CERTIFICATE_KINDS and rng.random() < 0.12 and slot_start.day == 1:
                    length = rng.randrange(CERTIFICATE_FROM_DAY, 19)  # a spell that needs a certificate
                elif kind == "holiday_leave":
                    long_leave = rng.random() < 0.08 and slot_start.day == 1
                    length = rng.randrange(MAX_HOLIDAY_LEAVE_DAYS + 2, 21) if long_leave else rng.randrange(3, 11)
                elif kind == "other" and rng.random() < 0.5:
                    length = 1
                date_from = slot_start + timedelta(days=offset)
                date_to = date_from + timedelta(days=length - 1)
                limit = (
                    slot_end
                    if slot_start.day == 1 and length < CERTIFICATE_FROM_DAY
                    else month.replace(day=days_in_month)
                )
                if date_to > limit and slot_start.day != 1:
                    continue
                if date_from < start or date_to > last_day or date_to >= today:
                    continue
                # Registered the same or the next day mostly; invalid absence now and then too late (§3.6.4).
                delay = rng.choice((0, 0, 1, 1, 1, 2, 4)) if kind == "invalid" else rng.randrange(0, 3)
                registered = at(min(today, date_to + timedelta(days=delay)), 15, rng.randrange(60))
                attempts = (
                    [(date_from - timedelta(days=d)).isoformat() for d in (0, 0, 1)][:3] if kind == "invalid" else []
                )
                absence_id = self.id(registered)
                self.data.absence.add(
                    id=absence_id,
                    created_at=registered,
                    updated_at=registered,
                    case_id=case_id,
                    date_from=date_from,
                    date_to=date_to,
                    type=kind,
                    hours=rng.randrange(2, 6) if kind == "other" and length == 1 else None,
                    note="",
                    contact_attempts=json.dumps(attempts),
                    ground=rng.choice(("unreachable", "no_show", "unacceptable_reason")) if kind == "invalid" else None,
                    registered_by_id=coach.id,
                )
                if kind == "invalid" and (today - registered.date()).days > 4 and rng.random() < 0.85:
                    handled = registered + timedelta(days=rng.randrange(1, 4))
                    self.data.absence_handled.add(
                        id=self.id(handled),
                        created_at=handled,
                        updated_at=handled,
                        absence_id=absence_id,
                        handled_by_id=counsellor.id,
                    )
                if kind in CERTIFICATE_KINDS and length >= CERTIFICATE_FROM_DAY:
                    # Most certificates arrive within the week after day 8; some never do (an open demand).
                    handed_in = date_from + timedelta(days=CERTIFICATE_FROM_DAY - 1 + rng.randrange(0, 10))
                    if rng.random() < 0.7 and handed_in <= today:
                        state = self.pick({"submitted": 30, "approved": 70})
                        self._document(
                            case_id, CERTIFICATE_KINDS[kind], state, handed_in, coach, coach, file=True
                        )  # fmt: skip
                if length >= CERTIFICATE_FROM_DAY:
                    break  # a long spell fills the month

    # --- messages and audit ------------------------------------------------------------------------------

    def message(
        self,
        moment: datetime,
        case_id: uuid.UUID,
        *,
        sender: Person,
        kind: str,
        params: dict[str, str],
        provider_id: uuid.UUID | None = None,
        recipient: Person | None = None,
    ) -> None:
        self.data.message.add(
            id=self.id(moment),
            created_at=moment,
            updated_at=moment,
            case_id=case_id,
            provider_id=provider_id,
            recipient_id=recipient.id if recipient else None,
            sender_id=sender.id,
            kind=kind,
            params=json.dumps(params),
            subject="",
            body="",
            read_at=None if self.rng.random() < 0.6 else moment + timedelta(hours=2),
        )

    def audit(
        self, moment: datetime, actor: Person, action: str, object_type: str, object_id: uuid.UUID, client_id: uuid.UUID
    ) -> None:
        self.data.audit_event.add(
            at=moment,
            user_id=actor.id,
            username=actor.username,
            roles=actor.roles,
            provider_id=actor.provider_id,
            action=action,
            object_type=object_type,
            object_id=object_id,
            client_id=client_id,
            detail="",
        )

    def build(self) -> Dataset:
        self.build_providers()
        self.build_people()
        self.build_clients_and_cases()
        return self.data


# --- the database ------------------------------------------------------------------------------------------


def database_name(profile: str) -> str:
    return f"kundval_bench_{profile}"


def database_url(name: str, driver: str = "postgresql+asyncpg") -> str:
    return f"{driver}://{SERVER.split('://', 1)[1]}/{name}"


async def create_database(name: str) -> None:
    connection = await asyncpg.connect(f"{SERVER}/postgres")
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()


async def drop_database(name: str) -> None:
    connection = await asyncpg.connect(f"{SERVER}/postgres")
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await connection.close()


async def migrate(name: str) -> None:
    engine = create_async_engine(database_url(name))
    try:
        await upgrade(engine)
    finally:
        await engine.dispose()


@contextmanager
def timed(label: str, timings: dict[str, float]) -> Iterator[None]:
    started = time.perf_counter()
    yield
    timings[label] = time.perf_counter() - started
    print(f"  {label:<34} {timings[label]:7.1f} s", flush=True)


async def write(name: str, data: Dataset, timings: dict[str, float]) -> dict[str, int]:
    """COPY every table, in foreign-key order, in one transaction; then ANALYZE, as after any bulk load."""
    counts = {}
    connection = await asyncpg.connect(f"{SERVER}/{name}")
    try:
        present = {
            row["table_name"]
            for row in await connection.fetch(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
            )
        }
        async with connection.transaction():
            for table in data.tables():
                if table.name not in present:
                    # A table of a later migration than this checkout has: its rows are left out.
                    print(f"  skip {table.name} ({len(table.rows):,}): not in this schema", flush=True)
                    continue
                with timed(f"copy {table.name} ({len(table.rows):,})", timings):
                    await connection.copy_records_to_table(table.name, records=table.rows, columns=table.columns)
                counts[table.name] = len(table.rows)
        with timed("analyze", timings):
            await connection.execute("ANALYZE")
    finally:
        await connection.close()
    return counts


@dataclass(frozen=True)
class Generated:
    profile: Profile
    database: str
    counts: dict[str, int]
    seconds: float

    @property
    def url(self) -> str:
        return database_url(self.database)


async def generate(profile: Profile, name: str | None = None, *, seed: int = 12) -> Generated:
    """Create, migrate and fill the profile's database; prints each part's time."""
    name = name or database_name(profile.name)
    timings: dict[str, float] = {}
    started = time.perf_counter()
    print(f"generating {profile.name} ({profile.cases:,} cases) into {name}", flush=True)
    with timed("create database", timings):
        await create_database(name)
    with timed("migrate (Kundval's migrations)", timings):
        await migrate(name)
    with timed("build rows", timings):
        data = Builder(profile, clock.today(), seed).build()
    counts = await write(name, data, timings)
    seconds = time.perf_counter() - started
    print(f"  {'total':<34} {seconds:7.1f} s", flush=True)
    return Generated(profile, name, counts, seconds)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--profile", choices=sorted(PROFILES), default="small")
    parser.add_argument("--database", help="the database's name (default kundval_bench_<profile>)")
    parser.add_argument("--seed", type=int, default=12, help="the same seed gives the same data")
    parser.add_argument("--drop", action="store_true", help="drop the profile's database instead")
    args = parser.parse_args(argv)
    profile = PROFILES[args.profile]
    name = args.database or database_name(profile.name)
    if args.drop:
        asyncio.run(drop_database(name))
        print(f"dropped {name}")
        return
    generated = asyncio.run(generate(profile, name, seed=args.seed))
    print(", ".join(f"{table} {count:,}" for table, count in generated.counts.items()))
    print(f"KUNDVAL_DATABASE_URL={generated.url}")


if __name__ == "__main__":
    main()
