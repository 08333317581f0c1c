"""Turns one HTTP request into one response: auth, version, routing, validation, handler, shaping.

Surfaces and hosts: each index's data plane (db_data) has its own listener; the
control listener serves every other surface the version has: db_control,
inference, admin, oauth, and both assistant surfaces. Assistant paths are
answered with and without the ``/assistant`` prefix that Pinecone's assistant
URLs carry, so a client can take the server's URL (what an assistant reports as
its host) as the base of either assistant surface, with or without the prefix. Auth: ``/oauth/token`` needs none, ``/admin/...`` a Bearer token from
``/oauth/token``, everything else an ``Api-Key``.
"""

from __future__ import annotations

import hmac
import logging
import time
import traceback
from collections.abc import Iterator, Mapping
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import parse_qs, parse_qsl

import orjson

from . import _admin, _assistant, _control, _data, _inference, _records
from ._context import Handler, IndexHosts, Request, Stream
from ._errors import ApiError, bad_request
from ._specs import Operation, VersionSpec
from ._state import State

# orjson both ways (the body of a 1,000-vector upsert is megabytes of floats);
# numpy scalars and integer keys serialise as the stdlib encoder would write them.
_DUMPS = orjson.OPT_SERIALIZE_NUMPY | orjson.OPT_NON_STR_KEYS

log = logging.getLogger("pinecone_versioned.local")

VERSION_HEADER = "X-Pinecone-API-Version"
MAX_DATA_REQUEST_BYTES = 2 * 1024 * 1024
ASSISTANT_PREFIX = "/assistant"
# Which spec surfaces each kind of listener serves (first match wins), and the handlers of each surface.
_SURFACES = {
    "control": ("db_control", "inference", "admin", "oauth", "assistant_control", "assistant_data"),
    "assistant": ("assistant_control", "assistant_data"),
    "data": ("db_data",),
}
_HANDLERS: dict[str, dict[tuple[str, str], Handler]] = {
    "db_control": {**_control.routes.table, **_inference.routes.table},
    "db_data": {**_data.routes.table, **_records.routes.table},
    "inference": _inference.routes.table,
    "admin": _admin.routes.table,
    "oauth": _admin.oauth_routes.table,
    "assistant_control": _assistant.control_routes.table,
    "assistant_data": _assistant.data_routes.table,
}
# Status, content type, the body (whole, streamed, or none), and extra response headers.
Reply = tuple[int, str | None, bytes | Iterator[bytes] | None, dict[str, str]]


def _render(error: ApiError, data_plane: bool) -> tuple[int, Any]:
    return error.status, error.data_body() if data_plane else error.control_body()


class App:
    """The server without sockets: ``handle`` maps request parts to a ``Reply``."""

    def __init__(
        self,
        specs: dict[str, VersionSpec],
        state: State,
        hosts: IndexHosts,
        api_key: str | None,
        strict: bool,
        stream_delay: float = 0.0,
    ) -> None:
        self.specs = specs
        self.state = state
        self.hosts = hosts
        self._api_key = api_key
        self.strict = strict
        self.stream_delay = stream_delay
        self.lsn = _data.LogSequence()

    def handle(
        self,
        listener: str,
        index: str | None,
        method: str,
        path: str,
        query: str,
        headers: Mapping[str, str],
        body: bytes,
    ) -> Reply:
        """Serve one request on a ``listener`` ("control", or "data" for ``index``); header names in lower case."""
        data_plane = listener == "data"
        version: VersionSpec | None = None
        op: Operation | None = None
        extra_headers: dict[str, str] = {}
        try:
            self._authenticate(path, headers, data_plane)
            version = self._version(headers, path)
            op, params = self._route(version, listener, method, path)
            handler = _HANDLERS[op.surface].get((op.method, op.template))
            if handler is None:
                raise ApiError(501, "UNIMPLEMENTED", f"{op.operation_id} is not implemented by the local server yet")
            if data_plane and len(body) > MAX_DATA_REQUEST_BYTES:
                raise bad_request(f"request of {len(body)} bytes; the limit is {MAX_DATA_REQUEST_BYTES}")
            payload = self._body(op, headers.get("content-type", ""), body)
            if self.strict or not data_plane:
                version.check_request(op, payload)
            parsed = version.parse_query(op, parse_qs(query, keep_blank_values=True), self.strict)
            request = Request(
                version,
                op,
                params,
                parsed,
                version.shape_request(op, payload),
                index,
                self.state,
                self.hosts,
                self.stream_delay,
                payload,
            )
            status, result = handler(request)
            if data_plane and index is not None and 200 <= status < 300:
                extra_headers = self.lsn.headers(index, op.method, op.template)
        except ApiError as error:
            status, result = _render(error, data_plane)
        except Exception:  # noqa: BLE001 (a bug of ours: answer a Pinecone-shaped 500, keep the trace in the log)
            log.error("internal error on %s %s\n%s", method, path, traceback.format_exc())
            status, result = _render(ApiError(500, "INTERNAL", "internal error in the local server"), data_plane)
        if isinstance(result, Stream):
            return status, result.content_type, result.chunks, extra_headers
        if version is not None and op is not None:
            result = version.shape_response(op, status, result)
            if self.strict and (reason := version.check_response(op, status, result)) is not None:
                message = f"the local server's {status} response to {op.operation_id} is off-spec: {reason}"
                log.error(message)
                status, result = _render(ApiError(500, "INTERNAL", message), data_plane)
        if result is None:
            return status, None, None, extra_headers
        return status, "application/json", orjson.dumps(result, option=_DUMPS), extra_headers

    def _authenticate(self, path: str, headers: Mapping[str, str], data_plane: bool) -> None:
        if path.startswith("/oauth/"):
            return
        if path.startswith("/admin/"):
            scheme, _, token = (headers.get("authorization") or "").partition(" ")
            expiry = self.state.tokens.get(token) if scheme.lower() == "bearer" else None
            if expiry is None or expiry < time.time():
                raise ApiError(401, "UNAUTHENTICATED", "missing, unknown or expired bearer token (see /oauth/token)")
            return
        given = headers.get("api-key") or ""
        if given and data_plane and not (self._api_key is None or self._known_key(given)):
            # Pinecone's data plane answers an unknown key with 403 and the phrase "Wrong API key".
            raise ApiError(403, "PERMISSION_DENIED", "Wrong API key: the Api-Key header holds no key of this project")
        if not given or not (self._api_key is None or self._known_key(given)):
            raise ApiError(401, "UNAUTHENTICATED", "missing or invalid API key (send it in the Api-Key header)")

    def _known_key(self, given: str) -> bool:
        """The server's own key, or one made through the admin API."""
        keys = [str(self._api_key)] + [k["secret"] for k in self.state.objects.get("api_key", {}).values()]
        return any(hmac.compare_digest(given.encode(), key.encode()) for key in keys)

    def _version(self, headers: Mapping[str, str], path: str) -> VersionSpec:
        known = ", ".join(self.specs)
        name = headers.get(VERSION_HEADER.lower())
        if not name and path.startswith("/oauth/"):
            # The token endpoint does not need a version: use the newest that has one.
            name = next(v for v in reversed(self.specs) if "oauth" in self.specs[v].surfaces)
        if not name:
            raise bad_request(f"missing {VERSION_HEADER} header; this server speaks {known}")
        if name not in self.specs:
            raise bad_request(f"unknown API version {name!r}; this server speaks {known}")
        return self.specs[name]

    def _route(self, version: VersionSpec, listener: str, method: str, path: str) -> tuple[Operation, dict[str, str]]:
        if listener == "control" and path.startswith(ASSISTANT_PREFIX + "/"):
            listener, path = "assistant", path[len(ASSISTANT_PREFIX) :]
        for surface in _SURFACES[listener]:
            found = version.match(surface, method, path)
            if found is not None:
                return found
        allowed = sorted({m for s in _SURFACES[listener] for m in version.methods(s, path)})
        if allowed:
            raise ApiError(405, "UNIMPLEMENTED", f"{path} takes {', '.join(allowed)}, not {method}")
        raise ApiError(404, "NOT_FOUND", f"API version {version.version} has no {method} {path} here")

    def _body(self, op: Operation, content_type: str, body: bytes) -> Any:
        """The request body parsed by its content type: JSON, NDJSON, a form, or multipart parts."""
        expects = "requestBody" in op.spec
        if not body:
            if expects and op.spec["requestBody"].get("required"):
                raise bad_request("this operation needs a request body")
            return {} if expects else None
        kind = content_type.split(";")[0].strip().lower()
        try:
            if kind == "multipart/form-data":
                return _multipart(content_type, body)
            if kind == "application/x-www-form-urlencoded":
                return dict(parse_qsl(body.decode(), keep_blank_values=True))
            if kind == "application/x-ndjson":
                return [orjson.loads(line) for line in body.splitlines() if line.strip()]
            return orjson.loads(body)
        except ValueError:
            raise bad_request(f"the request body is not valid {kind or 'JSON'}") from None


def _multipart(content_type: str, body: bytes) -> dict[str, dict[str, Any]]:
    """The parts of a multipart/form-data body by field name: file name and bytes."""
    message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + body)
    if not message.is_multipart():
        raise ValueError("not multipart")
    parts: dict[str, dict[str, Any]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if isinstance(name, str):
            parts[name] = {"filename": part.get_filename(), "content": part.get_payload(decode=True) or b""}
    return parts
