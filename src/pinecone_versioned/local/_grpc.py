"""gRPC on the index ports, as Pinecone Local serves it: plaintext HTTP/2 (h2c) beside HTTP/1.1.

The index listener sniffs a connection's first bytes (server.py); an HTTP/2 preface
hands the connection to this module, which pipes it to a grpcio server on an
internal loopback port, started on the server's event loop at the first gRPC
connection. grpcio then does what gRPC needs on the wire (flow control,
deadlines, cancellation, status trailers), where an HTTP/2 server of our own on
the ``h2`` library would have to redo each of them.

Every rpc is served through the HTTP operation of the same name (the proto's own
HTTP binding, kept by codegen as ``RPCS``): the request message becomes the JSON
body or query string the HTTP handler takes, ``App.handle`` answers it exactly
as over HTTP (auth, validation, data, errors), and the JSON answer becomes the
response message. So both transports behave alike by construction.

- Service path: the official SDKs call the unpackaged ``/VectorService/<Rpc>``, as
  Pinecone serves it; the generated modules' own package only keeps the versions
  apart in the descriptor pool, so handlers are registered under the wire path.
- Index: the connection's index is known from the port it came in on; the pipe's
  upstream socket tells the handler which connection (and index) an rpc came from.
- Auth: the ``api-key`` metadata, checked as HTTP checks the Api-Key header.
- API version: the ``x-pinecone-api-version`` metadata (pinecone 7.3.0 sends it);
  a call without it is served as the newest version that has a proto.
- Errors: the HTTP error's rpcStatus code and message become the gRPC status, with the fields named as the
  proto names them (``top_k`` where the JSON body says ``topK``): what a gRPC client knows them by.
- Writes and queries carry the same LSN headers as over HTTP, as initial metadata.
"""

from __future__ import annotations

import asyncio
import functools
import importlib
import re
from collections.abc import Callable, Mapping
from concurrent.futures import Executor
from types import ModuleType
from typing import Any
from urllib.parse import quote, urlencode

import grpc
import orjson
from google.protobuf import json_format
from google.protobuf.message import DecodeError, Message

from ._app import MAX_BODY_BYTES, VERSION_HEADER, App

PREFACE = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"
SERVICE_PATH = "/VectorService/"
_STATUS_BY_CODE = {status.value[0]: status for status in grpc.StatusCode}
_PATH_PARAMETER = re.compile(r"\{(\w+)\}")
_CHUNK = 1024 * 1024


def proto_module(version: str) -> ModuleType | None:
    """The generated ``db_data_grpc`` package of an API version, or None if it has no proto."""
    package = "pinecone_versioned_gen.v" + version.replace("-", "_").replace(".", "_")
    try:
        return importlib.import_module(f"{package}.db_data_grpc")
    except ModuleNotFoundError:
        return None


class GrpcPlane:
    """The grpcio server behind every index port, and the pipes that feed it."""

    def __init__(self, app: App, workers: Executor) -> None:
        self.app = app
        self.workers = workers
        # The local port of each pipe's upstream socket -> the index whose port the client connected to.
        self._indexes_by_pipe: dict[int, str] = {}
        self._server: grpc.aio.Server | None = None
        self._port = 0
        self._starting = asyncio.Lock()
        with_proto = [v for v in app.specs if proto_module(v) is not None]
        self.default_version = with_proto[-1] if with_proto else None

    async def pipe(self, first: bytes, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, index: str) -> None:
        """Carry one client connection (whose ``first`` bytes are already read) to the grpcio server and back."""
        port = await self._started()
        upstream_reader, upstream_writer = await asyncio.open_connection("127.0.0.1", port)
        pipe_port = int(upstream_writer.get_extra_info("sockname")[1])
        self._indexes_by_pipe[pipe_port] = index
        try:
            upstream_writer.write(first)
            directions = {
                asyncio.ensure_future(_copy(reader, upstream_writer)),
                asyncio.ensure_future(_copy(upstream_reader, writer)),
            }
            try:
                # Either side closing ends the connection (HTTP/2 has no use for a half-open one).
                await asyncio.wait(directions, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for direction in directions:
                    direction.cancel()
                await asyncio.gather(*directions, return_exceptions=True)
        finally:
            del self._indexes_by_pipe[pipe_port]
            upstream_writer.close()

    async def stop(self) -> None:
        if self._server is not None:
            await self._server.stop(grace=None)
            self._server = None

    async def _started(self) -> int:
        async with self._starting:
            if self._server is None:
                server = grpc.aio.server(options=[("grpc.max_receive_message_length", MAX_BODY_BYTES)])
                server.add_generic_rpc_handlers([_Rpcs(self)])
                self._port = server.add_insecure_port("127.0.0.1:0")
                await server.start()
                self._server = server
        return self._port

    async def call(self, rpc: str, request: bytes, context: grpc.aio.ServicerContext[Any, Any]) -> bytes:
        """Serve one rpc through the HTTP operation of the same name."""
        metadata = {key: value for key, value in context.invocation_metadata() or () if isinstance(value, str)}
        index = self._indexes_by_pipe.get(_peer_port(context.peer()))
        if index is None:  # not through a pipe of ours (the internal port is loopback-only and unadvertised)
            await context.abort(grpc.StatusCode.UNAVAILABLE, "connect to an index's port, not the internal one")
            raise AssertionError("abort raises")
        version = metadata.get(VERSION_HEADER.lower()) or self.default_version or ""
        headers = {"api-key": metadata.get("api-key", ""), VERSION_HEADER.lower(): version}
        module = proto_module(version) if version in self.app.specs else None
        if module is None:
            # An unknown version: the HTTP handler answers it (after the auth check, as over HTTP).
            reply = await self._handle("POST", "/describe_index_stats", "", headers, b"{}", index)
            return await self._answer(reply, None, context)
        if rpc not in module.RPCS:
            await context.abort(grpc.StatusCode.UNIMPLEMENTED, f"API {version}'s data plane has no rpc {rpc}")
        request_name, response_name, method, path = module.RPCS[rpc]
        messages = importlib.import_module(f"{module.__name__}.db_data_pb2")
        try:
            fields = json_format.MessageToDict(getattr(messages, request_name).FromString(request))
        except DecodeError as error:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, f"the {request_name} message is malformed: {error}")
        path = _PATH_PARAMETER.sub(lambda m: quote(str(fields.pop(m.group(1), "")), safe=""), path)
        query, body = "", b""
        if method in ("GET", "DELETE"):
            query = urlencode(fields, doseq=True)
        else:
            headers["content-type"] = "application/json"
            body = orjson.dumps(fields)
        reply = await self._handle(method, path, query, headers, body, index)
        return await self._answer(reply, getattr(messages, response_name), context, _proto_names(messages))

    async def _handle(
        self, method: str, path: str, query: str, headers: Mapping[str, str], body: bytes, index: str
    ) -> tuple[int, bytes, dict[str, str]]:
        loop = asyncio.get_running_loop()
        status, _, payload, extra = await loop.run_in_executor(
            self.workers, self.app.handle, "data", index, method, path, query, headers, body
        )
        assert payload is None or isinstance(payload, bytes)  # no data-plane operation streams
        return status, payload or b"", extra

    async def _answer(
        self,
        reply: tuple[int, bytes, dict[str, str]],
        response: type[Message] | None,
        context: grpc.aio.ServicerContext[Any, Any],
        proto_names: Callable[[str], str] = str,
    ) -> bytes:
        status, payload, extra = reply
        result = orjson.loads(payload) if payload else {}
        if not 200 <= status < 300 or response is None:
            code = _STATUS_BY_CODE.get(int(result.get("code") or 2), grpc.StatusCode.UNKNOWN)
            await context.abort(code, proto_names(str(result.get("message", ""))))
        assert response is not None
        if extra:
            await context.send_initial_metadata(tuple((name.lower(), value) for name, value in extra.items()))
        # Fields the HTTP answer has beyond the version's proto have no place on the wire.
        message = json_format.ParseDict(result, response(), ignore_unknown_fields=True)
        return message.SerializeToString()


class _Rpcs(grpc.GenericRpcHandler):
    """Every ``/VectorService/<Rpc>`` of any version, with raw bytes in and out (decoded per the call's version)."""

    def __init__(self, plane: GrpcPlane) -> None:
        self.plane = plane

    def service(self, handler_call_details: grpc.HandlerCallDetails) -> grpc.RpcMethodHandler[bytes, bytes] | None:
        method = handler_call_details.method
        if not method.startswith(SERVICE_PATH):
            return None  # grpcio answers UNIMPLEMENTED
        return grpc.unary_unary_rpc_method_handler(_bound(self.plane.call, method[len(SERVICE_PATH) :]))


def _bound(call: Callable[..., Any], rpc: str) -> Callable[..., Any]:
    async def behaviour(request: bytes, context: grpc.aio.ServicerContext[Any, Any]) -> bytes:
        result: bytes = await call(rpc, request, context)
        return result

    return behaviour


@functools.cache
def _proto_names(messages: ModuleType) -> Callable[[str], str]:
    """A function that renames the JSON field names in a text (``topK``) to the proto's (``top_k``)."""
    renames = {
        field.json_name: field.name
        for message in messages.DESCRIPTOR.message_types_by_name.values()
        for field in message.fields
        if field.json_name != field.name
    }
    if not renames:
        return str
    pattern = re.compile(r"\b(" + "|".join(sorted(renames, key=len, reverse=True)) + r")\b")
    return lambda text: pattern.sub(lambda m: renames[m.group(1)], text)


def _peer_port(peer: str) -> int:
    """The port of a peer as grpcio writes it (``ipv4:127.0.0.1:51234``), or 0."""
    _, _, port = peer.rpartition(":")
    return int(port) if port.isdigit() else 0


async def _copy(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
    while chunk := await source.read(_CHUNK):
        sink.write(chunk)
        await sink.drain()
