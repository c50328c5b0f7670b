"""The object store contract, run against every backend (``store`` is filesystem and s3), plus store_from_url."""

from __future__ import annotations

import hashlib
import os
import time
import tracemalloc
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import anyio
import anyio.lowlevel
import boto3
import pytest

from kundval.core.storage import (
    FileSystemStore,
    ObjectInfo,
    ObjectNotFound,
    ObjectStore,
    ObjectTooLarge,
    S3Store,
    StorageUnavailable,
    store_from_url,
    validate_key,
    validate_prefix,
)
from kundval.core.storage.s3 import PART_SIZE

from .conftest import MOTO_CREDENTIALS, free_port

MiB = 1024 * 1024
CHUNK = 64 * 1024


async def stream(data: bytes, chunk_size: int = CHUNK) -> AsyncIterator[bytes]:
    """Yield ``data`` in chunks, as an upload of unknown length would arrive."""
    for start in range(0, len(data), chunk_size):
        await anyio.lowlevel.checkpoint()
        yield data[start : start + chunk_size]


async def generated(size: int, chunk_size: int = CHUNK) -> AsyncIterator[bytes]:
    """Yield ``size`` pseudo-random bytes without ever holding more than one chunk.

    The chunks differ (a counter in each) so that a reordered or repeated part changes the hash.
    """
    block = os.urandom(chunk_size)
    sent = 0
    counter = 0
    while sent < size:
        n = min(chunk_size, size - sent)
        yield counter.to_bytes(8, "big") + block[8:n] if n >= 8 else block[:n]
        sent += n
        counter += 1


async def read_all(store: ObjectStore, key: str, chunk_size: int = CHUNK) -> bytes:
    return b"".join([chunk async for chunk in store.open(key, chunk_size)])


async def digest_of(store: ObjectStore, key: str) -> tuple[int, str]:
    """Size and SHA-256 of a stored object, read as a stream."""
    sha, size = hashlib.sha256(), 0
    async for chunk in store.open(key):
        sha.update(chunk)
        size += len(chunk)
    return size, sha.hexdigest()


async def listed(store: ObjectStore, prefix: str = "") -> list[ObjectInfo]:
    return [info async for info in store.list(prefix)]


class SourceBroke(Exception):
    pass


async def failing(data_before_failure: int) -> AsyncIterator[bytes]:
    async for chunk in generated(data_before_failure):
        yield chunk
    raise SourceBroke("client went away")


def leftovers(store: ObjectStore) -> list[str]:
    """Anything an aborted upload could have left behind outside the object namespace."""
    if isinstance(store, FileSystemStore):
        return sorted(p.name for p in (store.root / "tmp").iterdir())
    assert isinstance(store, S3Store)
    s3 = boto3.client(
        "s3",
        endpoint_url=f"http://{store.endpoint}",
        aws_access_key_id=MOTO_CREDENTIALS["access_key"],
        aws_secret_access_key=MOTO_CREDENTIALS["secret_key"],
        region_name="us-east-1",
    )
    uploads = s3.list_multipart_uploads(Bucket=store.bucket).get("Uploads", [])
    return [f"multipart upload of {u['Key']}" for u in uploads]


async def assert_nothing_stored(store: ObjectStore, key: str) -> None:
    with pytest.raises(ObjectNotFound):
        await store.stat(key)
    with pytest.raises(ObjectNotFound):
        await read_all(store, key)
    assert await listed(store) == []
    assert leftovers(store) == []


# -- round trips -------------------------------------------------------------------


async def test_round_trip(store: ObjectStore) -> None:
    data = b"%PDF-1.7 " + os.urandom(200_000)
    before = datetime.now(UTC) - timedelta(seconds=2)

    stored = await store.put("documents/2026/11/abc", stream(data, 10_000), "application/pdf")

    assert stored.key == "documents/2026/11/abc"
    assert stored.size == len(data)
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    assert await read_all(store, stored.key) == data
    chunks = [chunk async for chunk in store.open(stored.key, chunk_size=4096)]
    assert max(len(c) for c in chunks) <= 4096 and b"".join(chunks) == data

    info = await store.stat(stored.key)
    assert (info.key, info.size, info.content_type) == (stored.key, len(data), "application/pdf")
    assert info.last_modified.tzinfo is not None
    assert info.last_modified.utcoffset() == timedelta(0)
    assert before <= info.last_modified <= datetime.now(UTC) + timedelta(seconds=2)


async def test_empty_object(store: ObjectStore) -> None:
    stored = await store.put("empty", stream(b""))
    assert (stored.size, stored.sha256) == (0, hashlib.sha256(b"").hexdigest())
    assert await read_all(store, "empty") == b""
    info = await store.stat("empty")
    assert (info.size, info.content_type) == (0, "application/octet-stream")


async def test_put_overwrites(store: ObjectStore) -> None:
    await store.put("k", stream(b"first"), "text/plain")
    await store.put("k", stream(b"second"), "application/json")
    assert await read_all(store, "k") == b"second"
    assert (await store.stat("k")).content_type == "application/json"


async def test_multipart_stream_of_unknown_length(store: ObjectStore) -> None:
    # 12 MiB is more than one 10 MiB part, so S3 takes the multipart path.
    size = 12 * MiB
    sha = hashlib.sha256()
    source = generated(size)

    async def hashing() -> AsyncIterator[bytes]:
        async for chunk in source:
            sha.update(chunk)
            yield chunk

    stored = await store.put("big/one", hashing())

    assert stored.size == size
    assert stored.sha256 == sha.hexdigest()
    assert await digest_of(store, "big/one") == (size, sha.hexdigest())
    assert (await store.stat("big/one")).size == size


@pytest.mark.moto_out_of_process
async def test_upload_and_download_memory_is_bounded(store: ObjectStore) -> None:
    """A 24 MiB upload must not be buffered whole: the extra memory peak stays under 40 MiB.

    Why 40 MiB: S3Store has minio send parts of 10 MiB (PART_SIZE) one at a time, and
    minio 7.2 holds about three parts at its peak: the previous part (still referenced
    while the next is read), the next part as read, and the copy it makes to prepend its
    look-ahead byte (measured: ~30 MiB).  Keeping the whole 24 MiB object in memory as
    well would go far past 40 MiB, so the bound catches buffering while leaving ~10 MiB
    for noise.  The filesystem store writes in ~1 MiB batches and peaks near 1 MiB.
    (moto runs in a child process for this test: in-process, its own copies of the
    object, ~115 MiB for this upload, would be counted too.)
    """
    size = 24 * MiB
    assert PART_SIZE == 10 * MiB
    tracemalloc.start()
    try:
        source = generated(size)
        tracemalloc.reset_peak()
        stored = await store.put("big/measured", source)
        _, upload_peak = tracemalloc.get_traced_memory()

        tracemalloc.reset_peak()
        assert await digest_of(store, "big/measured") == (size, stored.sha256)
        _, download_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert stored.size == size
    assert upload_peak < 40 * MiB, f"upload peak {upload_peak / MiB:.1f} MiB"
    # Downloads go chunk by chunk; a few MiB covers the HTTP client's buffers.
    assert download_peak < 8 * MiB, f"download peak {download_peak / MiB:.1f} MiB"


# -- failed uploads leave nothing ----------------------------------------------------


@pytest.mark.parametrize(
    ("size", "max_size"),
    [(2000, 1000), (12 * MiB, 11 * MiB)],
    ids=["single-part", "multipart"],
)
async def test_too_large_leaves_nothing(store: ObjectStore, size: int, max_size: int) -> None:
    with pytest.raises(ObjectTooLarge) as raised:
        await store.put("uploads/too-big", generated(size), max_size=max_size)
    assert raised.value.max_size == max_size
    await assert_nothing_stored(store, "uploads/too-big")


async def test_exactly_max_size_is_accepted(store: ObjectStore) -> None:
    stored = await store.put("uploads/just-fits", stream(b"x" * 1000), max_size=1000)
    assert stored.size == 1000
    with pytest.raises(ObjectTooLarge):
        await store.put("uploads/one-more", stream(b"x" * 1001), max_size=1000)


@pytest.mark.parametrize(
    "fail_after",
    [CHUNK, 11 * MiB],
    ids=["single-part", "multipart"],
)
async def test_failing_source_leaves_nothing(store: ObjectStore, fail_after: int) -> None:
    # The source's own exception comes out, so the caller can tell a client that went away
    # from a storage failure.
    with pytest.raises(SourceBroke):
        await store.put("uploads/broken", failing(fail_after))
    await assert_nothing_stored(store, "uploads/broken")


@pytest.mark.parametrize(
    ("cancel_after", "then_stall"),
    [(CHUNK, True), (11 * MiB, True), (10 * MiB + 2 * CHUNK, False)],
    ids=["waiting-single-part", "waiting-multipart", "while-sending-a-part"],
)
async def test_cancelled_upload_leaves_nothing(store: ObjectStore, cancel_after: int, then_stall: bool) -> None:
    # "while-sending-a-part": the first 10 MiB part has been handed to minio when the
    # cancellation comes, and the source goes on delivering data.
    reached = anyio.Event()

    async def source() -> AsyncIterator[bytes]:
        sent = 0
        async for chunk in generated(30 * MiB):
            yield chunk
            sent += len(chunk)
            if sent >= cancel_after:
                reached.set()
                if then_stall:
                    await anyio.sleep_forever()

    async with anyio.create_task_group() as tg:

        async def upload() -> None:
            await store.put("uploads/cancelled", source())

        tg.start_soon(upload)
        with anyio.fail_after(10):
            await reached.wait()
        tg.cancel_scope.cancel()

    await assert_nothing_stored(store, "uploads/cancelled")


# -- reads, deletes, listing --------------------------------------------------------


async def test_missing_objects(store: ObjectStore) -> None:
    with pytest.raises(ObjectNotFound):
        await read_all(store, "documents/nothing-here")
    with pytest.raises(ObjectNotFound):
        await store.stat("documents/nothing-here")


async def test_a_directory_of_keys_is_not_an_object(store: ObjectStore) -> None:
    await store.put("folder/file", stream(b"data"))
    with pytest.raises(ObjectNotFound):
        await store.stat("folder")
    with pytest.raises(ObjectNotFound):
        await read_all(store, "folder")


async def test_stopping_a_download_early_releases_it(store: ObjectStore) -> None:
    await store.put("k", generated(MiB))
    downloads = [store.open("k", chunk_size=1024) for _ in range(20)]
    for download in downloads:
        assert len(await anext(download)) == 1024
        await download.aclose()  # type: ignore[attr-defined]
    assert (await store.stat("k")).size == MiB


async def test_delete_is_idempotent(store: ObjectStore) -> None:
    await store.put("documents/x", stream(b"data"))
    await store.delete("documents/x")
    with pytest.raises(ObjectNotFound):
        await store.stat("documents/x")
    await store.delete("documents/x")
    await store.delete("never/existed")
    assert await listed(store) == []


async def test_list_by_prefix_sorted_with_sizes(store: ObjectStore) -> None:
    # Chosen to trip a naive directory walk: '-' and '.' sort before '/', so "docs-x" and
    # "docs.y" come before everything under "docs/"; "2026/11" sorts before "2026/2".
    contents = {
        "docs/2026/2/b": b"bb",
        "docs/2026/11/a": b"a",
        "docs/2026/11/c": b"ccc",
        "docs-x": b"dddd",
        "docs.y": b"eeeee",
        "docsz/1": b"ffffff",
        "other/z": b"g",
    }
    for key, data in contents.items():
        await store.put(key, stream(data), "text/plain")

    everything = await listed(store)
    assert [i.key for i in everything] == sorted(contents)
    assert all(i.size == len(contents[i.key]) and i.content_type == "text/plain" for i in everything)
    assert all(i.last_modified.utcoffset() == timedelta(0) for i in everything)

    assert [(i.key, i.size) for i in await listed(store, "docs/")] == [
        ("docs/2026/11/a", 1),
        ("docs/2026/11/c", 3),
        ("docs/2026/2/b", 2),
    ]
    assert [i.key for i in await listed(store, "docs/2026/1")] == ["docs/2026/11/a", "docs/2026/11/c"]
    assert [i.key for i in await listed(store, "docs")] == sorted(k for k in contents if k.startswith("docs"))
    assert [i.key for i in await listed(store, "other/z")] == ["other/z"]
    assert await listed(store, "nothing/") == []


BAD_KEYS = [
    "",
    "/documents/x",
    "documents/../secrets",
    "..",
    "a..b",
    "documents\\x",
    "documents//x",
    "documents/x/",
    "documents/./x",
    ".",
    "dokument/åäö",
    "with space",
    "semi;colon",
    "a" * 1025,
]


@pytest.mark.parametrize("key", BAD_KEYS)
async def test_invalid_keys_are_refused(store: ObjectStore, key: str) -> None:
    with pytest.raises(ValueError):
        await store.put(key, stream(b"x"))
    with pytest.raises(ValueError):
        await read_all(store, key)
    with pytest.raises(ValueError):
        await store.stat(key)
    with pytest.raises(ValueError):
        await store.delete(key)
    assert await listed(store) == []


@pytest.mark.parametrize("prefix", ["/", "/docs", "../", "docs/../", "a\\b", "docs//"])
async def test_invalid_prefixes_are_refused(store: ObjectStore, prefix: str) -> None:
    with pytest.raises(ValueError):
        await listed(store, prefix)


async def test_ping(store: ObjectStore) -> None:
    await store.ping()


# -- backend-specific -----------------------------------------------------------------


async def test_s3_ping_when_nothing_listens_fails_fast() -> None:
    store = S3Store("kundval", f"127.0.0.1:{free_port()}", secure=False, **MOTO_CREDENTIALS)
    started = time.monotonic()
    with pytest.raises(StorageUnavailable) as raised:
        await store.ping()
    assert time.monotonic() - started < 3
    assert "unreachable" in str(raised.value)
    # Ordinary operations fail the same way (and as quickly), not with a raw urllib3 error.
    with pytest.raises(StorageUnavailable):
        await store.stat("documents/x")
    assert time.monotonic() - started < 6


async def test_s3_creates_its_bucket(moto_server: str) -> None:
    store = S3Store(f"created-{os.urandom(6).hex()}", moto_server, secure=False, **MOTO_CREDENTIALS)
    await store.put("k", stream(b"data"))
    assert await read_all(store, "k") == b"data"
    await store.ping()
    await store.delete("k")


async def test_filesystem_ping_fails_when_root_is_not_writable(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_bytes(b"")
    store = FileSystemStore(blocker / "root")  # cannot exist: its parent is a file
    with pytest.raises(StorageUnavailable):
        await store.ping()


async def test_filesystem_keeps_keys_inside_root(tmp_path: Path) -> None:
    store = FileSystemStore(tmp_path / "root")
    await store.put("documents/2026/11/u", stream(b"data"), "text/plain")
    files = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file())
    assert files == ["root/meta/documents/2026/11/u.json", "root/objects/documents/2026/11/u"]


# -- keys and URLs ------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["documents/2026/11/0b9c6c1e-8d5e-4a3b-9a47-1f0e2c3d4e5f", "a", "A-Z_0.9/x.pdf"])
def test_valid_keys(key: str) -> None:
    assert validate_key(key) == key


@pytest.mark.parametrize("key", BAD_KEYS)
def test_validate_key_refuses(key: str) -> None:
    with pytest.raises(ValueError):
        validate_key(key)


@pytest.mark.parametrize("prefix", ["", "documents/", "documents/2026/1", "d"])
def test_valid_prefixes(prefix: str) -> None:
    assert validate_prefix(prefix) == prefix


S3_SETTINGS = {"s3_endpoint": "minio:9000", "s3_access_key": "ak", "s3_secret_key": "sk", "s3_secure": True}
NO_S3 = {"s3_endpoint": None, "s3_access_key": None, "s3_secret_key": None, "s3_secure": False}


def test_store_from_url_absolute_file() -> None:
    store = store_from_url("file:///srv/kundval/objects", **NO_S3)
    assert isinstance(store, FileSystemStore)
    assert store.root == Path("/srv/kundval/objects")


def test_store_from_url_relative_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    store = store_from_url("file://var/objects", **NO_S3)
    assert isinstance(store, FileSystemStore)
    assert store.root == tmp_path / "var" / "objects"


def test_store_from_url_decodes_percent_escapes() -> None:
    store = store_from_url("file:///srv/my%20files", **NO_S3)
    assert isinstance(store, FileSystemStore) and store.root == Path("/srv/my files")


def test_store_from_url_s3() -> None:
    store = store_from_url("s3://kundval-documents", **S3_SETTINGS, s3_region="eu-north-1")
    assert isinstance(store, S3Store)
    assert (store.bucket, store.endpoint, store.secure, store.region) == (
        "kundval-documents",
        "minio:9000",
        True,
        "eu-north-1",
    )


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://example.org/files", "unsupported storage URL"),
        ("ftp://host/x", "unsupported storage URL"),
        ("/srv/files", "unsupported storage URL"),
        ("", "unsupported storage URL"),
        ("file:/srv/files", "file:///abs/path"),
        ("file://", "names no directory"),
        ("file:///srv/files?x=1", "query or fragment"),
        ("s3://", "names no bucket"),
        ("s3://bucket/prefix", "just s3://bucket"),
        ("s3://key:secret@bucket", "just s3://bucket"),
    ],
)
def test_store_from_url_refuses(url: str, message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("?", r"\?")) as raised:
        store_from_url(url, **S3_SETTINGS)
    assert "secret" not in str(raised.value)


def test_store_from_url_s3_needs_an_endpoint() -> None:
    with pytest.raises(ValueError, match="endpoint"):
        store_from_url("s3://bucket", **{**S3_SETTINGS, "s3_endpoint": None})


def test_s3_store_refuses_an_endpoint_with_scheme() -> None:
    with pytest.raises(ValueError, match="without scheme"):
        S3Store("bucket", "http://minio:9000", "ak", "sk", secure=False)
