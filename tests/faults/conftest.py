"""Fixtures for fault tests: a local server, the fault proxy in front of it, and clients through it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from pinecone_versioned import Pinecone, RetryConfig
from pinecone_versioned.local import LocalServer
from tests.faults.proxy import FaultProxy

API_KEY = "pcsk_faults-test-key-3c2b1a"
API_VERSION = "2025-04"  # the first with backups
# Quick retries for tests: the product's defaults (0.5 s doubling) would make the suite slow.
FAST = RetryConfig(attempts=3, backoff=0.01, max_wait=0.05, deadline=20.0)
READ_TIMEOUT = 0.5  # seconds; LATE_HEADERS faults answer after LATE
LATE = 1.0


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer(api_key=API_KEY) as running:
        yield running


@pytest.fixture
def proxy() -> Iterator[FaultProxy]:
    with FaultProxy() as running:
        yield running


@pytest.fixture
def direct(server: LocalServer) -> Iterator[Pinecone]:
    """A client that bypasses the proxy, to set up and inspect the server's state."""
    with Pinecone(api_key=API_KEY, api_version=API_VERSION, host=server.url, retries=0) as client:
        yield client


def through(server: LocalServer, proxy: FaultProxy, retries: RetryConfig | int | None = FAST) -> dict[str, Any]:
    """Keyword arguments of a client that sends everything through the proxy."""
    return {
        "api_key": API_KEY,
        "api_version": API_VERSION,
        "host": server.url,
        "proxy": proxy.url,
        "retries": retries,
        "timeout": httpx.Timeout(READ_TIMEOUT, connect=5.0),
    }
