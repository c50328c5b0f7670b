"""Shapes of the documents area."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any

import msgspec

from kundval.domain.documents.models import DocumentKind, DocumentStatus


class VersionOut(msgspec.Struct):
    number: int
    filename: str | None
    content_type: str | None
    size: int | None
    sha256: str | None
    has_content: bool
    uploaded_by_name: str | None
    created_at: datetime


class ReviewOut(msgspec.Struct):
    version_number: int
    action: str
    comment: str
    section_comments: dict[str, str]
    actor_name: str | None
    at: datetime


class DocumentOut(msgspec.Struct):
    id: uuid.UUID
    case_id: uuid.UUID
    kind: DocumentKind
    month: str | None
    status: DocumentStatus
    submitted_at: datetime | None
    latest_comment: str | None  # the reviewer's comment on the last return, for the provider to answer
    structured: bool  # a report written in Kundval's form rather than an uploaded file
    content: dict[str, Any] | None  # the latest version's answers (structured reports)
    draft_content: dict[str, Any] | None  # the provider's working copy (shown to the provider only)
    versions: list[VersionOut]
    reviews: list[ReviewOut]
    created_at: datetime


class ReturnRequest(msgspec.Struct):
    """A comment, or comments on sections of a structured report, or both; at least one."""

    comment: Annotated[str, msgspec.Meta(max_length=5000)] = ""
    section_comments: dict[str, Annotated[str, msgspec.Meta(max_length=5000)]] = {}


class ReviewItem(msgspec.Struct):
    """A submitted document waiting for the counsellor's review."""

    document_id: uuid.UUID
    case_id: uuid.UUID
    client_display_name: str
    kind: DocumentKind
    month: str | None
    version_number: int
    structured: bool  # a report written in the form (review it section by section)
    submitted_at: datetime
    waiting_days: int  # working days since it was handed in; the review is due within 5 (§6.3.1)
