"""Fixtures for the facade: a strict local server over real sockets, and clients pinned to each version."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pinecone_versioned import AsyncPinecone, Pinecone, supported_api_versions
from pinecone_versioned.local import LocalServer

API_KEY = "pcsk_facade-test-key-9f8e7d"
VERSIONS = supported_api_versions()


@pytest.fixture(autouse=True)
def every_version_includes_previews(monkeypatch: pytest.MonkeyPatch) -> None:
    """The suites run on every shipped version; a preview one needs the client's opt-in."""
    monkeypatch.setenv("PINECONE_ALLOW_PREVIEW", "1")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer(api_key=API_KEY, strict=True) as running:
        yield running


@pytest.fixture(params=VERSIONS)
def version(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def pc(server: LocalServer, version: str) -> Iterator[Pinecone]:
    with Pinecone(api_key=API_KEY, api_version=version, host=server.url, retries=0) as client:
        yield client


@pytest.fixture
def apc(server: LocalServer, version: str) -> AsyncPinecone:
    return AsyncPinecone(api_key=API_KEY, api_version=version, host=server.url, retries=0)
