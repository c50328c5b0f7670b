"""Uploading a 100 MiB document through the API, to the filesystem store and to S3 (moto).

Prints, per store: the server's peak memory growth during the upload (VmHWM from /proc, so the true peak, not a
sample) and the throughput of the API upload as a ratio of a direct ``store.put`` of the same bytes to the same
store, measured in the same run. moto keeps objects in memory, so the S3 server runs in its own process and its
memory does not count against Kundval's.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx

from kundval.app import build_store
from kundval.core.settings import load_settings

SIZE = 100 * 1024 * 1024
CHUNK = 1024 * 1024
PDF_HEAD = b"%PDF-1.4\n"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(port: int, process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the process exited early")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on {port}")


def _memory_kib(pid: int) -> dict[str, int]:
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, rest = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            values[name] = int(rest.split()[0])
    return values


def _reset_peak(pid: int) -> None:
    # Writing 5 to clear_refs resets VmHWM to the current RSS (Linux ≥ 4.0), so the peak is this upload's own.
    with contextlib.suppress(OSError):
        Path(f"/proc/{pid}/clear_refs").write_text("5")


@contextlib.contextmanager
def _moto() -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for(port, process)
        yield f"127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)


@contextlib.contextmanager
def _server(environ: dict[str, str]) -> Iterator[tuple[str, int]]:
    subprocess.run([sys.executable, "-m", "kundval.cli", "migrate"], env=environ, check=True, capture_output=True)
    subprocess.run([sys.executable, "-m", "kundval.cli", "seed-demo"], env=environ, check=True, capture_output=True)
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kundval.cli", "serve", "--port", str(port)],
        env=environ,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for(port, process)
        yield f"http://127.0.0.1:{port}", process.pid
    finally:
        process.terminate()
        process.wait(10)


def _test_file(directory: Path) -> Path:
    path = directory / "big.pdf"
    with path.open("wb") as f:
        f.write(PDF_HEAD)
        block = os.urandom(CHUNK)
        written = len(PDF_HEAD)
        while written < SIZE:
            f.write(block[: min(CHUNK, SIZE - written)])
            written += min(CHUNK, SIZE - written)
    return path


def _api_upload(base_url: str, pid: int, path: Path) -> tuple[float, int]:
    with httpx.Client(base_url=base_url, timeout=600) as client:
        client.post("/api/auth/login", json={"username": "provider1-coach", "password": "demo"}).raise_for_status()
        client.headers["x-csrftoken"] = client.cookies["csrftoken"]
        case = client.get("/api/cases", params={"status": "active"}).json()["items"][0]
        before = _memory_kib(pid)["VmRSS"]
        _reset_peak(pid)
        with path.open("rb") as f:
            started = time.perf_counter()
            response = client.post(
                f"/api/cases/{case['id']}/documents",
                data={"kind": "implementation_plan"},
                files={"file": ("big.pdf", f, "application/pdf")},
            )
            elapsed = time.perf_counter() - started
        response.raise_for_status()
        return elapsed, _memory_kib(pid)["VmHWM"] - before


async def _file_chunks(path: Path) -> AsyncIterator[bytes]:
    with path.open("rb") as f:
        while chunk := await asyncio.to_thread(f.read, CHUNK):
            yield chunk


def _direct_put(environ: dict[str, str], path: Path) -> float:
    store = build_store(load_settings(environ))

    async def run() -> float:
        started = time.perf_counter()
        await store.put("bench/direct", _file_chunks(path), "application/pdf")
        elapsed = time.perf_counter() - started
        await store.delete("bench/direct")
        return elapsed

    return asyncio.run(run())


def _measure(name: str, environ: dict[str, str], path: Path) -> None:
    direct = _direct_put(environ, path)
    with _server(environ) as (base_url, pid):
        api, peak_kib = _api_upload(base_url, pid, path)
    mib = SIZE / (1024 * 1024)
    print(
        f"{name:<12} direct {mib / direct:7.1f} MiB/s   API {mib / api:7.1f} MiB/s   "
        f"API/direct throughput {direct / api:5.2f}   server peak memory growth {peak_kib / 1024:6.1f} MiB "
        f"({peak_kib / 1024 / mib:.2f}× the file)"
    )


def main() -> None:
    print(f"Upload of a {SIZE // (1024 * 1024)} MiB PDF through POST /api/cases/{{id}}/documents")
    with tempfile.TemporaryDirectory() as tmp:
        path = _test_file(Path(tmp))
        base = {**os.environ, "KUNDVAL_ENV": "test", "KUNDVAL_MAX_UPLOAD_BYTES": str(SIZE + CHUNK)}
        for key in ("KUNDVAL_DATABASE_URL", "KUNDVAL_STORAGE_URL"):
            base.pop(key, None)
        _measure("filesystem", {**base, "KUNDVAL_DATA_DIR": f"{tmp}/fs"}, path)
        with _moto() as endpoint:
            _measure(
                "s3 (moto)",
                {
                    **base,
                    "KUNDVAL_DATA_DIR": f"{tmp}/s3",
                    "KUNDVAL_STORAGE_URL": "s3://bench",
                    "KUNDVAL_S3_ENDPOINT": endpoint,
                    "KUNDVAL_S3_ACCESS_KEY": "bench",
                    "KUNDVAL_S3_SECRET_KEY": "bench",
                    "KUNDVAL_S3_SECURE": "false",
                },
                path,
            )


if __name__ == "__main__":
    main()
