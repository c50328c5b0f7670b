"""An object store on an S3-compatible service (MinIO, AWS S3, ...), through the ``minio`` client.

The ``minio`` client is synchronous, so every call runs in a worker thread.  Uploads of
unknown length go through ``put_object(length=-1)``: the client reads the stream in parts
of :data:`PART_SIZE` and sends them as a multipart upload (a plain PUT when the whole
stream fits in one part).  The stream it reads is :class:`_UploadReader`, whose blocking
``read(n)`` asks the event loop (``anyio.from_thread``) for the next ``n`` bytes of the
caller's async iterator.  That pull keeps memory bounded to about three parts (see
:data:`PART_SIZE`) whatever the object's size, and lets SHA-256, size and ``max_size`` be
handled as the bytes pass.

S3 never shows a multipart upload as an object before it is completed; on any failure the
client aborts the upload, so a failed ``put`` leaves nothing under the key.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
import re
from collections import deque
from collections.abc import AsyncIterable, AsyncIterator, Callable
from datetime import UTC
from typing import Any, TypeVar

import anyio
import anyio.from_thread
import anyio.lowlevel
import anyio.to_thread
import certifi
import urllib3
from minio import Minio
from minio.error import InvalidResponseError, MinioException, S3Error, ServerError
from minio.helpers import check_bucket_name

from .base import (
    DEFAULT_CHUNK_SIZE,
    ObjectInfo,
    ObjectNotFound,
    ObjectTooLarge,
    StorageError,
    StorageUnavailable,
    StoredObject,
    validate_content_type,
    validate_key,
    validate_prefix,
)

__all__ = ["PART_SIZE", "S3Store"]

T = TypeVar("T")

PART_SIZE = 10 * 1024 * 1024
"""Multipart part size (S3 needs at least 5 MiB).

Peak memory per upload is about three parts (~30 MiB, measured): minio still holds the
previous part while it reads the next, and it copies each part once when prepending the
look-ahead byte it uses to detect the end of a stream of unknown length.
"""

MAX_CONCURRENT_UPLOADS = 16
"""Uploads running at once per store; more wait for a slot."""

_DEFAULT_CONTENT_TYPE = "application/octet-stream"

# Timeouts.  Connecting to a healthy S3 service takes milliseconds, so one second (and one
# retry) is plenty and lets a health check fail fast.  Reads wait longer: completing a
# large multipart upload can take S3 many seconds.
_CONNECT_TIMEOUT = 1.0
_READ_TIMEOUT = 60.0
_PING_READ_TIMEOUT = 2.0

# S3 error codes meaning the store as a whole is unusable rather than one request failing.
_UNAVAILABLE_CODES = {
    "AccessDenied",
    "AllAccessDisabled",
    "InvalidAccessKeyId",
    "SignatureDoesNotMatch",
    "InvalidBucketName",
    "NoSuchBucket",
    "BucketAlreadyExists",
}


class S3Store:
    """An :class:`~kundval.core.storage.base.ObjectStore` keeping objects in one S3 bucket."""

    def __init__(
        self,
        bucket: str,
        endpoint: str,
        access_key: str | None,
        secret_key: str | None,
        secure: bool,
        region: str = "us-east-1",
    ) -> None:
        """Configure the store; no request is made until the first operation.

        Args:
            bucket: Bucket name; created on first use if missing.
            endpoint: ``host`` or ``host:port``, without scheme (``secure`` picks http or https).
            access_key: Access key, or None (with ``secret_key`` None) for anonymous access.
            secret_key: Secret key.
            secure: Use HTTPS.
            region: Region the client signs for.  Giving it also spares the client a
                bucket-location request before the first operation.

        Raises:
            ValueError: for a malformed bucket name or endpoint, or half a credential pair.
        """
        check_bucket_name(bucket)
        if "://" in endpoint or "/" in endpoint or not endpoint:
            raise ValueError(f"S3 endpoint must be 'host[:port]' without scheme or path, not {endpoint!r}")
        if (access_key is None) != (secret_key is None):
            raise ValueError("S3 access key and secret key must be given together")
        self.bucket = bucket
        self.endpoint = endpoint
        self.secure = secure
        self.region = region

        def client(read_timeout: float, retries: urllib3.Retry) -> Minio:
            # minio's default pool waits 5 minutes to connect and retries 5 times, so a
            # stopped server would hang requests (and health checks) for a long time.
            http = urllib3.PoolManager(
                timeout=urllib3.Timeout(connect=_CONNECT_TIMEOUT, read=read_timeout),
                maxsize=MAX_CONCURRENT_UPLOADS,
                cert_reqs="CERT_REQUIRED",
                ca_certs=os.environ.get("SSL_CERT_FILE") or certifi.where(),
                retries=retries,
            )
            return Minio(
                endpoint,
                access_key=access_key,
                secret_key=secret_key,
                secure=secure,
                region=region,
                http_client=http,
            )

        self._client = client(
            _READ_TIMEOUT,
            urllib3.Retry(total=3, connect=1, backoff_factor=0.2, status_forcelist=(500, 502, 503, 504)),
        )
        # A separate client for ping: answers within ~2 s even if the server accepts
        # connections but does not respond.
        self._ping_client = client(_PING_READ_TIMEOUT, urllib3.Retry(total=0))
        self._bucket_ready = False
        # Upload threads wait on the event loop for data (see _UploadReader).  Giving them
        # their own limiter means they can never use up the default thread pool that the
        # data source itself may need (say, a file being copied in), which would deadlock.
        self._upload_limiter = anyio.CapacityLimiter(MAX_CONCURRENT_UPLOADS)

    def __repr__(self) -> str:
        scheme = "https" if self.secure else "http"
        return f"S3Store(bucket={self.bucket!r}, endpoint='{scheme}://{self.endpoint}')"

    # -- plumbing --------------------------------------------------------------------

    async def _run(self, func: Callable[..., T], *args: Any, key: str | None = None) -> T:
        """Run a blocking minio call in a worker thread, translating its errors."""
        try:
            return await anyio.to_thread.run_sync(lambda: func(*args))
        except (MinioException, urllib3.exceptions.HTTPError, OSError) as exc:
            raise self._translate(exc, key) from exc

    def _translate(self, exc: BaseException, key: str | None) -> StorageError:
        """Map a minio/urllib3 error to the storage errors."""
        if isinstance(exc, S3Error):
            if exc.code in ("NoSuchKey", "NoSuchObject") and key is not None:
                return ObjectNotFound(key)
            if exc.code == "NoSuchBucket":
                # Someone removed the bucket; let the next operation try to create it again.
                self._bucket_ready = False
            if exc.code in _UNAVAILABLE_CODES:
                return StorageUnavailable(f"S3 bucket {self.bucket!r}: {exc.code}")
            return StorageError(f"S3 error {exc.code}: {exc.message}")
        if isinstance(exc, ServerError):
            return StorageUnavailable(f"S3 at {self.endpoint} answered HTTP {exc.status_code}")
        if isinstance(exc, InvalidResponseError):
            return StorageUnavailable(f"S3 at {self.endpoint} gave a non-S3 response")
        return StorageUnavailable(f"S3 at {self.endpoint} unreachable: {_network_reason(exc)}")

    async def ensure_bucket(self) -> None:
        """Create the bucket if it does not exist.

        Called lazily before the first operation; after one success it costs nothing.
        Concurrent first calls may both check, which is harmless: creating a bucket one
        already owns is treated as success.
        """
        if self._bucket_ready:
            return
        await self._run(self._ensure_bucket_sync, self._client)
        self._bucket_ready = True

    def _ensure_bucket_sync(self, client: Minio) -> None:
        if client.bucket_exists(self.bucket):
            return
        try:
            client.make_bucket(self.bucket)
        except S3Error as exc:
            if exc.code != "BucketAlreadyOwnedByYou":
                raise

    # -- put -------------------------------------------------------------------------

    async def put(
        self,
        key: str,
        chunks: AsyncIterable[bytes],
        content_type: str = _DEFAULT_CONTENT_TYPE,
        max_size: int | None = None,
    ) -> StoredObject:
        """Stream ``chunks`` to S3 under ``key`` (multipart beyond one part).

        See :meth:`ObjectStore.put <kundval.core.storage.base.ObjectStore.put>`.
        """
        validate_key(key)
        validate_content_type(content_type)
        if max_size is not None and max_size < 0:
            raise ValueError("max_size must not be negative")
        await self.ensure_bucket()

        reader = _UploadReader(key, chunks, max_size)

        def upload() -> None:
            # One part at a time (num_parallel_uploads=1): minio's parallel mode keeps
            # several parts in memory and leaves its worker threads blocked forever when an
            # upload fails, which is the case we care most about here.
            self._client.put_object(
                self.bucket,
                key,
                reader,  # type: ignore[arg-type]  # duck-typed: minio only calls read()
                length=-1,
                part_size=PART_SIZE,
                content_type=content_type,
                num_parallel_uploads=1,
            )

        try:
            await anyio.to_thread.run_sync(upload, limiter=self._upload_limiter)
        except Exception as exc:
            # By now minio has aborted any multipart upload it had started.
            if reader.cancelled:
                # This task was cancelled while minio waited for data (see _UploadReader).
                # Deliver the real cancellation now that minio has cleaned up.
                await anyio.lowlevel.checkpoint_if_cancelled()
                raise StorageError(f"upload of {key!r} was interrupted") from exc
            if reader.error is not None:
                # The source raised or max_size was exceeded: re-raise that, not whatever
                # minio's abort may have raised on top of it.
                raise reader.error from None
            if isinstance(exc, (urllib3.exceptions.HTTPError, ServerError, OSError)):
                # The connection failed after sending: the last request (the plain PUT or
                # the completion) may have succeeded without us hearing of it.  Keys are
                # fresh per upload, so removing whatever is there cannot hurt.
                with anyio.CancelScope(shield=True), contextlib.suppress(Exception):
                    await anyio.to_thread.run_sync(self._client.remove_object, self.bucket, key)
            if isinstance(exc, (MinioException, urllib3.exceptions.HTTPError, OSError)):
                raise self._translate(exc, key) from exc
            raise
        return StoredObject(key=key, size=reader.size, sha256=reader.sha256.hexdigest())

    # -- reads -----------------------------------------------------------------------

    async def open(self, key: str, chunk_size: int = DEFAULT_CHUNK_SIZE) -> AsyncIterator[bytes]:
        """Yield the object's bytes in chunks of at most ``chunk_size``; ObjectNotFound if missing."""
        validate_key(key)
        if chunk_size <= 0:
            raise ValueError("chunk_size must be positive")
        await self.ensure_bucket()
        response = await self._run(self._client.get_object, self.bucket, key, key=key)
        try:
            # urllib3 checks the body against Content-Length, so a dropped connection
            # raises (as StorageUnavailable) instead of ending the download early.
            while chunk := await self._run(response.read, chunk_size, key=key):
                yield chunk
        finally:
            # As the minio docs require: close, then hand the connection back to the pool.
            response.close()
            response.release_conn()

    async def stat(self, key: str) -> ObjectInfo:
        """Return the object's size, content type and modification time; ObjectNotFound if missing."""
        validate_key(key)
        await self.ensure_bucket()
        return await self._run(self._stat_sync, key, key=key)

    def _stat_sync(self, key: str) -> ObjectInfo:
        obj = self._client.stat_object(self.bucket, key)
        return ObjectInfo(
            key=key,
            size=obj.size or 0,
            content_type=obj.content_type or _DEFAULT_CONTENT_TYPE,
            last_modified=obj.last_modified.astimezone(UTC),  # type: ignore[union-attr]
        )

    async def delete(self, key: str) -> None:
        """Remove the object; S3 answers a delete of a missing key with success."""
        validate_key(key)
        await self.ensure_bucket()
        try:
            await self._run(self._client.remove_object, self.bucket, key, key=key)
        except ObjectNotFound:
            pass  # some S3 implementations do report it; deleting is idempotent anyway

    async def list(self, prefix: str = "") -> AsyncIterator[ObjectInfo]:
        """Yield every object whose key starts with ``prefix``, recursively, sorted by key.

        S3 lists keys in order already.  A listing does not include content types, so
        each object costs one HEAD request; listing is for maintenance, not hot paths.
        """
        validate_prefix(prefix)
        await self.ensure_bucket()
        # A lazy generator: it fetches a page of 1000 keys whenever it runs out.
        listing = self._client.list_objects(self.bucket, prefix=prefix or None, recursive=True)

        def next_batch() -> list[ObjectInfo]:
            batch: list[ObjectInfo] = []
            for obj in itertools.islice(listing, 100):
                try:
                    batch.append(self._stat_sync(obj.object_name))
                except S3Error as exc:
                    if exc.code != "NoSuchKey":
                        raise
                    # Deleted between the listing and the HEAD: it is gone, skip it.
            return batch

        while batch := await self._run(next_batch):
            for info in batch:
                yield info

    # -- health ----------------------------------------------------------------------

    async def ping(self) -> None:
        """Check that the server answers and the bucket exists or can be created.

        Uses a client with short timeouts and no retries, so it fails within ~2 s.
        """
        try:
            await self._run(self._ensure_bucket_sync, self._ping_client)
        except StorageUnavailable:
            raise
        except StorageError as exc:
            raise StorageUnavailable(str(exc)) from exc
        self._bucket_ready = True


class _UploadCancelled(Exception):
    """Raised into minio's thread when the upload's task is cancelled while it waits for data."""


class _UploadReader:
    """A blocking, file-like ``read(n)`` over an async iterator, for minio's worker thread.

    Each ``read`` runs :meth:`_pull` on the event loop through ``anyio.from_thread.run`` and
    waits for it, so the source is consumed only as fast as parts are uploaded and at most
    one part (plus one chunk) is buffered here.  Size, SHA-256 and ``max_size`` are handled
    as chunks arrive, before any of their bytes are sent.

    The source is advanced in a short-lived task per ``read`` (on the caller's event loop),
    so it must not hold a cancel scope open across a ``yield``, which anyio forbids for
    async generators anyway.
    """

    def __init__(self, key: str, chunks: AsyncIterable[bytes], max_size: int | None) -> None:
        self._key = key
        self._iterator = aiter(chunks)
        self._max_size = max_size
        self._pending: deque[bytes] = deque()
        self._pending_size = 0
        self._exhausted = False
        self.size = 0
        self.sha256 = hashlib.sha256()
        self.error: Exception | None = None
        """What the source raised (or ObjectTooLarge), to be re-raised by put."""
        self.cancelled = False

    def read(self, size: int = -1) -> bytes:
        """Return the next ``size`` bytes (fewer only at the end; all the rest if negative)."""
        return anyio.from_thread.run(self._pull, size)

    async def _pull(self, size: int) -> bytes:
        try:
            # anyio delivers a cancellation to the tasks in a scope when it happens; a task
            # started later from a thread (this one, if the upload's task was cancelled
            # while minio was sending a part) is not cancelled, so check by hand.
            if anyio.current_effective_deadline() <= anyio.current_time():
                raise anyio.get_cancelled_exc_class()()
            while not self._exhausted and (size < 0 or self._pending_size < size):
                try:
                    chunk = await anext(self._iterator)
                except StopAsyncIteration:
                    self._exhausted = True
                    break
                if not chunk:
                    continue
                chunk = bytes(chunk)  # no copy for bytes; bytearray/memoryview are copied
                self.size += len(chunk)
                if self._max_size is not None and self.size > self._max_size:
                    raise ObjectTooLarge(self._key, self._max_size)
                self.sha256.update(chunk)
                self._pending.append(chunk)
                self._pending_size += len(chunk)
        except anyio.get_cancelled_exc_class():
            # minio aborts a multipart upload only on Exception, and cancellation is a
            # BaseException: hand the thread an ordinary exception instead.  put() then
            # delivers the cancellation itself.
            self.cancelled = True
            raise _UploadCancelled from None
        except Exception as exc:
            self.error = exc
            raise
        return self._take(size)

    def _take(self, size: int) -> bytes:
        if size < 0 or self._pending_size <= size:
            parts = list(self._pending)
            self._pending.clear()
            self._pending_size = 0
        else:
            parts, needed = [], size
            while needed:
                chunk = self._pending.popleft()
                if len(chunk) > needed:
                    self._pending.appendleft(chunk[needed:])
                    chunk = chunk[:needed]
                parts.append(chunk)
                needed -= len(chunk)
            self._pending_size -= size
        return b"".join(parts)


def _network_reason(exc: BaseException) -> str:
    """A short reason for a network failure, without urllib3's object reprs."""
    reason: BaseException = exc
    if isinstance(exc, urllib3.exceptions.MaxRetryError) and exc.reason is not None:
        reason = exc.reason
    # Most specific first: in urllib3 2.x NameResolutionError is a NewConnectionError,
    # which in turn is a ConnectTimeoutError.
    if isinstance(reason, urllib3.exceptions.NameResolutionError):
        return "cannot resolve host name"
    if isinstance(reason, urllib3.exceptions.NewConnectionError):
        # "HTTPConnection(host=..., port=...): Failed to establish a new connection: [Errno 111] Connection refused"
        text = re.sub(r"^\[Errno -?\d+\]\s*", "", str(reason).rsplit(": ", 1)[-1])
        return text.lower() or "cannot connect"
    if isinstance(reason, urllib3.exceptions.ConnectTimeoutError):
        return "connection timed out"
    if isinstance(reason, (urllib3.exceptions.ReadTimeoutError, TimeoutError)):
        return "no answer in time"
    text = str(reason) or type(reason).__name__
    return text if len(text) <= 200 else text[:197] + "..."
