"""Raw HTTP over a real socket, for requests no HTTP client library would send, and the checks on their answers."""

from __future__ import annotations

import socket
from dataclasses import dataclass
from typing import Any

import h11
import orjson

# A safety net so that a server that never answers fails the test instead of hanging it.
SOCKET_TIMEOUT = 60.0


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return orjson.loads(self.body)


def exchange(port: int, *pieces: bytes, read_answer: bool = True) -> Answer | None:
    """Send ``pieces`` (one send each) on a fresh connection and read one answer (None if the server just closed)."""
    with socket.create_connection(("127.0.0.1", port), timeout=SOCKET_TIMEOUT) as sock:
        for piece in pieces:
            try:
                sock.sendall(piece)
            except (BrokenPipeError, ConnectionResetError):
                break  # the server answered early and closed; its answer is still readable
        method = pieces[0].split(b" ", 1)[0] if pieces else b"GET"
        return read(sock, method.decode("latin-1")) if read_answer else None


def read(sock: socket.socket, method: str = "GET") -> Answer | None:
    """One response from ``sock`` to a ``method`` request, parsed by h11 as a client would."""
    client = h11.Connection(h11.CLIENT)
    # h11 frames a response by the request it answers (no body after HEAD): tell it about one, not sent.
    method = method if method.isalpha() else "GET"
    client.send(h11.Request(method=method, target="/", headers=[("Host", "local")]))
    client.send(h11.EndOfMessage())
    status, headers, body = 0, {}, bytearray()
    while True:
        event = client.next_event()
        if event is h11.NEED_DATA:
            try:
                data = sock.recv(1 << 16)
            except ConnectionResetError:
                data = b""
            client.receive_data(data)
            if not data and status == 0:
                return None
            continue
        if isinstance(event, h11.Response):
            status = event.status_code
            headers = {k.decode(): v.decode() for k, v in event.headers}
        elif isinstance(event, h11.Data):
            body += event.data
        elif isinstance(event, h11.EndOfMessage | h11.ConnectionClosed):
            return Answer(status, headers, bytes(body))


def head(method: str, path: str, headers: dict[str, str], body: bytes = b"", length: int | None = None) -> bytes:
    """A request's bytes, with Content-Length (``length`` overrides the true one)."""
    lines = [f"{method} {path} HTTP/1.1", "Host: local"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    if body or length is not None:
        lines.append(f"Content-Length: {len(body) if length is None else length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def pinecone_shaped(answer: Answer, plane: str) -> bool:
    """Whether an error answer has the body Pinecone gives on that plane ("data", "control" or "oauth")."""
    if not answer.headers.get("content-type", "").startswith("application/json"):
        return False
    try:
        body = answer.json()
    except orjson.JSONDecodeError:
        return False
    if not isinstance(body, dict):
        return False
    if plane == "data":
        return isinstance(body.get("code"), int) and isinstance(body.get("message"), str)
    if plane == "oauth":
        return isinstance(body.get("error"), str) and isinstance(body.get("error_description"), str)
    error = body.get("error")
    return body.get("status") == answer.status and isinstance(error, dict) and isinstance(error.get("message"), str)
