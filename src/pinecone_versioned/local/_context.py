"""What a handler receives, the route tables handlers register in, and shared small helpers."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from ._errors import bad_request
from ._specs import Operation, VersionSpec
from ._state import State

T = TypeVar("T")


class IndexHosts(Protocol):
    """Opens and closes the listening socket that serves one index's data plane."""

    def open(self, name: str, port: int) -> int:
        """Serve ``name`` on ``port`` (0: any free port); returns the port bound."""

    def close(self, name: str) -> None:
        """Stop serving ``name``."""

    def host(self, port: int) -> str:
        """The host string describe_index reports for an index served on ``port``."""

    @property
    def url(self) -> str:
        """The control plane's base URL (also the host of every assistant)."""


@dataclass
class Stream:
    """A response body sent piece by piece as it is produced (server-sent events)."""

    content_type: str
    chunks: Iterator[bytes]


@dataclass
class Request:
    """One parsed, authenticated, version-resolved request."""

    version: VersionSpec
    op: Operation
    params: dict[str, str]
    query: dict[str, Any]
    body: Any
    index: str | None
    state: State
    hosts: IndexHosts
    stream_delay: float = 0.0
    # The body as sent, before fields this version does not define were dropped: to name them in errors.
    sent_body: Any = None


Response = tuple[int, Any]
Handler = Callable[[Request], Response]


class Routes:
    """A table of handlers keyed by (method, path template), filled with a decorator."""

    def __init__(self) -> None:
        self.table: dict[tuple[str, str], Handler] = {}

    def __call__(self, method: str, template: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.table[(method, template)] = handler
            return handler

        return register


def paginate(keys: Sequence[T], key: Callable[[T], str], limit: int, token: str | None) -> tuple[list[T], str | None]:
    """One page of ``keys`` (sorted by ``key``) after an opaque token; the token of the next page or None."""
    start = 0
    if token:
        try:
            after = base64.urlsafe_b64decode(token.encode()).decode()
        except (binascii.Error, UnicodeDecodeError):
            raise bad_request("the pagination token is not valid") from None
        start = next((i for i, item in enumerate(keys) if key(item) > after), len(keys))
    page = list(keys[start : start + limit])
    more = start + limit < len(keys)
    return page, base64.urlsafe_b64encode(key(page[-1]).encode()).decode() if more and page else None


def ok_status(req: Request) -> int:
    """The success status the request's operation documents (versions differ: 200, 201 or 202)."""
    return min(int(key) for key in req.op.spec.get("responses", {}) if key.isdigit() and key.startswith("2"))
