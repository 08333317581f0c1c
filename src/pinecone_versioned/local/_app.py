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
from urllib.parse import parse_qs, parse_qsl, unquote

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
# Request body limits, checked against Content-Length before a body is read. Pinecone documents 2 MB
# per upsert request (docs.pinecone.io, "Operation limits"); we apply it to every JSON body on every
# plane, as Pinecone documents no larger one: its largest other bodies (an embed of 96 inputs, a
# rerank, a chat) are far smaller. File uploads to an assistant take up to 100 MB, Pinecone's largest
# documented file (a PDF on paid plans, "Pinecone Assistant limits").
MAX_BODY_BYTES = 2 * 1024 * 1024
MAX_UPLOAD_BYTES = 100 * 1024 * 1024
ASSISTANT_PREFIX = "/assistant"
_UNCHECKED = object()
# Which spec surfaces each kind of listener serves (first match wins), and the handlers of each surface.
_SURFACES = {
    # db_metrics is routed (so that its operations answer 501 naming them) but not simulated.
    "control": ("db_control", "inference", "admin", "oauth", "assistant_control", "assistant_data", "db_metrics"),
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


def _render(error: ApiError, listener: str, path: str) -> tuple[int, Any]:
    """The error in the shape of the surface asked: the data plane's rpcStatus, OAuth's, or the control plane's."""
    if listener == "data":
        return error.status, error.data_body()
    if path.startswith("/oauth/"):
        return error.status, error.oauth_body()
    return error.status, error.control_body()


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
        # Lenient mode does not validate data-plane bodies up front (jsonschema takes ~20 ms for one query of
        # 768 values, seconds for an upsert of 200 vectors): such a body is validated only if its handler fails.
        unchecked: Any = _UNCHECKED
        extra_headers: dict[str, str] = {}
        try:
            self._authenticate(path, headers, data_plane)
            version = self._version(headers, path)
            op, params = self._route(version, listener, method, path)
            handler = _HANDLERS.get(op.surface, {}).get((op.method, op.template))
            if handler is None:
                raise ApiError(
                    501,
                    "UNIMPLEMENTED",
                    f"{op.operation_id} (API {version.version}) is not implemented by the local server yet",
                )
            payload = self._body(version, op, headers.get("content-type", ""), body)
            if self.strict or not data_plane:
                version.check_request(op, payload)
            else:
                unchecked = payload
            parsed = version.parse_query(op, _query(query), self.strict)
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
            status, result = _render(error, listener, path)
        except RecursionError:
            # Only input nested far deeper than any real request gets here (bodies are checked recursively).
            status, result = _render(bad_request("the request body is nested too deeply"), listener, path)
        except Exception:  # noqa: BLE001 (a client's invalid body, or a bug of ours: a Pinecone-shaped 400 or 500)
            status, result = self._handler_failed(version, op, unchecked, listener, method, path)
        if isinstance(result, Stream):
            return status, result.content_type, result.chunks, extra_headers
        if version is not None and op is not None:
            result = version.shape_response(op, status, result)
            if self.strict and (reason := version.check_response(op, status, result)) is not None:
                message = f"the local server's {status} response to {op.operation_id} is off-spec: {reason}"
                log.error(message)
                status, result = _render(ApiError(500, "INTERNAL", message), listener, path)
        if result is None:
            return status, None, None, extra_headers
        return status, "application/json", orjson.dumps(result, option=_DUMPS), extra_headers

    def _handler_failed(
        self, version: VersionSpec | None, op: Operation | None, unchecked: Any, listener: str, method: str, path: str
    ) -> tuple[int, Any]:
        """Called while a handler's exception is handled: the client's 400 if the body it was given (not validated
        up front) breaks the spec, else our 500, with the trace in the log."""
        trace = traceback.format_exc()
        if version is not None and op is not None and unchecked is not _UNCHECKED:
            try:
                version.check_request(op, unchecked)
            except ApiError as invalid:
                return _render(invalid, listener, path)
            except RecursionError:
                return _render(bad_request("the request body is nested too deeply"), listener, path)
        log.error("internal error on %s %s\n%s", method, path, trace)
        return _render(ApiError(500, "INTERNAL", "internal error in the local server"), listener, path)

    def body_limit(self, listener: str, method: str, path: str, headers: Mapping[str, str]) -> int:
        """The most bytes the body of this request may have (known from its head, before the body is read)."""
        try:
            version = self._version(headers, path)
            op, _ = self._route(version, listener, method, path)
        except ApiError:
            return MAX_BODY_BYTES  # handle() will refuse the request anyway
        content = op.spec.get("requestBody", {}).get("content", {})
        return MAX_UPLOAD_BYTES if "multipart/form-data" in content else MAX_BODY_BYTES

    def reject(self, listener: str, path: str, error: ApiError) -> Reply:
        """The answer to a request refused before it reached ``handle`` (bad HTTP, too large, too slow)."""
        status, result = _render(error, listener, path)
        return status, "application/json", orjson.dumps(result), {}

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
            # Matched on the raw path, so that an encoded "/" stays inside its parameter.
            found = version.match(surface, method, path)
            if found is not None:
                op, params = found
                return op, {name: _decoded(name, value) for name, value in params.items()}
        allowed = sorted({m for s in _SURFACES[listener] for m in version.methods(s, path)})
        if allowed:
            raise ApiError(405, "UNIMPLEMENTED", f"{path} takes {', '.join(allowed)}, not {method}")
        raise ApiError(404, "NOT_FOUND", f"API version {version.version} has no {method} {path} here")

    def _body(self, version: VersionSpec, op: Operation, content_type: str, body: bytes) -> Any:
        """The request body parsed by its content type: JSON, NDJSON, a form, or multipart parts."""
        request_body = version.surfaces[op.surface].deref(op.spec.get("requestBody", {}))
        accepted = list(request_body.get("content", {}))
        if not body:
            if request_body.get("required"):
                raise bad_request("this operation needs a request body")
            return {} if accepted else None
        # No Content-Type: the body is taken for what the operation expects (JSON, almost always).
        kind = content_type.split(";")[0].strip().lower() or (accepted or ["application/json"])[0]
        if accepted and kind not in accepted:
            message = f"this operation takes a body of type {' or '.join(accepted)}, not {kind}"
            raise ApiError(415, "INVALID_ARGUMENT", message)
        try:
            if kind == "multipart/form-data":
                return _multipart(content_type, body)
            if kind == "application/x-www-form-urlencoded":
                return dict(parse_qsl(body.decode(), keep_blank_values=True, errors="strict"))
            if kind == "application/x-ndjson":
                lines = [orjson.loads(line) for line in body.splitlines() if line.strip()]
                if not all(isinstance(line, dict) for line in lines):
                    raise bad_request("every line of an NDJSON body must be a JSON object")
                return lines
            payload = orjson.loads(body)
        except ValueError:  # UnicodeDecodeError included
            raise bad_request(f"the request body is not valid {kind}") from None
        if not isinstance(payload, dict):
            raise bad_request(f"the request body must be a JSON object, not {type(payload).__name__}")
        return payload


def _query(query: str) -> dict[str, list[str]]:
    try:
        return parse_qs(query, keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:
        raise bad_request("the query string holds a percent-encoded byte sequence that is not UTF-8") from None


def _decoded(name: str, value: str) -> str:
    """A path parameter percent-decoded (a namespace "a b" arrives as "a%20b")."""
    try:
        return unquote(value, errors="strict")
    except UnicodeDecodeError:
        raise bad_request(f"path parameter {name!r} is not UTF-8 once percent-decoded") from None


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
