"""A loopback HTTP/1.1 server that answers the benchmark's routes from pre-built bytes.

It runs in its own process (``python -m bench.canned --sizes JSON``) so that its CPU
never counts as client CPU. Keep-alive, TCP_NODELAY, one thread per connection.

Every data request is answered at once from pre-built bytes (an upsert with the number of
``"id"`` keys, a query with the response pre-built for its ``topK``) and checked right
after the answer went out, so the check never adds to a client's measured wall time:
the harness names the workload it runs (``POST /_bench/expect``) and, outside the timed
region, collects the verdicts (``GET /_bench/verdict``). A request passes when it carries
the workload's payload in full (every id, every value, the metadata, the query's
parameters), and an upsert body is at least as long as the compact JSON the httpx + orjson
floor sends for it: a client that sends less fails instead of looking faster.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import socket
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import numpy as np
import orjson

from bench.data import (
    INDEX_NAME,
    Requests,
    Sizes,
    build_requests,
    describe_index_response,
    fetch_response,
    query_response,
)

_TOP_K = re.compile(rb'"topK"\s*:\s*(\d+)')
_READ_SIZE = 1 << 16


def _http_response(status: str, body: bytes) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode("ascii") + body


def _error(status: str, message: str) -> bytes:
    return _http_response(status, json.dumps({"error": {"code": "INVALID_ARGUMENT", "message": message}}).encode())


def _floor_body(payload: Any) -> bytes:
    """The body the httpx + orjson floor sends for ``payload``: compact JSON."""
    return orjson.dumps(payload, option=orjson.OPT_SERIALIZE_NUMPY)


def _query_payload(requests: Requests, top_k: int, include_values: bool) -> dict[str, Any]:
    return {"vector": requests.query_vector, "topK": top_k, "includeValues": include_values, "includeMetadata": True}


class RequestChecks:
    """What each workload must send, and the verdicts on the requests received since the last look."""

    def __init__(self, sizes: Sizes) -> None:
        self._requests = build_requests(sizes)
        r = self._requests
        self._upserts = {"W1": r.w1, "W2": r.w2, "W2np": r.w2_numpy}
        self._queries = {"W3": (sizes.w3_top_k, True), "W4": (sizes.w4_top_k, False)}
        self._floor_lengths = {key: len(_floor_body({"vectors": vectors})) for key, vectors in self._upserts.items()}
        self._lock = threading.Condition()
        self._workload: str | None = None
        self._checked = 0
        self._pending = 0  # answered, not yet checked
        self._errors: list[str] = []

    def expect(self, workload: str) -> None:
        with self._lock:
            self._workload, self._checked, self._errors = workload, 0, []

    def begin(self) -> None:
        """A request is about to be answered: a verdict now waits until it is checked."""
        with self._lock:
            self._pending += 1

    def verdict(self) -> dict[str, Any]:
        """The requests checked and the errors found since the last verdict (then forgotten)."""
        with self._lock:
            self._lock.wait_for(lambda: self._pending == 0, timeout=60)
            found = {"workload": self._workload, "checked": self._checked, "errors": self._errors}
            self._checked, self._errors = 0, []
        return found

    def check(self, method: str, target: str, body: bytes) -> None:
        with self._lock:
            workload = self._workload
        try:
            error = self._error(workload, method, target, body)
        except Exception as exc:  # noqa: BLE001 - a body we cannot even read is a failed check
            error = f"unreadable request: {type(exc).__name__}: {exc}"
        with self._lock:
            self._pending -= 1
            self._lock.notify_all()
            self._checked += 1
            if error is not None:
                self._errors.append(f"{workload} {method} {urlsplit(target).path}: {error}"[:300])

    def _error(self, workload: str | None, method: str, target: str, body: bytes) -> str | None:
        if workload in self._upserts:
            return self._upsert_error(workload, body)
        if workload in self._queries:
            return self._query_error(workload, body)
        if workload == "W5":
            ids = parse_qs(urlsplit(target).query).get("ids", [])
            return None if ids == self._requests.fetch_ids else f"fetched ids {ids[:3]}... are not the W5 ids"
        return f"no workload expects {method} {target}"

    def _short(self, workload: str, body: bytes) -> str | None:
        floor = self._floor_lengths[workload]
        return f"body of {len(body)} bytes, shorter than the floor's {floor}" if len(body) < floor else None

    def _upsert_error(self, workload: str, body: bytes) -> str | None:
        sent = orjson.loads(body).get("vectors") or []
        expected = self._upserts[workload]
        if len(sent) != len(expected):
            return f"{len(sent)} vectors, expected {len(expected)}"
        numpy_values = workload == "W2np"
        for got, want in zip(sent, expected, strict=True):
            if got.get("id") != want["id"]:
                return f"id {got.get('id')!r}, expected {want['id']!r}"
            values = got.get("values") or []
            if len(values) != len(want["values"]):
                return f"{want['id']}: {len(values)} values, expected {len(want['values'])}"
            # numpy float32 values may be written in any form that reads back as the same float32.
            same = (
                np.array_equal(np.asarray(values, np.float32), want["values"])
                if numpy_values
                else values == want["values"]
            )
            if not same:
                return f"{want['id']}: values differ from the ones given"
            if got.get("metadata") != want["metadata"]:
                return f"{want['id']}: metadata {got.get('metadata')!r}, expected {want['metadata']!r}"
        return self._short(workload, body)

    def _query_error(self, workload: str, body: bytes) -> str | None:
        sent = orjson.loads(body)
        top_k, include_values = self._queries[workload]
        wanted = _query_payload(self._requests, top_k, include_values)
        for key in ("vector", "topK", "includeMetadata"):
            if sent.get(key) != wanted[key]:
                return f"{key} differs from the one given"
        if bool(sent.get("includeValues", False)) != include_values:
            return f"includeValues {sent.get('includeValues')!r}, expected {include_values}"
        return None  # no length rule: a query may leave out parameters at their defaults


class CannedRoutes:
    """The pre-built answers, looked up by method and path, and the checks of what was sent."""

    def __init__(self, sizes: Sizes, own_url: str) -> None:
        self.checks = RequestChecks(sizes)
        self._queries = {
            sizes.w3_top_k: _http_response("200 OK", query_response(sizes, sizes.w3_top_k, include_values=True)),
            sizes.w4_top_k: _http_response("200 OK", query_response(sizes, sizes.w4_top_k, include_values=False)),
        }
        self._fetch = _http_response("200 OK", fetch_response(sizes))
        self._describe = _http_response("200 OK", describe_index_response(INDEX_NAME, own_url, sizes.dim))
        self._routes: dict[tuple[str, str], Callable[[bytes], bytes]] = {
            ("POST", "/vectors/upsert"): self._upsert,
            ("POST", "/query"): self._query,
            ("GET", "/vectors/fetch"): lambda _: self._fetch,
            ("GET", f"/indexes/{INDEX_NAME}"): lambda _: self._describe,
        }

    def answer(self, method: str, target: str, body: bytes) -> tuple[bytes, bool]:
        """The response, and whether the request is one to check (a data-plane call)."""
        path = target.partition("?")[0]
        if (method, path) == ("POST", "/_bench/expect"):
            self.checks.expect(orjson.loads(body)["workload"])
            return _http_response("200 OK", b"{}"), False
        if (method, path) == ("GET", "/_bench/verdict"):
            return _http_response("200 OK", orjson.dumps(self.checks.verdict())), False
        route = self._routes.get((method, path))
        if route is None:
            return _error("404 Not Found", f"the canned server has no route {method} {target}"), False
        return route(body), path != f"/indexes/{INDEX_NAME}"

    @staticmethod
    def _upsert(body: bytes) -> bytes:
        return _http_response("200 OK", b'{"upsertedCount":%d}' % body.count(b'"id"'))

    def _query(self, body: bytes) -> bytes:
        found = _TOP_K.search(body)
        canned = self._queries.get(int(found.group(1))) if found else None
        if canned is None:
            return _error("400 Bad Request", f"no canned query response for topK in {sorted(self._queries)}")
        return canned


def _read_request(conn: socket.socket, pending: bytearray) -> tuple[str, str, bytes] | None:
    """One request (method, target, body) from the connection, or None when the client closed it."""
    end = pending.find(b"\r\n\r\n")
    while end < 0:
        chunk = conn.recv(_READ_SIZE)
        if not chunk:
            return None
        pending += chunk
        end = pending.find(b"\r\n\r\n")
    request_line, *header_lines = bytes(pending[:end]).decode("latin-1").split("\r\n")
    del pending[: end + 4]
    method, target, _ = request_line.split(" ", 2)
    headers = {name.strip().lower(): value.strip() for name, _, value in (h.partition(":") for h in header_lines)}
    if "transfer-encoding" in headers:
        raise ValueError("the canned server reads only bodies sent with Content-Length")
    length = int(headers.get("content-length", "0"))
    body = bytearray(length)
    view = memoryview(body)
    got = min(length, len(pending))
    view[:got] = pending[:got]
    del pending[:got]
    while got < length:
        received = conn.recv_into(view[got:])
        if not received:
            return None
        got += received
    return method, target, bytes(body)


def _serve_connection(conn: socket.socket, routes: CannedRoutes) -> None:
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    pending = bytearray()
    with conn:
        while (request := _read_request(conn, pending)) is not None:
            response, to_check = routes.answer(*request)
            if to_check:
                routes.checks.begin()
            conn.sendall(response)
            if to_check:
                routes.checks.check(*request)


def serve(sizes: Sizes, host: str = "127.0.0.1") -> None:
    """Listen on a free port, print the URL on one line, and answer until killed."""
    listener = socket.create_server((host, 0))
    url = f"http://{host}:{listener.getsockname()[1]}"
    routes = CannedRoutes(sizes, url)
    print(f"canned server listening on {url}", flush=True)
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=_serve_connection, args=(conn, routes), daemon=True).start()


def sizes_argument(sizes: Sizes) -> str:
    """``sizes`` as the command-line argument ``main`` reads back."""
    return json.dumps(dataclasses.asdict(sizes))


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.canned")
    parser.add_argument("--sizes", required=True, help="workload sizes as JSON (see bench.data.Sizes)")
    serve(Sizes(**json.loads(parser.parse_args().sizes)))


if __name__ == "__main__":
    main()
