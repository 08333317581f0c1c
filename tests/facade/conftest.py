"""Fixtures for the facade: a strict local server over real sockets, and clients pinned to each version."""

from __future__ import annotations

import contextlib
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

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
