"""An object store on a local (or mounted) filesystem.

Layout under ``root``::

    objects/<key>          the object's bytes
    meta/<key>.json        {"content_type": ..., "sha256": ...}
    tmp/                   uploads in progress

Keeping the three apart means a key can never collide with a sidecar or a temporary file,
and ``list`` only has to walk ``objects/``.  ``tmp/`` is on the same filesystem as
``objects/``, so publishing an upload is a single atomic ``os.replace``: readers see either
the old state or the complete new object, never a partial one.

Blocking calls run in worker threads (``anyio.to_thread``); files are read and written in
bounded chunks, never whole.
"""

from __future__ import annotations

import builtins  # the store's own method `list` hides the builtin inside the class
import contextlib
import errno
import hashlib
import json
import os
import tempfile
from collections.abc import AsyncIterable, AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from stat import S_ISREG
from typing import IO, Any

import anyio.to_thread

from kundval.core import clock

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

__all__ = ["FileSystemStore"]

_DEFAULT_CONTENT_TYPE = "application/octet-stream"

# Uploads arrive in small chunks (often 64 KiB); batching them into ~1 MiB writes costs
# little memory and saves most of the thread hops.
_WRITE_BATCH = 1024 * 1024

# Errors that mean "the store itself is unusable", as opposed to a problem with one object.
# ENOTDIR: something that is not a folder (a file, say) stands where the store's folder should be.
_UNAVAILABLE_ERRNOS = {
    errno.ENOSPC,
    errno.EROFS,
    errno.EACCES,
    errno.EPERM,
    errno.EDQUOT,
    errno.ENOENT,
    errno.ENOTDIR,
    errno.EIO,
    errno.ESTALE,
}

# Uploads still writing are younger than this; an older temporary file belongs to a worker that died mid-upload.
STALE_TEMPORARY_AGE_SECONDS = 3600


class FileSystemStore:
    """An :class:`~kundval.core.storage.base.ObjectStore` keeping objects as files under ``root``."""

    def __init__(self, root: Path) -> None:
        """Use ``root`` (made absolute) as the store's directory, creating it if missing.

        A failure to create it is not raised here, so that an application can still start
        and report the problem through :meth:`ping`.
        """
        self.root = Path(root).absolute()
        self._objects = self.root / "objects"
        self._meta = self.root / "meta"
        self._tmp = self.root / "tmp"
        with contextlib.suppress(OSError):
            self._create_layout()

    def __repr__(self) -> str:
        return f"FileSystemStore({str(self.root)!r})"

    # -- paths -------------------------------------------------------------------------

    def _create_layout(self) -> None:
        for directory in (self._objects, self._meta, self._tmp):
            directory.mkdir(parents=True, exist_ok=True)

    def _check_layout(self) -> None:
        """Raise StorageUnavailable unless the store's folders are all there.

        A missing root (an unmounted volume, a deleted folder) or a file in its place is an outage, not an empty
        store: the objects are somewhere else, so creating a new empty folder would only hide that.
        """
        broken = [path for path in (self._objects, self._meta, self._tmp) if not path.is_dir()]
        if broken:
            raise StorageUnavailable(f"file store at {self.root} is not usable: {broken[0]} is not a folder")

    def _data_path(self, key: str) -> Path:
        # validate_key rules out '..', absolute keys and backslashes, so the path stays
        # inside objects/.
        return self._objects / validate_key(key)

    def _meta_path(self, key: str) -> Path:
        return self._meta / f"{validate_key(key)}.json"

    def _meta_path_unchecked(self, key: str) -> Path:
        # For keys found on disk by list: a file placed there by hand may not be a valid
        # key, and listing should not fail because of it.
        return self._meta / f"{key}.json"

    # -- put -------------------------------------------------------------------------

    async def put(
        self,
        key: str,
        chunks: AsyncIterable[bytes],
        content_type: str = _DEFAULT_CONTENT_TYPE,
        max_size: int | None = None,
    ) -> StoredObject:
        """Stream ``chunks`` into a temporary file, then atomically publish it under ``key``.

        See :meth:`ObjectStore.put <kundval.core.storage.base.ObjectStore.put>`.
        """
        data_path, meta_path = self._data_path(key), self._meta_path(key)
        validate_content_type(content_type)
        if max_size is not None and max_size < 0:
            raise ValueError("max_size must not be negative")

        try:
            await anyio.to_thread.run_sync(self._check_layout)
            # On the event loop, not in a thread: a cancellation while a thread made the file would lose its name
            # and leave the file behind. Creating an empty file is quick.
            fd, tmp_name = tempfile.mkstemp(dir=self._tmp, prefix="put-", suffix=".part")
        except OSError as exc:
            raise _os_error(exc, "cannot create a temporary file") from exc

        tmp_path = Path(tmp_name)
        meta_tmp_path: Path | None = None
        published = False
        file = os.fdopen(fd, "wb")
        sha256 = hashlib.sha256()
        size = 0
        try:
            batch: list[bytes] = []
            batch_size = 0
            async for chunk in chunks:
                if not chunk:
                    continue
                size += len(chunk)
                # Check before writing so an oversized upload never costs more than one
                # extra chunk of disk.
                if max_size is not None and size > max_size:
                    raise ObjectTooLarge(key, max_size)
                batch.append(bytes(chunk))
                batch_size += len(chunk)
                if batch_size >= _WRITE_BATCH:
                    await anyio.to_thread.run_sync(_write_batch, file, sha256, batch)
                    batch, batch_size = [], 0
            await anyio.to_thread.run_sync(_write_batch, file, sha256, batch)
            await anyio.to_thread.run_sync(_sync_and_close, file)

            digest = sha256.hexdigest()
            meta = {"content_type": content_type, "sha256": digest}
            meta_tmp_path = await anyio.to_thread.run_sync(self._write_meta_tmp, meta)
            await anyio.to_thread.run_sync(self._publish, tmp_path, data_path, meta_tmp_path, meta_path)
            published = True
            return StoredObject(key=key, size=size, sha256=digest)
        except OSError as exc:
            raise _os_error(exc, f"cannot store {key!r}") from exc
        finally:
            if not published:
                # Synchronous on purpose: this also runs when the task is being cancelled,
                # where an ``await`` would be cancelled too.  Closing and unlinking a file
                # is quick enough not to matter to the event loop.
                file.close()
                for path in (tmp_path, meta_tmp_path):
                    if path is not None:
                        with contextlib.suppress(OSError):
                            path.unlink()

    def _write_meta_tmp(self, meta: dict[str, Any]) -> Path:
        fd, name = tempfile.mkstemp(dir=self._tmp, prefix="meta-", suffix=".part")
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            json.dump(meta, file)
            file.flush()
            os.fsync(file.fileno())
        return Path(name)

    def _publish(self, tmp_path: Path, data_path: Path, meta_tmp_path: Path, meta_path: Path) -> None:
        """Move a finished upload into place: the sidecar first, then the data.

        The object becomes visible when its data file appears, so writing the sidecar first
        means a visible object always has its content type.  Both renames are atomic; only
        a crash between them could pair a new sidecar with an old file, and keys are fresh.
        """
        data_path.parent.mkdir(parents=True, exist_ok=True)
        meta_path.parent.mkdir(parents=True, exist_ok=True)
        if data_path.is_dir():
            raise StorageError(f"cannot store {data_path.relative_to(self._objects)!s}: keys under it exist")
        # The object's time is the application's clock, as S3 stamps it on arrival: the orphan sweep compares it with
        # clock.now(), which tests move with time-machine while the kernel's file times stay real.
        stamp = clock.now().timestamp()
        os.utime(tmp_path, (stamp, stamp))
        os.replace(meta_tmp_path, meta_path)
        try:
            os.replace(tmp_path, data_path)
        except OSError:
            if not data_path.exists():
                with contextlib.suppress(OSError):
                    meta_path.unlink()
            raise
        _fsync_directory(data_path.parent)

    # -- reads -----------------------------------------------------------------------

    async def open(self, key: str, chunk_size: int = DEFAULT_CHUNK_SIZE) -> AsyncIterator[bytes]:
        """Yield the object's bytes in chunks of at most ``chunk_size``; ObjectNotFound if missing."""
        if chunk_size <= 0:
            raise ValueError("chunk_size must be positive")
        path = self._data_path(key)
        try:
            file = await anyio.to_thread.run_sync(path.open, "rb")
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            await anyio.to_thread.run_sync(self._check_layout)
            raise ObjectNotFound(key) from None
        except OSError as exc:
            raise _os_error(exc, f"cannot open {key!r}") from exc
        try:
            while chunk := await anyio.to_thread.run_sync(file.read, chunk_size):
                yield chunk
        except OSError as exc:
            raise _os_error(exc, f"cannot read {key!r}") from exc
        finally:
            file.close()

    async def stat(self, key: str) -> ObjectInfo:
        """Return the object's size, content type and modification time; ObjectNotFound if missing."""
        data_path, meta_path = self._data_path(key), self._meta_path(key)
        try:
            info = await anyio.to_thread.run_sync(_file_info, key, data_path, meta_path)
        except OSError as exc:
            raise _os_error(exc, f"cannot stat {key!r}") from exc
        if info is None:
            await anyio.to_thread.run_sync(self._check_layout)
            raise ObjectNotFound(key)
        return info

    async def delete(self, key: str) -> None:
        """Remove the object and its sidecar; a missing object is not an error."""
        data_path, meta_path = self._data_path(key), self._meta_path(key)

        def remove() -> None:
            # Data first: once it is gone the object is gone, whatever happens to the sidecar.
            for path in (data_path, meta_path):
                try:
                    path.unlink()
                except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
                    # Missing, or a "directory" of longer keys: either way no object here.
                    pass

        try:
            await anyio.to_thread.run_sync(remove)
        except OSError as exc:
            raise _os_error(exc, f"cannot delete {key!r}") from exc

    async def list(self, prefix: str = "") -> AsyncIterator[ObjectInfo]:
        """Yield every object whose key starts with ``prefix``, recursively, sorted by key.

        Directories are read one at a time, so memory grows with the depth of the tree and
        the size of one directory, not with the number of objects.
        """
        validate_prefix(prefix)
        # "documents/20" -> walk objects/documents, keeping entries whose name starts with "20".
        directory, _, name_prefix = prefix.rpartition("/")
        try:
            async for info in self._walk(directory, name_prefix):
                yield info
        except OSError as exc:
            raise _os_error(exc, "cannot list objects") from exc

    async def _walk(self, directory: str, name_prefix: str) -> AsyncIterator[ObjectInfo]:
        entries = await anyio.to_thread.run_sync(self._scan, directory, name_prefix)
        for key, info in entries:
            if info is None:
                async for child in self._walk(key, ""):
                    yield child
            else:
                yield info

    def _scan(self, directory: str, name_prefix: str) -> builtins.list[tuple[str, ObjectInfo | None]]:
        """List one directory, in key order: ``(key, info)`` for files, ``(key, None)`` for subdirectories."""
        path = self._objects / directory if directory else self._objects
        try:
            with os.scandir(path) as it:
                entries = [entry for entry in it if entry.name.startswith(name_prefix)]
        except (FileNotFoundError, NotADirectoryError):
            return []

        found: list[tuple[str, str, ObjectInfo | None]] = []
        for entry in entries:
            key = f"{directory}/{entry.name}" if directory else entry.name
            # Symlinks are never created by this store; skipping them keeps list from
            # wandering outside the root.
            if entry.is_dir(follow_symlinks=False):
                # Every key below "a" starts with "a/", so sorting the directory as "a/"
                # puts it where its keys belong (after "a-b" and "a.b", which sort before '/').
                found.append((entry.name + "/", key, None))
            elif entry.is_file(follow_symlinks=False):
                info = _file_info(key, Path(entry.path), self._meta_path_unchecked(key))
                if info is not None:
                    found.append((entry.name, key, info))
        found.sort(key=lambda item: item[0])
        return [(key, info) for _, key, info in found]

    # -- health ----------------------------------------------------------------------

    async def ping(self) -> None:
        """Check that the store's folders exist (never creating them: see ``_check_layout``) and that a file can be
        written there."""

        def probe() -> None:
            self._check_layout()
            with tempfile.NamedTemporaryFile(dir=self._tmp, prefix="ping-") as file:
                file.write(b"ok")
                file.flush()

        try:
            await anyio.to_thread.run_sync(probe)
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise StorageUnavailable(f"file store at {self.root} is not writable: {reason}") from exc

    # -- maintenance -----------------------------------------------------------------------

    async def remove_stale_temporary_files(
        self, now: datetime, older_than_seconds: float = STALE_TEMPORARY_AGE_SECONDS
    ) -> int:
        """Delete files in ``tmp/`` last written more than ``older_than_seconds`` before ``now``; return how many.

        ``put`` removes its temporary file on every failure it lives to see; a worker killed mid-upload does not,
        and its partial file would stay for good. Younger files may be uploads in progress and are left alone.
        """

        def sweep() -> int:
            removed = 0
            with os.scandir(self._tmp) as entries:
                for entry in entries:
                    # Another sweep (a second machine's scheduled run) may remove a file between the listing, the
                    # stat and the unlink: a file already gone is not an error, and only one of them counts it.
                    with contextlib.suppress(FileNotFoundError):
                        if entry.is_file(follow_symlinks=False) and (
                            now.timestamp() - entry.stat().st_mtime > older_than_seconds
                        ):
                            os.unlink(entry.path)
                            removed += 1
            return removed

        try:
            return await anyio.to_thread.run_sync(sweep)
        except OSError as exc:
            raise _os_error(exc, "cannot clean the temporary folder") from exc


def _write_batch(file: IO[bytes], sha256: Any, batch: list[bytes]) -> None:
    # Hashing here rather than on the event loop: hashlib releases the GIL for large buffers.
    for chunk in batch:
        file.write(chunk)
        sha256.update(chunk)


def _sync_and_close(file: IO[bytes]) -> None:
    # fsync before the rename: otherwise a crash could publish a name pointing at an empty file.
    file.flush()
    os.fsync(file.fileno())
    file.close()


def _fsync_directory(path: Path) -> None:
    """Make a rename in ``path`` durable (best effort: not every platform allows it)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _file_info(key: str, data_path: Path, meta_path: Path) -> ObjectInfo | None:
    """Build the ObjectInfo of one object, or None if there is no regular file for it."""
    try:
        st = data_path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return None
    if not S_ISREG(st.st_mode):
        return None
    try:
        content_type = json.loads(meta_path.read_text(encoding="utf-8"))["content_type"]
    except (OSError, ValueError, KeyError, TypeError):
        # Files placed by hand (or a sidecar lost in a crash) are still served, as bytes.
        content_type = _DEFAULT_CONTENT_TYPE
    return ObjectInfo(
        key=key,
        size=st.st_size,
        content_type=content_type,
        last_modified=datetime.fromtimestamp(st.st_mtime, tz=UTC),
    )


def _os_error(exc: OSError, what: str) -> StorageError:
    """Translate an OSError: store-wide conditions become StorageUnavailable."""
    reason = exc.strerror or str(exc) or type(exc).__name__
    if exc.errno in _UNAVAILABLE_ERRNOS:
        return StorageUnavailable(f"{what}: {reason}")
    return StorageError(f"{what}: {reason}")
