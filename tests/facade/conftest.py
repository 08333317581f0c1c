"""Fixtures for the facade: a strict local server over real sockets, and clients pinned to each version.

Every test that runs against the ``server`` fixture with a pinned ``version`` also checks, after it ran,
that each request the server received carried that version in its header: the server records the
headers it parsed off the socket, so the check does not rely on the client under test.
"""

from __future__ import annotations

import contextlib
import inspect
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

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


class RequestLog:
    """Every request the local server handled, counted server-side: (method, path) in arrival order."""

    def __init__(self, server: LocalServer) -> None:
        self.seen: list[tuple[str, str]] = []
        handle = server.app.handle

        def counting(listener: str, index: str | None, method: str, path: str, *rest: object) -> object:
            self.seen.append((method, path))
            return handle(listener, index, method, path, *rest)

        server.app.handle = counting  # type: ignore[method-assign]

    def __len__(self) -> int:
        return len(self.seen)

    def clear(self) -> None:
        self.seen.clear()


@pytest.fixture
def request_log(server: LocalServer) -> RequestLog:
    return RequestLog(server)


@contextlib.contextmanager
def answering_server(body: bytes, context: ssl.SSLContext | None = None) -> Iterator[str]:
    """A loopback server (HTTPS with ``context``) answering every GET with 200 and ``body``: a stand-in
    for a host that is not a Pinecone service (a gateway page, a truncated answer)."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    if context is not None:
        server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    scheme, host = ("https", "localhost") if context is not None else ("http", "127.0.0.1")
    try:
        yield f"{scheme}://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
