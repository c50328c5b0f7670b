"""The report templates: what every structured report must say (routine 002 §6.3–6.6 and §9.2, docs/domain.md
steps 6, 7 and 10). One place per template; the SPA renders the forms from these, the API checks answers against them.

Every section is answered, or marked "Ej aktuellt" (not applicable) with a short reason.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from kundval.domain.documents.models import DocumentKind
from kundval.domain.interventions.catalogue import Intervention

# A full-time assignment is about 40 hours a week; part time scales with the case's scope (§3.2). A guide for the
# form's reminder only: the routine sets no total the plan's activities must reach.
FULL_TIME_HOURS_PER_WEEK = 40


class SectionType(enum.StrEnum):
    TEXT = "text"
    ACTIVITIES = "activities"  # rows of activity and hours per week (half hours allowed)
    ABSENCE = "absence"  # filled from the absence register; a comment is optional
    DATE = "date"


@dataclass(frozen=True)
class Section:
    key: str
    title_sv: str
    title_en: str
    help_sv: str
    help_en: str
    type: SectionType = SectionType.TEXT
    only_for: frozenset[Intervention] | None = None  # e.g. SFI progress only in the language intervention


@dataclass(frozen=True)
class Template:
    kind: DocumentKind
    title_sv: str
    title_en: str
    sections: tuple[Section, ...]

    def sections_for(self, intervention: Intervention) -> tuple[Section, ...]:
        return tuple(s for s in self.sections if s.only_for is None or intervention in s.only_for)


IMPLEMENTATION_PLAN = Template(
    DocumentKind.IMPLEMENTATION_PLAN,
    "Genomförandeplan",
    "Implementation plan",
    (
        Section(
            "goals",
            "Mål och delmål",
            "Goals and sub-goals",
            "Kundens mål med insatsen och de delmål som leder dit, så konkret att de går att följa upp.",
            "The client's goals and the sub-goals leading there, concrete enough to follow up.",
        ),
        Section(
            "activities",
            "Planerade aktiviteter",
            "Planned activities",
            "Aktiviteter med omfattning i timmar per vecka, gärna i halvtimmar. Som riktmärke motsvarar summan "
            "uppdragets omfattning (heltid 40 timmar, eller upptrappningen vid deltid).",
            "Activities with hours per week, half hours allowed. As a guide the sum matches the assignment's scope "
            "(full time 40 hours, or the ramp-up when part time).",
            SectionType.ACTIVITIES,
        ),
        Section(
            "client_part",
            "Kundens del i planen",
            "The client's part in the plan",
            "Vad kunden själv gör och hur kunden har varit delaktig i planeringen.",
            "What the client does and how the client took part in the planning.",
        ),
        Section(
            "other_actors",
            "Kontakter med andra aktörer",
            "Contacts with other actors",
            "Samverkan med till exempel Arbetsförmedlingen, vården eller SFI.",
            "Coordination with, for example, the Public Employment Service, health care or SFI.",
        ),
        Section(
            "workplace",
            "Arbetsplatsplan",
            "Workplace plan",
            "Plan för praktik, arbetsträning eller språkpraktik och när den ska börja.",
            "The plan for an internship, work training or language practice and when it starts.",
        ),
    ),
)

MONTHLY_REPORT = Template(
    DocumentKind.MONTHLY_REPORT,
    "Månadsrapport",
    "Monthly report",
    (
        Section(
            "activities_done",
            "Genomförda aktiviteter",
            "Activities done",
            "Vad kunden har gjort under månaden, jämfört med planen.",
            "What the client did during the month, compared with the plan.",
        ),
        Section(
            "progress",
            "Progression mot målen",
            "Progress towards the goals",
            "Hur kunden har närmat sig målen och delmålen.",
            "How the client moved towards the goals.",
        ),
        Section(
            "client_contacts",
            "Kontakter med kunden",
            "Contacts with the client",
            "Möten och kontakter under månaden.",
            "Meetings and contacts during the month.",
        ),
        Section(
            "coordination",
            "Samordning med andra aktörer",
            "Coordination with other actors",
            "Kontakter med andra aktörer och vad de ledde till.",
            "Contacts with other actors and their outcome.",
        ),
        Section(
            "workplace",
            "Arbetsplatsen",
            "The workplace",
            "Praktik, arbetsträning eller språkpraktik: hur det går.",
            "Internship, work training or language practice: how it goes.",
        ),
        Section(
            "sfi_progress",
            "Progression i SFI",
            "Progress in SFI",
            "Kundens utveckling i svenska för invandrare.",
            "The client's progress in Swedish for immigrants.",
            only_for=frozenset({Intervention.SAI}),
        ),
        Section(
            "absence",
            "Frånvaro",
            "Absence",
            "Hämtas från frånvaroregistret. Kommentera vid behov.",
            "Taken from the absence register. Comment if needed.",
            SectionType.ABSENCE,
        ),
        Section(
            "next_month",
            "Plan för nästa månad",
            "Plan for next month",
            "Vad som ska hända nästa månad.",
            "What happens next month.",
        ),
    ),
)

FINAL_REPORT = Template(
    DocumentKind.FINAL_REPORT,
    "Slutrapport",
    "Final report",
    (
        Section(
            "ending_reason",
            "Orsak till avslut",
            "Reason for ending",
            "Varför insatsen avslutas.",
            "Why the intervention ends.",
        ),
        Section(
            "situation",
            "Kundens situation",
            "The client's situation",
            "Kundens situation vid avslut.",
            "The client's situation at the end.",
        ),
        Section(
            "self_sufficient",
            "Egen försörjning",
            "Self-sufficiency",
            "Är kunden självförsörjande? Genom arbete, studier eller eget företag?",
            "Is the client self-sufficient? Through work, studies or own business?",
        ),
        Section(
            "recommendation",
            "Anordnarens rekommendation",
            "The provider's recommendation",
            "Om kunden inte är självförsörjande: vad anordnaren rekommenderar härnäst.",
            "If the client is not self-sufficient: what the provider recommends next.",
        ),
    ),
)

BONUS_REPORT = Template(
    DocumentKind.BONUS_REPORT,
    "Bonusrapport",
    "Bonus report",
    (
        Section(
            "occupation",
            "Anställning eller studier",
            "Employment or studies",
            "Arbetsgivare eller skola, anställningsform och omfattning.",
            "Employer or school, type of employment and extent.",
        ),
        Section(
            "start_date",
            "Startdatum",
            "Start date",
            "Den dag anställningen eller studierna började.",
            "The day the employment or studies started.",
            SectionType.DATE,
        ),
        Section(
            "six_months",
            "De sex månaderna",
            "The six months",
            "Vilka sex sammanhängande månader av egen försörjning som rapporten avser, och intygen som visar det.",
            "Which six consecutive months of self-sufficiency the report covers, and the certificates proving it.",
        ),
    ),
)

TEMPLATES: dict[DocumentKind, Template] = {
    t.kind: t for t in (IMPLEMENTATION_PLAN, MONTHLY_REPORT, FINAL_REPORT, BONUS_REPORT)
}
TEMPLATES[DocumentKind.REVISED_PLAN] = Template(
    DocumentKind.REVISED_PLAN, "Reviderad genomförandeplan", "Revised implementation plan", IMPLEMENTATION_PLAN.sections
)
