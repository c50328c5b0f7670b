"""The public comparison's figures and filters without a database: one provider's results from its ended cases, and
which providers a filter keeps (fast, so that the mutation run of comparison/service.py can afford them)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kundval.domain.cases.models import EndReason
from kundval.domain.comparison.schemas import MedianOut, ShareOut
from kundval.domain.comparison.service import GOAL_REACHED, _matches, results
from kundval.domain.interventions.catalogue import Intervention
from kundval.domain.profiles.models import ProviderProfile
from kundval.domain.providers.models import Provider
from kundval.domain.stats.figures import MIN_SAMPLE

PERIOD = (date(2026, 1, 1), date(2026, 12, 31))
START = date(2026, 3, 2)


def ended(reason: EndReason | None, days: int) -> tuple[EndReason | None, date | None, date | None]:
    return reason, START, START + timedelta(days=days)


def test_goal_reached_is_work_studies_or_own_business() -> None:
    # Routine 002 §7.1: work, studies or own business; no other reason counts toward the share.
    assert GOAL_REACHED == {EndReason.WORK, EndReason.STUDIES, EndReason.OWN_BUSINESS}


def test_results_at_the_minimum_sample_are_shown() -> None:
    rows = [
        ended(EndReason.WORK, 10),
        ended(EndReason.STUDIES, 20),
        ended(EndReason.OWN_BUSINESS, 30),
        ended(EndReason.SICK_LEAVE, 40),
        ended(EndReason.CLIENT_LEFT, 50),
    ]
    assert len(rows) == MIN_SAMPLE
    shown = results(Intervention.SAI, rows, PERIOD)
    assert shown.intervention == Intervention.SAI
    assert (shown.period_start, shown.period_end) == PERIOD
    assert shown.ended == MIN_SAMPLE and shown.min_sample == MIN_SAMPLE and shown.too_few is False
    # 3 of 5 to goal: Wilson 95 % [0.2307, 0.8824].
    assert shown.work_or_studies == ShareOut(
        pytest.approx(0.6), pytest.approx(0.2307, abs=1e-4), pytest.approx(0.8824, abs=1e-4)
    )
    # Durations 10..50 days: median 30, and at n = 5 the interval is the whole sample.
    assert shown.median_days == MedianOut(30.0, 10.0, 50.0)


def test_one_below_the_minimum_sample_shows_nothing() -> None:
    rows = [ended(EndReason.WORK, 10)] * (MIN_SAMPLE - 1)
    hidden = results(Intervention.SAI, rows, PERIOD)
    assert hidden.ended is None and hidden.too_few is True and hidden.min_sample == MIN_SAMPLE
    assert hidden.work_or_studies is None and hidden.median_days is None


def test_a_case_without_dates_counts_as_ended_but_has_no_duration() -> None:
    # Five ended, one of them without a start date: the share counts all five, the median only the four with dates
    # (too few for a median).
    rows = [ended(EndReason.WORK, 10)] * 4 + [(EndReason.WORK, None, START)]
    figures = results(Intervention.SAI, rows, PERIOD)
    assert figures.ended == 5 and figures.work_or_studies is not None
    assert figures.work_or_studies.value == pytest.approx(1.0)
    assert figures.median_days is None
    no_end = results(Intervention.SAI, [ended(EndReason.WORK, 10)] * 4 + [(EndReason.WORK, START, None)], PERIOD)
    assert no_end.median_days is None


def test_an_unknown_reason_is_not_goal_reached() -> None:
    rows = [ended(None, 10)] * MIN_SAMPLE
    figures = results(Intervention.SAI, rows, PERIOD)
    assert figures.work_or_studies is not None and figures.work_or_studies.value == 0.0


def provider(districts: list[str]) -> Provider:
    return Provider(name="P", email="p@example.org", org_number="556000-0000", districts=districts, addresses=[])


def profile(**fields: object) -> ProviderProfile:
    values: dict[str, object] = {
        "languages": [],
        "industries": [],
        "target_groups": [],
        "remote": False,
        "group_activities": False,
        **fields,
    }
    return ProviderProfile(**values)


def matches(p: Provider, prof: ProviderProfile | None, **wanted: object) -> bool:
    filters: dict[str, object] = {
        "language": None,
        "district": None,
        "industry": None,
        "target_group": None,
        "remote": None,
        "group_activities": None,
        **wanted,
    }
    return _matches(p, prof, **filters)  # type: ignore[arg-type]


def test_no_filter_keeps_every_provider_with_or_without_a_profile() -> None:
    assert matches(provider([]), None)
    assert matches(provider(["Centrum"]), profile())


@pytest.mark.parametrize(
    "field, key", [("languages", "language"), ("industries", "industry"), ("target_groups", "target_group")]
)
def test_profile_lists_match_without_regard_to_case(field: str, key: str) -> None:
    p = provider([])
    with_values = profile(**{field: ["Ar", "sv"]})
    assert matches(p, with_values, **{key: "aR"})
    assert matches(p, with_values, **{key: "SV"})
    assert not matches(p, with_values, **{key: "tr"})
    # A provider without an approved profile offers nothing a profile filter asks for.
    assert not matches(p, None, **{key: "sv"})
    # Each filter reads its own list: the other lists hold the wanted value, this one does not.
    others = profile(**{f: ["x"] for f in ("languages", "industries", "target_groups") if f != field})
    assert not matches(p, others, **{key: "x"})


def test_district_matches_the_providers_own_districts() -> None:
    assert matches(provider(["Centrum", "Fisksätra"]), None, district="fisksÄtra")
    assert not matches(provider(["Centrum"]), profile(), district="Älta")


@pytest.mark.parametrize("key", ["remote", "group_activities"])
def test_yes_no_filters_match_the_profile_either_way(key: str) -> None:
    p = provider([])
    yes, no = profile(**{key: True}), profile(**{key: False})
    assert matches(p, yes, **{key: True}) and not matches(p, no, **{key: True})
    assert matches(p, no, **{key: False}) and not matches(p, yes, **{key: False})
    # Without a profile the provider has said neither yes nor no.
    assert not matches(p, None, **{key: True}) and not matches(p, None, **{key: False})


def test_every_filter_must_hold() -> None:
    p = provider(["Centrum"])
    prof = profile(languages=["sv"], remote=True)
    assert matches(p, prof, language="sv", district="Centrum", remote=True)
    assert not matches(p, prof, language="sv", district="Älta", remote=True)
    assert not matches(p, prof, language="ar", district="Centrum", remote=True)
    assert not matches(p, prof, language="sv", district="Centrum", remote=False)
