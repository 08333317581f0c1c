"""Fixtures for the facade: a strict local server over real sockets, and clients pinned to each version.

Every test that runs against the ``server`` fixture with a pinned ``version`` also checks, after it ran,
that each request the server received carried that version in its header: the server records the
headers it parsed off the socket, so the check does not rely on the client under test.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from pinecone_versioned import AsyncPinecone, Pinecone, supported_api_versions
from pinecone_versioned.local import LocalServer

API_KEY = "pcsk_facade-test-key-9f8e7d"
VERSIONS = supported_api_versions()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


VERSION_HEADER = "x-pinecone-api-version"  # header names as the server's App receives them


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    version: str | None
    headers: dict[str, str]  # names in lower case


RECEIVED = pytest.StashKey[list[Received]]()


def record_requests(server: LocalServer) -> list[Received]:
    """Wrap the server's request handler so that it notes the version header of every request it gets."""
    seen: list[Received] = []
    handle = server.app.handle
    signature = inspect.signature(handle)

    def recording(*args: Any, **kwargs: Any) -> Any:
        request = signature.bind(*args, **kwargs).arguments
        headers = dict(request["headers"])
        seen.append(Received(request["method"], request["path"], headers.get(VERSION_HEADER), headers))
        return handle(*args, **kwargs)

    server.app.handle = recording  # type: ignore[method-assign]
    return seen


def check_versions_on_the_wire(request: pytest.FixtureRequest, seen: list[Received]) -> None:
    """Every request of a test pinned to a version carried that version (the token endpoint needs none)."""
    expected = getattr(request.node, "callspec", None) and request.node.callspec.params.get("version")
    if not expected:
        return
    wrong = [r for r in seen if r.version != expected and not (r.path.startswith("/oauth/") and r.version is None)]
    assert not wrong, f"requests of a client pinned to {expected} carried another version: {wrong[:3]}"


@pytest.fixture
def server(request: pytest.FixtureRequest) -> Iterator[LocalServer]:
    with LocalServer(api_key=API_KEY, strict=True) as running:
        seen = request.node.stash[RECEIVED] = record_requests(running)
        yield running
    check_versions_on_the_wire(request, seen)


@pytest.fixture
def received(request: pytest.FixtureRequest, server: LocalServer) -> list[Received]:
    """The requests ``server`` received so far in this test, as the server parsed them."""
    return request.node.stash[RECEIVED]


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
