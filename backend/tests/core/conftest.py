"""Fixtures for the storage tests: moto's S3 server and a ``store`` per backend.

``store`` runs each test once on the filesystem store and once on S3 (moto, in-process).
Tests marked ``moto_out_of_process`` get an S3 store on a moto server in a child process
instead: moto keeps whole objects in memory (and builds a completed multipart object
as one more copy), which would swamp any memory measurement taken in this process.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import urllib3
from minio import Minio

from kundval.core.storage import FileSystemStore, ObjectStore, S3Store

MOTO_CREDENTIALS = {"access_key": "testing", "secret_key": "testing"}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "moto_out_of_process: run the s3 variant of `store` against moto in a child process"
    )


@pytest.fixture(scope="session")
def moto_subprocess_server() -> Iterator[str]:
    """moto's S3 server in a child process, for the whole session; yields ``host:port``."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail("moto server (child process) did not start")
            time.sleep(0.1)
        yield f"127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listened on a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(params=["filesystem", "s3"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ObjectStore]:
    """An empty store: a fresh directory, or a fresh bucket (unique name) on moto."""
    if request.param == "filesystem":
        yield FileSystemStore(tmp_path / "objects")
        return

    if request.node.get_closest_marker("moto_out_of_process"):
        endpoint = request.getfixturevalue("moto_subprocess_server")
    else:
        endpoint = request.getfixturevalue("moto_server")
    bucket = f"test-{uuid.uuid4().hex}"
    yield S3Store(bucket, endpoint, secure=False, **MOTO_CREDENTIALS)
    _remove_bucket(endpoint, bucket)


def _remove_bucket(endpoint: str, bucket: str) -> None:
    """Drop the test's bucket so moto frees the objects' memory."""
    client = Minio(
        endpoint,
        secure=False,
        region="us-east-1",
        **MOTO_CREDENTIALS,
        http_client=urllib3.PoolManager(retries=urllib3.Retry(total=1)),
    )
    with contextlib.suppress(Exception):
        if not client.bucket_exists(bucket):
            return
        for obj in client.list_objects(bucket, recursive=True):
            client.remove_object(bucket, obj.object_name)
        client.remove_bucket(bucket)
