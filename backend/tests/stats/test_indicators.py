"""The quarterly indicators (stats/indicators.py) against a hand-computed fixture, straight against the database and
with the clock fixed, so that every boundary of the definitions in the module's docstring is on one side or the
other: the first and last day of the quarter, a plan handed in on its 30th day, a monthly report on the 7th, a
deadline that is today, a submission at 00:30 Swedish time on the day after the quarter."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import UTC, date, datetime, time, timedelta

import pytest
import time_machine
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from kundval.core.clock import MUNICIPALITY_TZ
from kundval.core.errors import ApiError
from kundval.core.security import Role
from kundval.domain.cases.models import Case, CaseStatus, EndReason
from kundval.domain.comparison.schemas import MedianOut, ShareOut
from kundval.domain.documents.models import Document, DocumentKind, DocumentReview
from kundval.domain.interventions.catalogue import Intervention
from kundval.domain.providers.models import Provider
from kundval.domain.stats.indicators import Count, IndicatorRow, Indicators, indicators, indicators_csv, quarter_bounds
from tests.factories import make_client, make_user, org_number

TODAY = date(2026, 10, 7)  # September's report is due today and the plan of a case decided on 7 September
PLAN, REPORT = DocumentKind.IMPLEMENTATION_PLAN, DocumentKind.MONTHLY_REPORT


def d(month: int, day: int, year: int = 2026) -> date:
    return date(year, month, day)


def noon(day: date) -> datetime:
    return datetime.combine(day, time(12), tzinfo=MUNICIPALITY_TZ)


@pytest.mark.parametrize(
    ("quarter", "first", "last"),
    [
        ("2026Q1", d(1, 1), d(3, 31)),
        ("2026q2", d(4, 1), d(6, 30)),
        (" 2026Q3 ", d(7, 1), d(9, 30)),
        ("2028Q4", d(10, 1, 2028), d(12, 31, 2028)),
    ],
)
def test_quarter_bounds(quarter: str, first: date, last: date) -> None:
    assert quarter_bounds(quarter) == (first, last)


@pytest.mark.parametrize("quarter", ["2026Q5", "2026Q0", "26Q1", "2026-Q1", "2026Q1x", ""])
def test_a_badly_written_quarter_is_refused(quarter: str) -> None:
    with pytest.raises(ApiError) as refused:
        quarter_bounds(quarter)
    assert refused.value.status_code == 422 and refused.value.key == "stats.bad_quarter"
    assert refused.value.extra == [{"key": "quarter", "message": "YYYYQn"}]  # the field and the form it wants


async def _world(engine: AsyncEngine) -> None:
    async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
        beta = Provider(name="Beta AB", email="b@example.org", org_number=org_number())
        alfa = Provider(name="Alfa AB", email="a@example.org", org_number=org_number())
        session.add_all([beta, alfa])
        await session.flush()
        counsellor = await make_user(session, "counsellor-ind", [Role.COUNSELLOR])

        async def case(
            provider: Provider | None,
            decision: date,
            start: date | None,
            end: date | None,
            reason: EndReason | None,
            status: CaseStatus | None = None,
            intervention: Intervention = Intervention.SAI,
            assignment: date | None = None,
        ) -> Case:
            client = await make_client(session, counsellor.id)
            status = status or (CaseStatus.ENDED if end else CaseStatus.ACTIVE if start else CaseStatus.QUEUED)
            row = Case(
                client_id=client.id,
                counsellor_id=counsellor.id,
                intervention=intervention,
                decision_date=decision,
                assignment_date=assignment or decision,
                start_date=start,
                end_date=end,
                end_reason=reason,
                status=status,
                provider_id=provider.id if provider else None,
            )
            session.add(row)
            await session.flush()
            return row

        async def document(
            of: Case, kind: DocumentKind, month: str | None = None, reviews: tuple[tuple[str, datetime], ...] = ()
        ) -> None:
            row = Document(case_id=of.id, kind=kind, month=month)
            session.add(row)
            await session.flush()
            for action, at in reviews:
                session.add(DocumentReview(document_id=row.id, version_number=1, action=action, at=at))

        # Alfa, SAI: the case-by-case fixture.
        await case(alfa, d(6, 1), d(6, 5), d(7, 10), EndReason.WORK)  # c1: ended in the quarter after 35 days
        c2 = await case(alfa, d(7, 1), d(7, 1), d(9, 30), EndReason.STUDIES)  # first and last day
        await document(c2, PLAN, reviews=(("submit", noon(d(7, 31))), ("approve", noon(d(8, 2)))))  # day 30
        # Handed in at 00:30 on 1 October in Sweden (22:30 UTC on 30 September): outside the quarter's reviews,
        # on time for September's report.
        await document(c2, REPORT, "2026-09", reviews=(("submit", datetime(2026, 9, 30, 22, 30, tzinfo=UTC)),))
        # Submissions on the quarter's first day and at 23:30 Swedish time on its last day are in the quarter.
        await document(c2, DocumentKind.THREE_PARTY_AGREEMENT, reviews=(("submit", noon(d(7, 1))),))
        await document(c2, DocumentKind.FINAL_REPORT, reviews=(("submit", datetime(2026, 9, 30, 21, 30, tzinfo=UTC)),))
        # c3: decided on the quarter's last day, its plan handed in within 30 days (after the quarter).
        c3 = await case(alfa, d(9, 30), None, None, None, CaseStatus.CLAIMED)
        await document(c3, PLAN, reviews=(("submit", noon(d(10, 5))),))
        c4 = await case(alfa, d(8, 1), d(8, 3), None, None)  # active, started; its plan a day late
        await document(
            c4, PLAN, reviews=(("submit", noon(d(9, 1))), ("return", noon(d(9, 3))), ("submit", noon(d(9, 5))))
        )
        await document(c4, REPORT, "2026-06", reviews=(("submit", noon(d(7, 20))),))  # another quarter's month
        await document(c4, REPORT, "2026-07", reviews=(("submit", noon(d(8, 8))),))  # on the 8th: late
        await document(
            c4,
            REPORT,
            "2026-08",
            reviews=(("submit", noon(d(9, 7))), ("return", noon(d(9, 10))), ("submit", noon(d(9, 12)))),
        )  # on the 7th: on time
        await document(c4, REPORT, "2026-09")  # due today: not yet counted
        await document(c4, REPORT, "2026-12", reviews=(("submit", noon(d(1, 7, 2027))),))  # for 2026Q4
        await document(c4, DocumentKind.FINAL_REPORT, reviews=(("submit", noon(d(8, 1))),))  # not a plan
        # c5 and c6 are alone in their provider and intervention: outside the quarter, they give no row.
        await case(beta, d(5, 1), d(5, 5), d(6, 30), EndReason.WORK)  # c5: ended the day before the quarter
        await case(alfa, d(10, 1), None, None, None, intervention=Intervention.JOBBPENG_FORSTARKT)  # c6: the day after
        c7 = await case(alfa, d(7, 10), d(7, 15), d(8, 15), EndReason.CLIENT_LEFT)  # no plan, 30 days passed
        await document(c7, REPORT, "2026-10")  # a month after the quarter
        await document(c7, REPORT)  # a monthly report without its month is not counted
        await case(alfa, d(5, 25), d(6, 1), d(9, 1), None)  # c8: ended without a recorded reason
        # c9: a change of provider: decided before the quarter, assigned to Alfa on 15 July; its plan is counted
        # from that day, and a draft plan never handed in does not count.
        c9 = await case(alfa, d(6, 20), d(7, 20), d(9, 15), EndReason.OWN_BUSINESS, assignment=d(7, 15))
        await document(c9, PLAN)
        await case(alfa, d(9, 7), d(10, 1), None, None)  # c10: starts after the quarter; plan deadline today
        await case(alfa, d(5, 1), d(5, 10), d(7, 1), EndReason.WORK)  # c11: ended on the quarter's first day
        await case(alfa, d(9, 1), d(9, 30), None, None)  # c12: started on its last day; no plan, 30 days passed
        await case(None, d(7, 5), None, None, None, CaseStatus.DECIDED)  # no provider: no row
        # Alfa, Jobbpeng grund: queued before the quarter and still waiting: a row of zeros.
        await case(alfa, d(6, 1), None, None, None, intervention=Intervention.JOBBPENG_GRUND)
        # Beta, Jobbpeng grund: five ended for work after 10, 20, 30, 40 and 50 days.
        for i in range(5):
            start = d(7, 1) + timedelta(days=i)
            await case(
                beta,
                d(6, 20),
                start,
                start + timedelta(days=10 * (i + 1)),
                EndReason.WORK,
                intervention=Intervention.JOBBPENG_GRUND,
            )
        await case(
            beta,
            d(6, 20),
            d(7, 1),
            d(8, 1),
            EndReason.OTHER_INTERVENTION,
            CaseStatus.ACTIVE,
            intervention=Intervention.JOBBPENG_GRUND,
        )  # an end date on a case not ended: not ended


def row(**fields: object) -> dict[str, object]:
    zero = Count(0, 0)
    return {
        "active": 0,
        "started": 0,
        "ended": 0,
        "endings_by_reason": {},
        "work_or_studies": None,
        "work_or_studies_count": zero,
        "median_days_to_work": None,
        "plans_within_30_days": zero,
        "monthly_reports_on_time": zero,
        "documents_returned": zero,
        **fields,
    }


def shape(r: IndicatorRow) -> dict[str, object]:
    return {
        "active": r.active,
        "started": r.started,
        "ended": r.ended,
        "endings_by_reason": r.endings_by_reason,
        "work_or_studies": None
        if r.work_or_studies is None
        else (round(r.work_or_studies.value, 4), round(r.work_or_studies.low, 4), round(r.work_or_studies.high, 4)),
        "work_or_studies_count": r.work_or_studies_count,
        "median_days_to_work": None
        if r.median_days_to_work is None
        else (r.median_days_to_work.value, r.median_days_to_work.low, r.median_days_to_work.high),
        "plans_within_30_days": r.plans_within_30_days,
        "monthly_reports_on_time": r.monthly_reports_on_time,
        "documents_returned": r.documents_returned,
    }


async def test_indicators_against_the_hand_computed_fixture(engine: AsyncEngine) -> None:
    await _world(engine)
    with time_machine.travel(noon(TODAY), tick=False):
        async with AsyncSession(engine) as session:
            q3 = await indicators(session, " 2026q3 ")
            q4 = await indicators(session, "2026Q4")
    assert (q3.quarter, q3.first_day, q3.last_day) == ("2026Q3", d(7, 1), d(9, 30))
    assert [(r.provider_name, r.intervention) for r in q3.rows] == [
        ("Alfa AB", Intervention.JOBBPENG_GRUND),
        ("Alfa AB", Intervention.SAI),
        ("Beta AB", Intervention.JOBBPENG_GRUND),
    ]
    waiting, alfa, beta = (shape(r) for r in q3.rows)
    assert waiting == row()
    assert alfa == row(
        active=8,  # c1, c2, c4, c7, c8, c9, c11, c12
        started=5,  # c2, c4, c7, c9, c12
        ended=6,  # c1, c2, c7, c8, c9, c11
        endings_by_reason={"client_left": 1, "own_business": 1, "studies": 1, "unknown": 1, "work": 2},
        work_or_studies=(0.6667, 0.3000, 0.9032),  # 4 of 6: Wilson 95 %
        work_or_studies_count=Count(4, 6),
        median_days_to_work=None,  # two ended for work: too few
        # c2 on day 30 and c3 within its 30 days; c4 late; c7, c9, c12 none; c10 due today, not yet counted.
        plans_within_30_days=Count(2, 6),
        # c4 August and c2 September (00:30 on 1 October) on time; c4 July late; c4 September due today.
        monthly_reports_on_time=Count(2, 3),
        # Returns on 3 and 10 September; submits on 1, 20 and 31 July, 1 and 8 August, 1, 5, 7, 12 and 30 September.
        documents_returned=Count(2, 10),
    )
    assert beta == row(
        active=6,
        started=6,
        ended=5,
        endings_by_reason={"work": 5},
        work_or_studies=(1.0, 0.5655, 1.0),
        work_or_studies_count=Count(5, 5),
        median_days_to_work=(30.0, 10.0, 50.0),
    )
    assert all(r.provider_id for r in q3.rows)
    # December's report is due on 7 January of the next year.
    [q4_alfa_sai] = [r for r in q4.rows if r.provider_name == "Alfa AB" and r.intervention == Intervention.SAI]
    assert q4_alfa_sai.monthly_reports_on_time == Count(1, 1)


def test_the_csv_in_words_with_too_few_for_a_hidden_figure() -> None:
    def indicator_row(name: str, shown: bool) -> IndicatorRow:
        return IndicatorRow(
            provider_id=uuid.uuid4(),
            provider_name=name,
            intervention=Intervention.SAI,
            active=6,
            started=4,
            ended=5,
            endings_by_reason={"work": 2, "studies": 3},
            work_or_studies=ShareOut(0.6, 0.23, 0.88) if shown else None,
            work_or_studies_count=Count(5, 5),
            median_days_to_work=MedianOut(135.0, 100.0, 170.0) if shown else None,
            plans_within_30_days=Count(1, 4),
            monthly_reports_on_time=Count(2, 3),
            documents_returned=Count(1, 6),
        )

    data = Indicators("2026Q3", d(7, 1), d(9, 30), [indicator_row("Alfa AB", False), indicator_row("Beta AB", True)])
    header, hidden, shown = csv.reader(io.StringIO(indicators_csv(data, "sv")), delimiter=";")
    cells = dict(zip(header, hidden, strict=True))
    assert cells["kvartal"] == "2026Q3" and cells["anordnare"] == "Alfa AB"
    assert cells["insats"] == "Språk- och arbetsintroduktion"
    assert (cells["aktiva"], cells["startade"], cells["avslutade"]) == ("6", "4", "5")
    assert cells["avslutade till arbete eller studier"] == "5"
    assert cells["andel till arbete eller studier (%)"] == "för få" and cells["mediandagar till arbete"] == "för få"
    assert (cells["genomförandeplaner inom 30 dagar"], cells["genomförandeplaner som räknas"]) == ("1", "4")
    assert (cells["månadsrapporter i tid"], cells["månadsrapporter som räknas"]) == ("2", "3")
    assert (cells["återremitterade dokument"], cells["inskickade dokument"]) == ("1", "6")
    assert (cells["avslut: Arbete"], cells["avslut: Studier"], cells["avslut: Tidsbrist"]) == ("2", "3", "0")
    figures = dict(zip(header, shown, strict=True))
    assert (figures["andel till arbete eller studier (%)"], figures["mediandagar till arbete"]) == ("60", "135")
    english_header, english, _ = csv.reader(io.StringIO(indicators_csv(data, "en")), delimiter=";")
    words = dict(zip(english_header, english, strict=True))
    assert words["intervention"] == "Language and work introduction" and words["ended: Work"] == "2"
    assert words["share to work or studies (%)"] == "too few"


# Mutants explained as equivalent (mutmut, issue 10):
# - x_indicators__mutmut_161, x_indicators__mutmut_162: a month is in the quarter by its 1st or its 2nd day alike,
#   and its 1st is never the quarter's last day, since quarters begin and end with months.
# - x_indicators__mutmut_66, x_indicators__mutmut_68, x_indicators__mutmut_71, x_indicators__mutmut_226,
#   x_indicators__mutmut_228, x_indicators__mutmut_229: the default of the provider-name look-up; every case's
#   provider exists (a foreign key), so the default is never used.
# - x_indicators__mutmut_26, x_indicators__mutmut_33: the guards that skip a query when there are no cases or no
#   documents; the query with an empty IN list finds nothing either.
# - x__day__mutmut_2: a review always has its time (the column is not nullable), so the None branch is never taken.
# - x_indicators_csv__mutmut_1, x_indicators_csv__mutmut_2: the default language "sv" mutated; every language but
#   "en" gives the Swedish words, so the default still does.
