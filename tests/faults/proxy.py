"""A fault-injecting HTTP proxy on loopback, for tests of what the client does when the network misbehaves.

Give it to a client as its forward proxy (``Pinecone(host=server.url, proxy=proxy.url)``): httpx then
sends every plain-``http://`` request to it in absolute form, so one proxy covers the control plane and
every index host of a :class:`~pinecone_versioned.local.LocalServer` (each index has its own port).
A request in origin form goes to ``upstream`` instead, so it also works as a reverse proxy in front of
one host.

Faults are scripted per request with :meth:`FaultProxy.inject` (by method, path and count) or drawn at
random with :meth:`FaultProxy.chaos`; every request is recorded in :attr:`FaultProxy.seen`, with the
fault it met and whether it reached the server.

Why our own: the proxies on PyPI either need a binary of their own (toxiproxy) or are interactive
TLS-intercepting tools far larger than this (mitmproxy), and neither scripts "reset after the server
answered" or "200 with a broken body" per request without the same amount of code around it.
"""

from __future__ import annotations

import contextlib
import enum
import random
import re
import socket
import struct
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import BinaryIO, Self
from urllib.parse import SplitResult, urlsplit


class Fault(enum.Enum):
    RESET_BEFORE = "reset before forwarding"  # the server never sees the request
    RESET_AFTER = "reset after forwarding"  # the server acted; its answer is lost
    STATUS = "error status"  # answered by the proxy (429, 503, ...), not forwarded
    LATE_HEADERS = "headers late"  # forwarded; the answer starts after ``delay`` seconds
    TRICKLE = "trickled body"  # forwarded; the body arrives a few bytes at a time
    TRUNCATE = "truncated body"  # forwarded; half the body, then the connection closes
    INVALID_JSON = "invalid JSON with a success status"  # forwarded; a broken body replaces the answer's


# Faults after which the server has acted on the request.
FORWARDED = frozenset({Fault.RESET_AFTER, Fault.LATE_HEADERS, Fault.TRICKLE, Fault.TRUNCATE, Fault.INVALID_JSON})


@dataclass
class Rule:
    """Which requests meet ``fault``: those matching ``method``, ``path`` (a regex searched in the
    path) and ``body`` (bytes the body contains), after the first ``skip`` of them, ``times`` of them
    (None: all)."""

    fault: Fault
    method: str | None = None
    path: str | None = None
    body: bytes | None = None
    times: int | None = 1
    skip: int = 0
    status: int = 503
    retry_after: str | None = None
    delay: float = 0.0  # LATE_HEADERS: seconds before the answer; TRICKLE: seconds between pieces
    matched: int = 0

    def matches(self, method: str, path: str, body: bytes) -> bool:
        return (
            (self.method is None or self.method == method)
            and (self.path is None or re.search(self.path, path) is not None)
            and (self.body is None or self.body in body)
        )


@dataclass(frozen=True)
class Seen:
    """One request the proxy received."""

    method: str
    host: str  # host:port the request was meant for
    path: str
    query: str
    body: bytes
    fault: Fault | None
    forwarded: bool


@dataclass
class _Chaos:
    rate: float
    faults: tuple[Rule, ...]
    method: str | None
    path: str | None
    rng: random.Random


@dataclass
class _Message:
    start: str
    headers: list[tuple[str, str]]
    body: bytes = b""

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)


HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "content-length", "te", "upgrade"}


def _read_head(stream: BinaryIO) -> _Message | None:
    start = stream.readline(65536)
    if not start:
        return None
    headers = []
    while True:
        line = stream.readline(65536)
        if line in (b"\r\n", b"\n", b""):
            break
        name, _, value = line.decode("latin-1").partition(":")
        headers.append((name.strip(), value.strip()))
    return _Message(start.decode("latin-1").rstrip("\r\n"), headers)


def _read_body(stream: BinaryIO, message: _Message, *, until_close: bool) -> bytes:
    if (message.header("Transfer-Encoding") or "").lower() == "chunked":
        pieces: list[bytes] = []
        while True:
            size = int(stream.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while stream.readline() not in (b"\r\n", b"\n", b""):
                    pass
                return b"".join(pieces)
            pieces.append(stream.read(size))
            stream.readline()
    length = message.header("Content-Length")
    if length is not None:
        return stream.read(int(length))
    return stream.read() if until_close else b""


def _encode(start: str, headers: Iterable[tuple[str, str]], body: bytes) -> bytes:
    lines = [start, *(f"{k}: {v}" for k, v in headers if k.lower() not in HOP_BY_HOP)]
    lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def _reset(sock: socket.socket) -> None:
    """Close with a TCP RST rather than a FIN: what a crashed peer or a dropped middlebox looks like."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


class FaultProxy:
    """See the module docstring. Use as a context manager; ``url`` is what clients take as ``proxy=``."""

    def __init__(self, upstream: str | None = None) -> None:
        self.upstream = urlsplit(upstream).netloc if upstream else None
        self.seen: list[Seen] = []
        self._rules: list[Rule] = []
        self._chaos: _Chaos | None = None
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._connections: set[socket.socket] = set()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._thread = threading.Thread(target=self._accept, name="fault-proxy", daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        self._stopping.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept()
        self._listener.close()
        with self._lock:
            for connection in list(self._connections):
                _reset(connection)
        self._thread.join(timeout=5)

    # --- scripting ---

    def inject(
        self,
        fault: Fault,
        *,
        method: str | None = None,
        path: str | None = None,
        body: bytes | None = None,
        times: int | None = 1,
        skip: int = 0,
        status: int = 503,
        retry_after: str | None = None,
        delay: float = 0.0,
    ) -> Rule:
        """Give ``fault`` to matching requests; rules are tried in the order they were added."""
        rule = Rule(fault, method, path, body, times, skip, status, retry_after, delay)
        with self._lock:
            self._rules.append(rule)
        return rule

    def chaos(
        self,
        rate: float,
        faults: Iterable[Rule],
        *,
        method: str | None = None,
        path: str | None = None,
        seed: int = 0,
    ) -> None:
        """Give each matching request, with probability ``rate``, one of ``faults`` (chosen at random)."""
        with self._lock:
            self._chaos = _Chaos(rate, tuple(faults), method, path, random.Random(seed))

    def clear(self) -> None:
        """Drop every rule and the chaos setting (the record of requests stays)."""
        with self._lock:
            self._rules.clear()
            self._chaos = None

    def requests(self, method: str | None = None, path: str | None = None) -> list[Seen]:
        """The requests seen so far, optionally only those matching ``method`` and ``path`` (a regex)."""
        with self._lock:
            return [
                s
                for s in self.seen
                if (method is None or s.method == method) and (path is None or re.search(path, s.path))
            ]

    def _pick(self, method: str, path: str, body: bytes) -> Rule | None:
        with self._lock:
            for rule in self._rules:
                if not rule.matches(method, path, body):
                    continue
                rule.matched += 1
                if rule.matched > rule.skip and (rule.times is None or rule.matched <= rule.skip + rule.times):
                    return rule
            chaos = self._chaos
            if (
                chaos is not None
                and (chaos.method is None or chaos.method == method)
                and (chaos.path is None or re.search(chaos.path, path))
                and chaos.rng.random() < chaos.rate
            ):
                return chaos.rng.choice(chaos.faults)
        return None

    # --- serving ---

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self._connections.add(connection)
            threading.Thread(target=self._serve, args=(connection,), daemon=True).start()

    def _serve(self, connection: socket.socket) -> None:
        stream = connection.makefile("rb")
        try:
            while not self._stopping.is_set():
                request = _read_head(stream)
                if request is None:
                    break
                request.body = _read_body(stream, request, until_close=False)
                if not self._answer(connection, request):
                    break
        except OSError:
            pass
        finally:
            with self._lock:
                self._connections.discard(connection)
            connection.close()

    def _answer(self, connection: socket.socket, request: _Message) -> bool:
        """Handle one request; False when the connection must not be used again."""
        method, target, _version = request.start.split(" ", 2)
        parts = urlsplit(target)
        host = parts.netloc or self.upstream or ""
        path = parts.path if parts.netloc else target.split("?")[0]
        query = parts.query
        rule = self._pick(method, path, request.body)
        fault = rule.fault if rule is not None else None
        forwarded = fault is None or fault in FORWARDED
        with self._lock:
            self.seen.append(Seen(method, host, path, query, request.body, fault, forwarded))
        if rule is not None and fault is Fault.RESET_BEFORE:
            _reset(connection)
            return False
        if rule is not None and fault is Fault.STATUS:
            body = b'{"error": {"code": "INJECTED", "message": "injected by the fault proxy"}, "status": %d}' % (
                rule.status
            )
            headers = [("Content-Type", "application/json")]
            if rule.retry_after is not None:
                headers.append(("Retry-After", rule.retry_after))
            connection.sendall(_encode(f"HTTP/1.1 {rule.status} Injected", headers, body))
            return True
        status_line, headers, body = self._forward(
            method, host, target if not parts.netloc else _origin(parts), request
        )
        if rule is None:
            connection.sendall(_encode(status_line, headers, body))
            return True
        if fault is Fault.RESET_AFTER:
            _reset(connection)
            return False
        if fault is Fault.INVALID_JSON:
            # The server's own status when it is a success (200, 201, 202: what the client expects), else 200.
            start = status_line if status_line.split(" ")[1].startswith("2") else "HTTP/1.1 200 OK"
            connection.sendall(_encode(start, [("Content-Type", "application/json")], b'{"broken": '))
            return True
        if fault is Fault.LATE_HEADERS:
            if self._stopping.wait(rule.delay):
                return False
            connection.sendall(_encode(status_line, headers, body))
            return True
        whole = _encode(status_line, headers, body)
        head = whole[: len(whole) - len(body)]
        if fault is Fault.TRUNCATE:
            connection.sendall(head + body[: len(body) // 2])
            connection.shutdown(socket.SHUT_WR)
            return False
        # TRICKLE: the head at once, then the body in 16 pieces with a pause before each.
        connection.sendall(head)
        step = max(1, len(body) // 16)
        for offset in range(0, len(body), step):
            if self._stopping.wait(rule.delay):
                return False
            connection.sendall(body[offset : offset + step])
        return True

    def _forward(
        self, method: str, host: str, target: str, request: _Message
    ) -> tuple[str, list[tuple[str, str]], bytes]:
        hostname, _, port = host.partition(":")
        with socket.create_connection((hostname, int(port or 80)), timeout=60) as upstream:
            headers = [(k, v) for k, v in request.headers if k.lower() not in HOP_BY_HOP]
            headers.append(("Connection", "close"))
            upstream.sendall(_encode(f"{method} {target} HTTP/1.1", headers, request.body))
            stream = upstream.makefile("rb")
            response = _read_head(stream)
            if response is None:
                raise OSError("the upstream closed without answering")
            body = b"" if method == "HEAD" else _read_body(stream, response, until_close=True)
        return response.start, [(k, v) for k, v in response.headers if k.lower() not in HOP_BY_HOP], body


def _origin(parts: SplitResult) -> str:
    path = parts.path or "/"
    return f"{path}?{parts.query}" if parts.query else path


__all__ = ["FORWARDED", "Fault", "FaultProxy", "Rule", "Seen"]
