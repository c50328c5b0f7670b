"""Documents of a case: reviewable items with versions, each version one object in the store (routine 002 §6)."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from advanced_alchemy.types import DateTimeUTC
from sqlalchemy import BigInteger, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kundval.core.db import Base
from kundval.core.types import JsonDocument, str_enum


class DocumentKind(enum.StrEnum):
    # Provider side
    IMPLEMENTATION_PLAN = "implementation_plan"
    REVISED_PLAN = "revised_plan"
    MONTHLY_REPORT = "monthly_report"
    FINAL_REPORT = "final_report"
    BONUS_REPORT = "bonus_report"
    THREE_PARTY_AGREEMENT = "three_party_agreement"
    AF_INTERNSHIP_FORM = "af_internship_form"
    EMPLOYMENT_CERTIFICATE = "employment_certificate"
    STUDY_CERTIFICATE = "study_certificate"
    MEDICAL_CERTIFICATE = "medical_certificate"
    CHILD_CARE_CERTIFICATE = "child_care_certificate"
    ATTENDANCE_REPORT = "attendance_report"
    VOUCHER_APPLICATION = "voucher_application"
    # Counsellor side
    ASSIGNMENT_BASIS = "assignment_basis"
    INTERRUPTION_NOTICE = "interruption_notice"


# The kinds' Swedish names, for messages and exports (the SPA has its own labels in both languages).
KIND_NAMES_SV = {
    DocumentKind.IMPLEMENTATION_PLAN: "genomförandeplan",
    DocumentKind.REVISED_PLAN: "reviderad genomförandeplan",
    DocumentKind.MONTHLY_REPORT: "månadsrapport",
    DocumentKind.FINAL_REPORT: "slutrapport",
    DocumentKind.BONUS_REPORT: "bonusrapport",
    DocumentKind.THREE_PARTY_AGREEMENT: "trepartsöverenskommelse",
    DocumentKind.AF_INTERNSHIP_FORM: "AF:s praktikblankett",
    DocumentKind.EMPLOYMENT_CERTIFICATE: "anställningsintyg",
    DocumentKind.STUDY_CERTIFICATE: "studieintyg",
    DocumentKind.MEDICAL_CERTIFICATE: "läkarintyg",
    DocumentKind.CHILD_CARE_CERTIFICATE: "intyg om vård av barn",
    DocumentKind.ATTENDANCE_REPORT: "närvarorapport",
    DocumentKind.VOUCHER_APPLICATION: "ansökan om tilläggscheck",
    DocumentKind.ASSIGNMENT_BASIS: "uppdragsunderlag",
    DocumentKind.INTERRUPTION_NOTICE: "avbrottsanmälan",
}

COUNSELLOR_KINDS = frozenset({DocumentKind.ASSIGNMENT_BASIS, DocumentKind.INTERRUPTION_NOTICE})
# Medical and child-care certificates are health data: shown to the case's counsellor and the provider only.
SENSITIVE_KINDS = frozenset({DocumentKind.MEDICAL_CERTIFICATE, DocumentKind.CHILD_CARE_CERTIFICATE})


class DocumentStatus(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    APPROVED = "approved"


class Document(Base):
    """A reviewable item. ``returned_version`` remembers which version was returned, so that a resubmission
    needs a newer one."""

    __tablename__ = "document"
    # One monthly report per case and month; NULL months (other kinds) never collide.
    __table_args__ = (UniqueConstraint("case_id", "kind", "month"),)

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("kundval_case.id"), index=True)
    kind: Mapped[DocumentKind] = mapped_column(str_enum(DocumentKind, 40))
    month: Mapped[str | None] = mapped_column(String(7), default=None)  # YYYY-MM, monthly reports
    status: Mapped[DocumentStatus] = mapped_column(
        str_enum(DocumentStatus, 20), default=DocumentStatus.DRAFT, index=True
    )
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("user_account.id"), default=None)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True), default=None, index=True)
    returned_version: Mapped[int | None] = mapped_column(Integer, default=None)
    # Structured reports: the provider's working copy, autosaved; submitting snapshots it into a new version.
    draft_content: Mapped[dict[str, object] | None] = mapped_column(JsonDocument, default=None)

    versions: Mapped[list[DocumentVersion]] = relationship(
        back_populates="document", order_by="DocumentVersion.number", lazy="selectin", cascade="all, delete-orphan"
    )
    reviews: Mapped[list[DocumentReview]] = relationship(
        back_populates="document", order_by="DocumentReview.at", lazy="selectin", cascade="all, delete-orphan"
    )


class DocumentVersion(Base):
    """One version: a file in the object store under a server-made key, and/or structured ``content``.
    Never changed once written."""

    __tablename__ = "document_version"
    __table_args__ = (UniqueConstraint("document_id", "number"),)

    document_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    object_key: Mapped[str | None] = mapped_column(String(300), default=None, unique=True)
    filename: Mapped[str | None] = mapped_column(String(255), default=None)
    content_type: Mapped[str | None] = mapped_column(String(100), default=None)
    size: Mapped[int | None] = mapped_column(BigInteger, default=None)
    sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    content: Mapped[dict[str, object] | None] = mapped_column(JsonDocument, default=None)
    uploaded_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("user_account.id"), default=None)
    document: Mapped[Document] = relationship(back_populates="versions")


class DocumentReview(Base):
    """A step of the review cycle: submit, return (with the reviewer's comment) or approve, against a version."""

    __tablename__ = "document_review"

    document_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), index=True)
    version_number: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))  # submit, return, approve
    comment: Mapped[str] = mapped_column(Text, default="")
    # Structured reports: the reviewer's comments per section key, shown next to those sections.
    section_comments: Mapped[dict[str, str]] = mapped_column(JsonDocument, default=dict)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("user_account.id"), default=None)
    at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))
    document: Mapped[Document] = relationship(back_populates="reviews")
