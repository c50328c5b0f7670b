"""Streaming multipart uploads: the file part goes straight into the object store, never whole into memory.

Litestar's own multipart support spools every upload to a temporary file before the handler runs; here the
request stream is parsed as it arrives, the file's type is decided from its first bytes before anything is
written, and the size limit is enforced while bytes flow (413 at the first byte over).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import filetype
from litestar import Request
from multipart import (
    MultipartError,
    MultipartSegment,
    ParserError,
    ParserLimitReached,
    PushMultipartParser,
    parse_options_header,
)

from kundval.core.errors import ApiError, register_messages
from kundval.core.storage import ObjectStore, ObjectTooLarge, StoredObject

register_messages(
    {
        "upload.not_multipart": ("Skicka filen som multipart/form-data.", "Send the file as multipart/form-data."),
        "upload.malformed": ("Uppladdningen gick inte att läsa: {reason}.", "The upload could not be read: {reason}."),
        "upload.no_file": ("Ingen fil skickades (fältet file).", "No file was sent (the field file)."),
        "upload.too_large": ("Filen är större än {limit_mib} MiB.", "The file is larger than {limit_mib} MiB."),
        "upload.empty": ("Filen är tom.", "The file is empty."),
        "upload.filename_path": (
            "Filnamnet får inte innehålla sökvägar (/ eller \\): {filename}.",
            "The file name must not contain path parts (/ or \\): {filename}.",
        ),
        "upload.unsupported_type": (
            "Filtypen stöds inte. Tillåtna är PDF, PNG, JPEG, DOCX och ODT.",
            "Unsupported file type. Allowed are PDF, PNG, JPEG, DOCX and ODT.",
        ),
        "upload.not_valid": (
            "Filen är inte en giltig {name}, fast den heter {filename}. Spara eller exportera den som {name} igen, "
            "eller välj rätt fil.",
            "The file is not a valid {name}, though it is named {filename}. Save or export it as {name} again, "
            "or choose the right file.",
        ),
        "upload.too_many_parts": (
            "Uppladdningen har för många delar (högst {limit}). Skicka bara fälten kind, month och file.",
            "The upload has too many parts (at most {limit}). Send only the fields kind, month and file.",
        ),
        "upload.too_many_headers": (
            "En del av uppladdningen har för många rubrikrader (högst {limit}). Skicka bara Content-Disposition "
            "och Content-Type.",
            "A part of the upload has too many header lines (at most {limit}). Send only Content-Disposition and "
            "Content-Type.",
        ),
        "upload.header_too_long": (
            "En del av uppladdningen har en för lång rubrikrad (högst {limit} byte). Korta filnamnet.",
            "A part of the upload has a header line that is too long (at most {limit} bytes). Shorten the file name.",
        ),
        "upload.type_mismatch": (
            "Filens innehåll är {detected}, men {claimed} anger {declared}. Kontrollera filen.",
            "The file's content is {detected}, but its {claimed} says {declared}. Check the file.",
        ),
    }
)


@dataclass(frozen=True)
class FileType:
    name: str
    mime: str
    extensions: tuple[str, ...]


# The allow-list (issue 4): what Kundval accepts, decided from content, extension and declared type together.
ALLOWED_TYPES = (
    FileType("PDF", "application/pdf", (".pdf",)),
    FileType("PNG", "image/png", (".png",)),
    FileType("JPEG", "image/jpeg", (".jpg", ".jpeg")),
    FileType("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", (".docx",)),
    FileType("ODT", "application/vnd.oasis.opendocument.text", (".odt",)),
)
BY_MIME = {t.mime: t for t in ALLOWED_TYPES}
SNIFF_BYTES = 8192  # filetype looks at the first 8 KiB; ZIP-based office files name their parts early
UNDECLARED = {"", "application/octet-stream"}  # what clients send when they do not know the type
MAX_FIELD_BYTES = 1024
# The parser's limits: kind, month and file need three parts and two header lines each; the rest is headroom.
MAX_PARTS = 10
MAX_HEADER_LINES = 8
MAX_HEADER_BYTES = 4096


def clean_filename(raw: str) -> str:
    """A safe display name: no path parts (refused, not silently stripped), no control characters, ≤ 200 chars."""
    if "/" in raw or "\\" in raw or raw.strip() in ("", ".", ".."):
        raise ApiError(
            "upload.filename_path",
            status_code=422,
            filename=raw[:100],
            extra=[{"key": "file", "message": "filename has path parts"}],
        )
    name = unicodedata.normalize("NFC", raw)
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")  # control and format characters
    name = re.sub(r"\s+", " ", name).strip().lstrip(".")
    stem, dot, ext = name.rpartition(".")
    if len(name) > 200:
        name = (stem[: 200 - len(ext) - 1] + dot + ext) if dot else name[:200]
    return name or "fil"


def decide_type(head: bytes, filename: str, declared: str) -> FileType:
    """The file's type from its first bytes; 415 unless content, extension and declared type agree."""
    guess = filetype.guess(head)
    detected = BY_MIME.get(guess.mime) if guess else None
    extension = "." + filename.rpartition(".")[2].lower() if "." in filename else ""
    if detected is None:
        # Named as a kind Kundval takes (an .exe renamed .pdf, a broken file): say that it is not one.
        named = next((t for t in ALLOWED_TYPES if extension in t.extensions), None)
        if named is not None:
            raise ApiError(
                "upload.not_valid",
                status_code=415,
                name=named.name,
                filename=filename[:100],
                extra=[{"key": "file", "message": f"not a valid {named.name}"}],
            )
        raise ApiError("upload.unsupported_type", status_code=415)
    if extension not in detected.extensions:
        raise ApiError(
            "upload.type_mismatch",
            status_code=415,
            detected=detected.name,
            claimed="filändelse/extension",
            declared=extension or "—",
        )
    declared_mime = parse_options_header(declared)[0].lower() if declared else ""
    if declared_mime not in UNDECLARED and declared_mime != detected.mime:
        raise ApiError(
            "upload.type_mismatch",
            status_code=415,
            detected=detected.name,
            claimed="Content-Type",
            declared=declared_mime,
        )
    return detected


@dataclass(frozen=True)
class Upload:
    """What a multipart upload carried: its small text fields and the stored file."""

    fields: dict[str, str]
    stored: StoredObject
    filename: str
    file_type: FileType


async def receive_upload(
    request: Request[Any, Any, Any],
    store: ObjectStore,
    key: str,
    max_bytes: int,
    max_field_bytes: int = MAX_FIELD_BYTES,
) -> Upload:
    """Parse ``request``'s multipart body, streaming its one ``file`` part into ``store`` at ``key``.

    ``max_field_bytes``: the longest text field (a conversation post's text is longer than a document's kind).
    Raises 4xx :class:`ApiError` for bad input, leaving nothing in the store.
    """
    content_type, options = parse_options_header(request.headers.get("content-type", ""))
    if content_type != "multipart/form-data" or not options.get("boundary"):
        raise ApiError("upload.not_multipart", status_code=415)
    declared_length = request.headers.get("content-length")
    if declared_length and declared_length.isdigit() and int(declared_length) > max_bytes + 64 * 1024:
        raise ApiError("upload.too_large", status_code=413, limit_mib=max_bytes // (1024 * 1024))

    events = _parse(request.stream(), options["boundary"])
    fields: dict[str, str] = {}
    upload: Upload | None = None
    try:
        async for event in events:
            if not isinstance(event, MultipartSegment):
                continue
            if event.filename is None:
                fields[event.name] = await _text_field(events, max_field_bytes)
                continue
            if event.name != "file" or upload is not None:
                raise ApiError("upload.malformed", status_code=422, reason="one file, in the field 'file'")
            filename = clean_filename(_raw_filename(event))
            sniffed: list[FileType] = []
            body = _sniffed(_part_body(events), filename, event.content_type or "", sniffed)
            try:
                stored = await store.put(key, body, "application/octet-stream", max_size=max_bytes)
            except ObjectTooLarge:
                raise ApiError("upload.too_large", status_code=413, limit_mib=max_bytes // (1024 * 1024)) from None
            upload = Upload(fields, stored, filename, sniffed[0])
    except MultipartError as exc:
        await _discard(store, upload)
        raise _parser_error(exc) from None
    except BaseException:
        await _discard(store, upload)
        raise
    if upload is None:
        raise ApiError("upload.no_file", status_code=422, extra=[{"key": "file", "message": "required"}])
    return Upload(fields, upload.stored, upload.filename, upload.file_type)


def _parser_error(exc: MultipartError) -> ApiError:
    """The parser's complaint as an answer that says what to fix; a limit reached names the limit."""
    reason = str(exc.args[0]) if exc.args else str(exc)
    if isinstance(exc, ParserLimitReached):
        if "segment count" in reason:
            return ApiError("upload.too_many_parts", status_code=422, limit=MAX_PARTS)
        if "header count" in reason:
            return ApiError("upload.too_many_headers", status_code=422, limit=MAX_HEADER_LINES)
        if "header length" in reason:
            return ApiError("upload.header_too_long", status_code=422, limit=MAX_HEADER_BYTES)
    return ApiError("upload.malformed", status_code=422, reason=reason)


def _raw_filename(segment: MultipartSegment) -> str:
    """The filename as the client sent it: the parser turns a Windows path into its last part (an old IE6
    workaround), which would hide path parts that should be refused."""
    for name, value in segment.headerlist:
        if name.lower() == "content-disposition":
            match = re.search(r'filename="((?:[^"\\]|\\.)*)"', value)
            if match:
                return match.group(1).replace('\\"', '"')
    return segment.filename or ""


async def _discard(store: ObjectStore, upload: Upload | None) -> None:
    if upload is not None:  # the file was stored, but a later part of the request was bad
        await store.delete(upload.stored.key)


async def _parse(stream: AsyncIterator[bytes], boundary: str) -> AsyncIterator[Any]:
    with PushMultipartParser(
        boundary, max_segment_count=MAX_PARTS, max_header_count=MAX_HEADER_LINES, max_header_size=MAX_HEADER_BYTES
    ) as parser:
        async for chunk in stream:
            for event in parser.parse(chunk):
                yield event
            if parser.closed:
                return
        for event in parser.parse(b""):  # end of input: the parser reports an incomplete body
            yield event


async def _part_body(events: AsyncIterator[Any]) -> AsyncIterator[bytes]:
    async for event in events:
        if event is None:  # end of this part
            return
        if event:
            yield bytes(event)
    raise ParserError("the body ended inside the file part")


async def _text_field(events: AsyncIterator[Any], max_bytes: int = MAX_FIELD_BYTES) -> str:
    value = bytearray()
    async for chunk in _part_body(events):
        value.extend(chunk)
        if len(value) > max_bytes:
            raise ApiError("upload.malformed", status_code=422, reason="a form field is too long")
    return value.decode("utf-8", errors="replace").strip()


async def _sniffed(
    chunks: AsyncIterator[bytes], filename: str, declared: str, out: list[FileType]
) -> AsyncIterator[bytes]:
    """Pass ``chunks`` through, deciding the type from the first bytes before the first byte is passed on."""
    head = bytearray()
    async for chunk in chunks:
        head.extend(chunk)
        if len(head) >= SNIFF_BYTES:
            break
    if not head:
        raise ApiError("upload.empty", status_code=422, extra=[{"key": "file", "message": "empty"}])
    out.append(decide_type(bytes(head), filename, declared))
    yield bytes(head)
    async for chunk in chunks:
        yield chunk
