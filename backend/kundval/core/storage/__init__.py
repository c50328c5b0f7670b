"""Object storage for uploaded files: one interface, a filesystem and an S3 backend.

Pick a backend from configuration with :func:`store_from_url`::

    store = store_from_url("s3://kundval-documents", s3_endpoint="minio:9000", ...)
    stored = await store.put("documents/2026/11/<uuid>", request_chunks, "application/pdf", max_size=...)
    async for chunk in store.open(stored.key):
        ...
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from .base import (
    DEFAULT_CHUNK_SIZE,
    ObjectInfo,
    ObjectNotFound,
    ObjectStore,
    ObjectTooLarge,
    StorageError,
    StorageUnavailable,
    StoredObject,
    open_started,
    validate_key,
    validate_prefix,
)
from .filesystem import FileSystemStore
from .s3 import S3Store

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "FileSystemStore",
    "ObjectInfo",
    "ObjectNotFound",
    "ObjectStore",
    "ObjectTooLarge",
    "S3Store",
    "StorageError",
    "StorageUnavailable",
    "StoredObject",
    "open_started",
    "store_from_url",
    "validate_key",
    "validate_prefix",
]


def store_from_url(
    url: str,
    *,
    s3_endpoint: str | None,
    s3_access_key: str | None,
    s3_secret_key: str | None,
    s3_secure: bool,
    s3_region: str = "us-east-1",
) -> ObjectStore:
    """Build the object store a configuration URL names.

    * ``file:///srv/kundval/files``: a :class:`FileSystemStore` at that absolute path.
    * ``file://data/files``: relative to the current directory (``data/files``), handy in
      development.  Percent-escapes are decoded.
    * ``s3://bucket``: an :class:`S3Store` on that bucket, at ``s3_endpoint`` with the
      ``s3_*`` settings.

    Raises:
        ValueError: for any other scheme, a URL with query or fragment, an empty path,
            an S3 URL with a path, or S3 without ``s3_endpoint``.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if parts.query or parts.fragment:
        raise ValueError(f"storage URL {url!r} must not have a query or fragment")

    if scheme == "file":
        if not url[len(parts.scheme) :].startswith("://"):
            raise ValueError(f"file storage URL must look like file:///abs/path or file://rel/path, not {url!r}")
        # In file://data/files the "host" is really the first relative segment.
        path = unquote(parts.netloc + parts.path)
        if not path or path == "/":
            raise ValueError(f"file storage URL {url!r} names no directory")
        return FileSystemStore(Path(path) if path.startswith("/") else Path.cwd() / path)

    if scheme == "s3":
        # Messages below do not echo the URL: a mistaken s3://key:secret@bucket must not
        # end up in logs.
        bucket = parts.netloc
        if not bucket:
            raise ValueError("S3 storage URL names no bucket (expected s3://bucket)")
        if "@" in bucket or ":" in bucket or parts.path not in ("", "/"):
            raise ValueError(
                "S3 storage URL must be just s3://bucket; give the endpoint and credentials in their own settings"
            )
        if not s3_endpoint:
            raise ValueError("S3 storage needs an endpoint (host:port) besides the s3:// URL")
        return S3Store(
            bucket,
            s3_endpoint,
            s3_access_key,
            s3_secret_key,
            secure=s3_secure,
            region=s3_region,
        )

    shown = f"{parts.scheme}://" if parts.scheme else url
    raise ValueError(f"unsupported storage URL {shown!r}: use file:///path or s3://bucket")
