"""Turns one HTTP request into one response: auth, version, routing, validation, handler, shaping."""

from __future__ import annotations

import hmac
import json
import logging
import traceback
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qs

from . import _control, _data
from ._context import Handler, IndexHosts, Request
from ._errors import ApiError, bad_request
from ._specs import Operation, VersionSpec
from ._state import State

log = logging.getLogger("pinecone_versioned.local")

VERSION_HEADER = "X-Pinecone-API-Version"
MAX_DATA_REQUEST_BYTES = 2 * 1024 * 1024
# Which spec surfaces each kind of listener serves, and the handlers of each surface.
_SURFACES = {"control": ("db_control",), "data": ("db_data",)}
_HANDLERS: dict[str, dict[tuple[str, str], Handler]] = {
    "db_control": _control.routes.table,
    "db_data": _data.routes.table,
}


def _render(error: ApiError, data_plane: bool) -> tuple[int, Any]:
    return error.status, error.data_body() if data_plane else error.control_body()


class App:
    """The server without sockets: ``handle`` maps request parts to (status, JSON bytes or None)."""

    def __init__(
        self, specs: dict[str, VersionSpec], state: State, hosts: IndexHosts, api_key: str | None, strict: bool
    ) -> None:
        self.specs = specs
        self.state = state
        self.hosts = hosts
        self._api_key = api_key
        self.strict = strict

    def handle(
        self,
        listener: str,
        index: str | None,
        method: str,
        path: str,
        query: str,
        headers: Mapping[str, str],
        body: bytes,
    ) -> tuple[int, bytes | None]:
        """Serve one request on a ``listener`` ("control", or "data" for ``index``); header names in lower case."""
        data_plane = listener == "data"
        version: VersionSpec | None = None
        op: Operation | None = None
        try:
            self._authenticate(headers)
            version = self._version(headers)
            op, params = self._route(version, listener, method, path)
            handler = _HANDLERS[op.surface].get((op.method, op.template))
            if handler is None:
                raise ApiError(501, "UNIMPLEMENTED", f"{op.operation_id} is not implemented by the local server yet")
            if data_plane and len(body) > MAX_DATA_REQUEST_BYTES:
                raise bad_request(f"request of {len(body)} bytes; the limit is {MAX_DATA_REQUEST_BYTES}")
            payload = self._json(op, body)
            if self.strict or not data_plane:
                version.check_request(op, payload)
            parsed = version.parse_query(op, parse_qs(query, keep_blank_values=True), self.strict)
            request = Request(
                version, op, params, parsed, version.shape_request(op, payload), index, self.state, self.hosts
            )
            status, result = handler(request)
        except ApiError as error:
            status, result = _render(error, data_plane)
        except Exception:  # noqa: BLE001 (a bug of ours: answer a Pinecone-shaped 500, keep the trace in the log)
            log.error("internal error on %s %s\n%s", method, path, traceback.format_exc())
            status, result = _render(ApiError(500, "INTERNAL", "internal error in the local server"), data_plane)
        if version is not None and op is not None:
            result = version.shape_response(op, status, result)
            if self.strict and (reason := version.check_response(op, status, result)) is not None:
                message = f"the local server's {status} response to {op.operation_id} is off-spec: {reason}"
                log.error(message)
                status, result = _render(ApiError(500, "INTERNAL", message), data_plane)
        return status, None if result is None else json.dumps(result).encode()

    def _authenticate(self, headers: Mapping[str, str]) -> None:
        given = headers.get("api-key") or ""
        expected = self._api_key
        if not given or (expected is not None and not hmac.compare_digest(given.encode(), expected.encode())):
            raise ApiError(401, "UNAUTHENTICATED", "missing or invalid API key (send it in the Api-Key header)")

    def _version(self, headers: Mapping[str, str]) -> VersionSpec:
        known = ", ".join(self.specs)
        name = headers.get(VERSION_HEADER.lower())
        if not name:
            raise bad_request(f"missing {VERSION_HEADER} header; this server speaks {known}")
        if name not in self.specs:
            raise bad_request(f"unknown API version {name!r}; this server speaks {known}")
        return self.specs[name]

    def _route(self, version: VersionSpec, listener: str, method: str, path: str) -> tuple[Operation, dict[str, str]]:
        for surface in _SURFACES[listener]:
            found = version.match(surface, method, path)
            if found is not None:
                return found
        raise ApiError(404, "NOT_FOUND", f"API version {version.version} has no {method} {path} here")

    def _json(self, op: Operation, body: bytes) -> Any:
        expects = "requestBody" in op.spec
        if not body:
            if expects and op.spec["requestBody"].get("required"):
                raise bad_request("this operation needs a JSON request body")
            return {} if expects else None
        try:
            return json.loads(body)
        except ValueError:
            raise bad_request("the request body is not valid JSON") from None
