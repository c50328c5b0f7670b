"""The report checks one by one (routine 002 §6.3–6.6): every section answered or "Ej aktuellt" with a reason, no
unknown section, a monthly report only for a month the case was active and only from the 1st of the month after.

These call the checks directly, without the app, so that `make mutation` can run them for every mutant in a moment;
test_reports.py shows the same rules through the API.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

import pytest
import time_machine
from sqlalchemy.ext.asyncio import AsyncSession

from kundval.core.clock import MUNICIPALITY_TZ
from kundval.core.errors import ApiError
from kundval.core.security import Role
from kundval.domain.absence.models import Absence, AbsenceType, InvalidGround
from kundval.domain.cases.models import Case, CaseStatus
from kundval.domain.documents.models import Document, DocumentKind
from kundval.domain.interventions.catalogue import Intervention
from kundval.domain.reports import content
from kundval.domain.reports.schemas import AbsenceLine, Activity, ReportContent, SectionAnswer
from kundval.domain.reports.templates import (
    BONUS_REPORT,
    FINAL_REPORT,
    IMPLEMENTATION_PLAN,
    MONTHLY_REPORT,
    TEMPLATES,
    SectionType,
)
from tests.factories import make_case, make_client, make_user

# Mutants that no test can kill, because the data they would need cannot arise (the runner of `make mutation`
# counts a survivor as explained when it is named here). A document has a month only when it is a monthly report:
# reports/service.py stores ``month`` for that kind alone and requires it there. So
# - x_check_monthly__mutmut_43, which looks for any document of the case with the month instead of a monthly
#   report with the month, finds the same rows; and
# - x_snapshot__mutmut_14, which checks the month when the document is a monthly report *or* has a month, runs
#   for exactly the same documents.


def case(
    intervention: Intervention = Intervention.SAI,
    status: CaseStatus = CaseStatus.ACTIVE,
    start: date | None = date(2026, 9, 3),
    end: date | None = None,
) -> Case:
    return Case(
        id=uuid.uuid4(),
        intervention=intervention,
        status=status,
        start_date=start,
        end_date=end,
        decision_date=date(2026, 9, 1),
    )


def on(day: date) -> time_machine.travel:
    """The clock at ten in the morning of ``day`` in Sweden."""
    return time_machine.travel(datetime.combine(day, time(10), tzinfo=MUNICIPALITY_TZ), tick=False)


def refused(check: object, *args: object) -> ApiError:
    with pytest.raises(ApiError) as error:
        check(*args)  # type: ignore[operator]
    return error.value


TEXT = SectionAnswer(text="Kunden har gjort det som planerades.")


def full(template_sections: tuple[object, ...], **answers: SectionAnswer) -> ReportContent:
    """Every section answered as its type wants, then ``answers`` on top."""
    by_type = {
        SectionType.TEXT: TEXT,
        SectionType.ACTIVITIES: SectionAnswer(activities=[Activity("SFI", 15)]),
        SectionType.DATE: SectionAnswer(date=date(2026, 11, 2)),
    }
    sections = {s.key: by_type[s.type] for s in template_sections if s.type in by_type}  # type: ignore[attr-defined]
    return ReportContent(sections={**sections, **answers})


# Templates


def test_every_structured_kind_has_its_template_and_other_kinds_none() -> None:
    assert content.template_of(DocumentKind.MONTHLY_REPORT) is MONTHLY_REPORT
    assert content.template_of(DocumentKind.REVISED_PLAN).sections == IMPLEMENTATION_PLAN.sections
    error = refused(content.template_of, DocumentKind.MEDICAL_CERTIFICATE)
    assert (error.key, error.status_code, error.params) == (
        "report.not_structured",
        422,
        {"kind": "medical_certificate"},
    )
    assert error.extra == [{"key": "kind", "message": "no template"}]


def test_sfi_progress_is_asked_only_in_the_language_intervention() -> None:
    keys = {i: [s.key for s in MONTHLY_REPORT.sections_for(i)] for i in Intervention}
    assert "sfi_progress" in keys[Intervention.SAI]
    assert "sfi_progress" not in keys[Intervention.JOBBPENG_GRUND]
    assert keys[Intervention.JOBBPENG_GRUND] == [k for k in keys[Intervention.SAI] if k != "sfi_progress"]
    assert FINAL_REPORT.sections_for(Intervention.JOBBPENG_FORSTARKT) == FINAL_REPORT.sections
    assert set(TEMPLATES) == {
        DocumentKind.IMPLEMENTATION_PLAN,
        DocumentKind.REVISED_PLAN,
        DocumentKind.MONTHLY_REPORT,
        DocumentKind.FINAL_REPORT,
        DocumentKind.BONUS_REPORT,
    }


# Every section answered, or "Ej aktuellt" with a reason


def test_a_full_report_passes_and_the_absence_section_needs_no_answer() -> None:
    for template in TEMPLATES.values():
        for intervention in Intervention:
            content.check_complete(template, case(intervention), full(template.sections_for(intervention)))
    assert "absence" not in full(MONTHLY_REPORT.sections).sections


@pytest.mark.parametrize(
    ("answer", "answered"),
    [
        (SectionAnswer(text="Svar."), True),
        (SectionAnswer(text="  \n "), False),  # blank text is no answer
        (SectionAnswer(text=""), False),
        (SectionAnswer(), False),
        (SectionAnswer(not_applicable_reason="Ingen praktik ännu."), True),  # "Ej aktuellt" with its reason
        (SectionAnswer(not_applicable_reason="   "), False),  # ... but not without one
        (SectionAnswer(not_applicable_reason=" ", text="Svar."), True),
        (SectionAnswer(activities=[Activity("SFI", 15)]), False),  # a text section wants text
    ],
)
def test_a_text_section_wants_text_or_a_reason(answer: SectionAnswer, answered: bool) -> None:
    report = full(FINAL_REPORT.sections, recommendation=answer)
    if answered:
        content.check_complete(FINAL_REPORT, case(), report)
        return
    error = refused(content.check_complete, FINAL_REPORT, case(), report)
    assert (error.key, error.status_code) == ("report.unanswered", 422)
    assert error.params == {"sections": "Anordnarens rekommendation"}
    assert error.extra == [{"key": "sections.recommendation", "message": "unanswered"}]


@pytest.mark.parametrize(
    ("answer", "answered"),
    [
        (SectionAnswer(activities=[Activity("Praktik", 20.5)]), True),
        (SectionAnswer(activities=[]), False),
        (SectionAnswer(text="Praktik tjugo timmar."), False),  # an activities section wants rows
        (SectionAnswer(not_applicable_reason="Planen görs om."), True),
    ],
)
def test_an_activities_section_wants_rows_or_a_reason(answer: SectionAnswer, answered: bool) -> None:
    report = full(IMPLEMENTATION_PLAN.sections, activities=answer)
    if answered:
        content.check_complete(IMPLEMENTATION_PLAN, case(), report)
    else:
        assert refused(content.check_complete, IMPLEMENTATION_PLAN, case(), report).params == {
            "sections": "Planerade aktiviteter"
        }


@pytest.mark.parametrize(
    ("answer", "answered"),
    [
        (SectionAnswer(date=date(2028, 2, 29)), True),
        (SectionAnswer(text="Den andra mars."), False),  # a date section wants a date
        (SectionAnswer(not_applicable_reason="Startar senare."), True),
    ],
)
def test_a_date_section_wants_a_date_or_a_reason(answer: SectionAnswer, answered: bool) -> None:
    report = full(BONUS_REPORT.sections, start_date=answer)
    if answered:
        content.check_complete(BONUS_REPORT, case(), report)
    else:
        assert refused(content.check_complete, BONUS_REPORT, case(), report).params == {"sections": "Startdatum"}


def test_every_unanswered_section_is_named_in_the_templates_order() -> None:
    report = ReportContent(sections={"progress": TEXT, "absence": SectionAnswer(text="Kommentar.")})
    error = refused(content.check_complete, MONTHLY_REPORT, case(Intervention.SAI), report)
    missing = ["activities_done", "client_contacts", "coordination", "workplace", "sfi_progress", "next_month"]
    assert error.extra == [{"key": f"sections.{key}", "message": "unanswered"} for key in missing]
    assert error.params["sections"] == (
        "Genomförda aktiviteter, Kontakter med kunden, Samordning med andra aktörer, "
        "Arbetsplatsen, Progression i SFI, Plan för nästa månad"
    )
    # Without SAI the SFI section is not asked for.
    error = refused(content.check_complete, MONTHLY_REPORT, case(Intervention.JOBBPENG_GRUND), report)
    assert "sections.sfi_progress" not in [item["key"] for item in error.extra]


def test_an_unknown_section_is_refused_even_in_a_draft() -> None:
    report = ReportContent(sections={"selfie": TEXT, "goals": TEXT, "aardvark": TEXT})
    error = refused(content.check_sections, IMPLEMENTATION_PLAN, case(), report)
    assert (error.key, error.status_code, error.params) == (
        "report.unknown_section",
        422,
        {"sections": "aardvark, selfie"},
    )
    assert error.extra == [
        {"key": "sections.aardvark", "message": "unknown"},
        {"key": "sections.selfie", "message": "unknown"},
    ]
    # The SFI section is unknown outside SAI, and the completeness check refuses unknown sections first.
    sfi = full(MONTHLY_REPORT.sections, sfi_progress=TEXT)
    content.check_sections(MONTHLY_REPORT, case(Intervention.SAI), sfi)
    error = refused(content.check_complete, MONTHLY_REPORT, case(Intervention.JOBBPENG_GRUND), sfi)
    assert (error.key, error.params) == ("report.unknown_section", {"sections": "sfi_progress"})
    content.check_sections(MONTHLY_REPORT, case(), ReportContent())  # an empty draft is fine


# The monthly report: months the case was active, handed in from the 1st of the month after


def test_the_active_months_run_from_the_start_to_the_end_or_to_today() -> None:
    assert content.active_months(case(start=date(2026, 11, 30), end=date(2027, 1, 1), status=CaseStatus.ENDED)) == (
        "2026-11",
        "2027-01",
    )
    with on(date(2028, 2, 29)):  # an active case runs to today: here the leap day
        assert content.active_months(case(start=date(2027, 12, 31))) == ("2027-12", "2028-02")
    with on(date(2027, 12, 31)):
        assert content.active_months(case(start=date(2027, 12, 31))) == ("2027-12", "2027-12")
    assert content.active_months(case(start=None, status=CaseStatus.CLAIMED)) is None


@pytest.mark.parametrize("month", ["2026-08", "2027-02"])
async def test_no_monthly_report_for_a_month_outside_the_case(month: str) -> None:
    ended = case(start=date(2026, 9, 3), end=date(2027, 1, 15), status=CaseStatus.ENDED)
    with pytest.raises(ApiError) as error:
        await content.check_monthly(None, ended, month)  # type: ignore[arg-type]  # refused before any query
    assert (error.value.key, error.value.status_code) == ("report.month_not_active", 422)
    assert error.value.params == {"month": month, "first": "2026-09", "last": "2027-01"}
    assert error.value.extra == [{"key": "month", "message": "case not active"}]


async def test_no_monthly_report_before_the_case_started() -> None:
    with pytest.raises(ApiError) as error:
        await content.check_monthly(None, case(start=None, status=CaseStatus.QUEUED), "2026-11")  # type: ignore[arg-type]
    assert error.value.params == {"month": "2026-11", "first": "—", "last": "—"}


def test_a_taken_month_is_a_conflict() -> None:
    error = content.month_taken("2026-12")
    assert (error.key, error.status_code, error.params) == ("report.month_duplicate", 409, {"month": "2026-12"})


@pytest.mark.parametrize(
    ("month", "ready"),
    [
        ("2026-11", date(2026, 12, 1)),
        ("2026-12", date(2027, 1, 1)),  # the year end: New Year's Day counts, the rule is in calendar days
        ("2028-02", date(2028, 3, 1)),  # after the leap day
        ("2027-02", date(2027, 3, 1)),
        ("2027-04", date(2027, 5, 1)),  # a 30-day month
    ],
)
def test_a_monthly_report_is_ready_from_the_1st_of_the_month_after(month: str, ready: date) -> None:
    content.check_ready(month, ready)
    content.check_ready(month, date(ready.year + 1, 1, 31))
    day_before = date.fromordinal(ready.toordinal() - 1)
    error = refused(content.check_ready, month, day_before)
    assert (error.key, error.status_code, error.params) == (
        "report.too_early",
        409,
        {"month": month, "ready": ready.isoformat()},
    )
    refused(content.check_ready, month, date(ready.year - 1, 12, 31))


# The checks that read the database: a report already written for the month, and the month's absences.


async def active_case(db: AsyncSession) -> Case:
    """An active SAI case decided 1 September 2026 (started the 3rd), committed."""
    counsellor = await make_user(db, f"counsellor-{uuid.uuid4().hex[:8]}", [Role.COUNSELLOR])
    client = await make_client(db, counsellor.id)
    made = await make_case(db, client, CaseStatus.ACTIVE, decision_date=date(2026, 9, 1))
    await db.commit()
    return made


async def test_a_monthly_report_for_the_first_and_the_current_month_and_only_once(db: AsyncSession) -> None:
    with on(date(2027, 1, 15)):
        mine, other = await active_case(db), await active_case(db)
        for month in ("2026-09", "2026-12", "2027-01"):  # from the month it started to this month
            await content.check_monthly(db, mine, month)
        db.add_all(
            [
                Document(case_id=mine.id, kind=DocumentKind.MONTHLY_REPORT, month="2026-11"),
                Document(case_id=other.id, kind=DocumentKind.MONTHLY_REPORT, month="2026-12"),
            ]
        )
        await db.commit()
        with pytest.raises(ApiError) as taken:
            await content.check_monthly(db, mine, "2026-11")
        assert (taken.value.key, taken.value.status_code, taken.value.params) == (
            "report.month_duplicate",
            409,
            {"month": "2026-11"},
        )
        await content.check_monthly(db, mine, "2026-12")  # another case's report for the month does not count
        with pytest.raises(ApiError) as outside:
            await content.check_monthly(db, mine, "2027-02")
        assert outside.value.params == {"month": "2027-02", "first": "2026-09", "last": "2027-01"}


async def test_the_months_absences_are_those_touching_it_in_date_order(db: AsyncSession) -> None:
    with on(date(2026, 12, 10)):
        case_ = await active_case(db)

        def absence(
            first: date,
            last: date,
            kind: AbsenceType = AbsenceType.SICK,
            registered: date | None = None,
            **fields: object,
        ) -> Absence:
            at = datetime.combine(registered or last, time(9), tzinfo=MUNICIPALITY_TZ)
            return Absence(
                case_id=case_.id, date_from=first, date_to=last, type=kind, created_at=at, contact_attempts=[], **fields
            )

        db.add_all(
            [
                absence(date(2026, 11, 30), date(2026, 12, 2)),  # reaches in over the month's last day
                absence(
                    date(2026, 11, 12),
                    date(2026, 11, 12),
                    AbsenceType.INVALID,
                    date(2026, 11, 16),
                    ground=InvalidGround.NO_SHOW,
                    note="Kom inte.",
                ),  # registered after Friday 13th: late
                absence(date(2026, 10, 26), date(2026, 11, 1)),  # reaches in over the first day
                absence(date(2026, 11, 10), date(2026, 11, 10), AbsenceType.OTHER_ACTOR, hours=3, note="Läkarbesök"),
                absence(
                    date(2026, 11, 13),
                    date(2026, 11, 13),
                    AbsenceType.INVALID,
                    date(2026, 11, 16),
                    ground=InvalidGround.NO_SHOW,
                ),  # Friday, registered Monday: in time
                absence(date(2026, 10, 20), date(2026, 10, 31)),  # October only
                absence(date(2026, 12, 1), date(2026, 12, 3)),  # December only
            ]
        )
        other = await active_case(db)
        db.add(
            Absence(
                case_id=other.id,
                date_from=date(2026, 11, 5),
                date_to=date(2026, 11, 5),
                type=AbsenceType.SICK,
                contact_attempts=[],
            )
        )
        await db.commit()
        lines = await content.absences_of_month(db, case_, "2026-11")
    assert lines == [
        AbsenceLine(date(2026, 10, 26), date(2026, 11, 1), "sick", None, "", False),
        AbsenceLine(date(2026, 11, 10), date(2026, 11, 10), "other_actor", 3, "Läkarbesök", False),
        AbsenceLine(date(2026, 11, 12), date(2026, 11, 12), "invalid", None, "Kom inte.", True),
        AbsenceLine(date(2026, 11, 13), date(2026, 11, 13), "invalid", None, "", False),
        AbsenceLine(date(2026, 11, 30), date(2026, 12, 2), "sick", None, "", False),
    ]
