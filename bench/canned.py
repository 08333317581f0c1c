"""A loopback HTTP/1.1 server that answers the benchmark's routes from pre-built bytes.

It runs in its own process (``python -m bench.canned --sizes JSON``) so that its CPU
never counts as client CPU. Request bodies are read in full but not parsed: an upsert
is answered with the number of ``"id"`` keys in its body, a query with the response
pre-built for its ``topK``. Keep-alive, TCP_NODELAY, one thread per connection.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import socket
import threading
from collections.abc import Callable

from bench.data import INDEX_NAME, Sizes, describe_index_response, fetch_response, query_response

_TOP_K = re.compile(rb'"topK"\s*:\s*(\d+)')
_READ_SIZE = 1 << 16


def _http_response(status: str, body: bytes) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode("ascii") + body


def _error(status: str, message: str) -> bytes:
    return _http_response(status, json.dumps({"error": {"code": "INVALID_ARGUMENT", "message": message}}).encode())


class CannedRoutes:
    """The pre-built answers, looked up by method and path."""

    def __init__(self, sizes: Sizes, own_url: str) -> None:
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

    def answer(self, method: str, target: str, body: bytes) -> bytes:
        route = self._routes.get((method, target.partition("?")[0]))
        if route is None:
            return _error("404 Not Found", f"the canned server has no route {method} {target}")
        return route(body)

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
            conn.sendall(routes.answer(*request))


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
