"""The local server's sockets: one control-plane listener, plus one listener per index.

Host scheme: every index is served on its own port of the server's host (127.0.0.1
by default), and describe_index reports ``http://127.0.0.1:<port>`` as its host, so
an SDK's ``Index(host=...)`` works as is (an SDK adds ``https://`` to a host given
without a scheme, which a plain-HTTP local server cannot answer); ``advertised_host``
changes the name in those hosts (Pinecone Local's ``PINECONE_HOST``).

Index ports: "sequential" (Pinecone Local's convention, the default when the control
port is fixed) gives each new index the lowest free port above the control plane's,
so the first indexes of a fresh server are on port+1, port+2, ... and a deleted
index's port goes to the next index created; "ephemeral" (the default with port 0)
lets the OS pick. Sequential is the default for a fixed port so that ``serve --port 5080``
answers as Pinecone Local does, host for host (CI jobs and compose files map 5080-5090);
ephemeral is the default for port 0 so that servers started side by side in tests never
contend for the same ports. With a data directory an index gets the same port back after a
restart when that port is free. Deleting an index (or ``reset()``) closes its
listening socket; a connection already open stays, and its requests go to the index
that has the port now (a client's pooled connection to a reused port), else get the
404 of a deleted index.

gRPC: an index port also speaks gRPC over plaintext HTTP/2 (h2c), as Pinecone Local does:
a connection that opens with the HTTP/2 preface is handed to ``_grpc`` (see there), any
other is HTTP/1.1. The official SDK's ``PineconeGRPC`` reaches it with the host given
without a scheme and a plaintext channel:
``pc.Index(host="127.0.0.1:<port>", grpc_config=GRPCClientConfig(secure=False))``
(grpcio takes no ``http://`` target, so describe_index's host is the HTTP form).

HTTP: one asyncio event loop (a background thread) holds every connection, and h11
parses and frames HTTP/1.1 on it; the app itself runs on a bounded pool of worker
threads. So an idle or stalled connection costs no thread, a request's head and body
must arrive within ``read_timeout`` (else a 408), a body over the operation's limit
is refused from its Content-Length before it is read (413), and malformed HTTP gets
a Pinecone-shaped 4xx like every other client error.

In a test::

    with LocalServer(api_key="key", strict=True) as server:
        httpx.get(f"{server.url}/indexes", headers={"Api-Key": "key", "X-Pinecone-API-Version": "2025-04"})
"""

from __future__ import annotations

import asyncio
import errno
import logging
import os
import socket
import threading
from collections.abc import Coroutine, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from http import HTTPStatus
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Self, TypeVar
from urllib.parse import urlsplit

import h11

from ._app import App, Reply
from ._errors import ApiError, bad_request
from ._grpc import PREFACE, GrpcPlane
from ._persist import NullJournal, SqliteJournal
from ._specs import find_spec_dir, load_specs
from ._startup import IndexDefinition, check_host_name, create_indexes
from ._state import State

log = logging.getLogger("pinecone_versioned.local")

T = TypeVar("T")
IndexPorts = Literal["sequential", "ephemeral"]

STREAM_DELAY_ENV = "PINECONE_LOCAL_STREAM_DELAY"
DEFAULT_WORKERS = 8
# A request's head and body must arrive within this many seconds of its first byte.
DEFAULT_READ_TIMEOUT = 30.0
# An idle keep-alive connection is closed after this long (nginx's default).
IDLE_TIMEOUT = 75.0
# Request line plus headers. Envoy, in front of Pinecone's API, allows 60 KiB by default.
MAX_HEAD_BYTES = 60 * 1024
READ_CHUNK = 1024 * 1024
# How long stop() lets requests in flight finish before it cancels them.
STOP_GRACE = 5.0


class _Network:
    """The event loop thread that holds every connection, and the worker threads that run the app."""

    def __init__(self, workers: int) -> None:
        self.loop = asyncio.new_event_loop()
        self.workers = ThreadPoolExecutor(workers, thread_name_prefix="pinecone-local-worker")
        self._thread = threading.Thread(target=self.loop.run_forever, name="pinecone-local-loop", daemon=True)
        self._thread.start()

    def call(self, work: Coroutine[Any, Any, T]) -> T:
        """Run ``work`` on the loop and wait for its result (never call this from the loop's thread)."""
        return asyncio.run_coroutine_threadsafe(work, self.loop).result()

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join()
        self.loop.close()
        self.workers.shutdown(wait=False, cancel_futures=True)


class _Listener:
    """One listening socket: the control plane, or one index's data plane."""

    def __init__(self, server: LocalServer, sock: socket.socket, kind: str, index: str | None) -> None:
        self.server, self.sock, self.kind, self._index = server, sock, kind, index
        # Set when its index is deleted: the socket no longer accepts, open connections stay.
        self.retired = False
        self.port = int(sock.getsockname()[1])
        self.connections: dict[asyncio.Task[None], _Connection] = {}
        # Set when the server stops: each connection closes after the request it is serving.
        self.closing = False
        self._accepting: asyncio.Server | None = None

    async def start(self) -> None:
        self._accepting = await asyncio.start_server(self._connected, sock=self.sock, limit=READ_CHUNK)

    def stop_accepting(self) -> None:
        """Close the listening socket (its port is free again); open connections go on being served."""
        if self._accepting is not None:
            self._accepting.close()

    @property
    def index(self) -> str | None:
        """The index served; once its index is deleted, whichever index has the port now, else the deleted one."""
        if self.retired and self._index is not None:
            return self.server.index_on_port(self.port) or self._index
        return self._index

    async def _connected(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        # asyncio sets TCP_NODELAY only on sockets created with IPPROTO_TCP, which socket.create_server's are not:
        # without it each answer's body waits for the client's delayed ACK of its head (40 ms).
        writer.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        connection = self.connections[task] = _Connection(self, reader, writer)
        try:
            await connection.serve()
        except asyncio.CancelledError:
            pass  # the server is stopping: this task is the top of its stack
        finally:
            del self.connections[task]
            writer.close()


class _Connection:
    """The requests of one HTTP/1.1 connection, one after the other."""

    def __init__(self, listener: _Listener, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.listener, self.reader, self.writer = listener, reader, writer
        self.app = listener.server.app
        self.network = listener.server.network
        self.read_timeout = listener.server.read_timeout
        self.http = h11.Connection(h11.SERVER, max_incomplete_event_size=MAX_HEAD_BYTES)
        # Waiting for the first byte of a next request: safe to drop when the server stops.
        self.idle = False

    async def serve(self) -> None:
        try:
            if self.listener.kind == "data":
                first = await self._first_bytes()
                if first.startswith(PREFACE):
                    self.idle = True  # a gRPC channel stays open: stop() drops it rather than wait for it
                    await self.listener.server.grpc.pipe(first, self.reader, self.writer, str(self.listener.index))
                    return
                if not first:
                    return  # closed before a byte
                self.http.receive_data(first)
            while await self._one_request():
                self.http.start_next_cycle()
        except (ConnectionError, TimeoutError, h11.LocalProtocolError):
            # The peer went away, stalled, or broke HTTP after our answer had started: nothing to tell it.
            pass
        except Exception:  # a bug of ours, or a stream that failed midway: keep the trace, drop the connection
            log.exception("connection to the %s listener ended by an error", self.listener.kind)

    async def _first_bytes(self) -> bytes:
        """The connection's first bytes: enough to tell the HTTP/2 preface (gRPC) from HTTP/1.1."""
        seen = b""
        self.idle = True
        try:
            async with asyncio.timeout(IDLE_TIMEOUT):
                while len(seen) < len(PREFACE) and PREFACE.startswith(seen):
                    chunk = await self.reader.read(READ_CHUNK)
                    if not chunk:
                        break
                    seen += chunk
        finally:
            self.idle = False
        return seen

    async def _one_request(self) -> bool:
        """Serve one request; whether the connection can carry another."""
        kind = self.listener.kind
        method, path = "GET", "/"  # how to answer until the request line is known
        try:
            if not any(self.http.trailing_data):  # nothing buffered: wait for the next request
                self.idle = True
                try:
                    await self._read(IDLE_TIMEOUT)
                finally:
                    self.idle = False
            deadline = self.network.loop.time() + self.read_timeout
            event = await self._event(deadline)
            if isinstance(event, h11.ConnectionClosed):
                return False
            assert isinstance(event, h11.Request)
            method = event.method.decode("ascii")
            try:
                target = urlsplit(event.target.decode("ascii"))
            except UnicodeDecodeError:
                raise bad_request("the request target must be ASCII: percent-encode other characters") from None
            path = target.path
            headers = {name.decode("latin-1"): value.decode("latin-1") for name, value in event.headers}
            limit = self.app.body_limit(kind, method, path, headers)
            body = await self._body(event.headers, limit, deadline)
        except h11.RemoteProtocolError as error:
            status = error.error_status_hint if 400 <= error.error_status_hint < 500 else 400
            await self._reply(method, self.app.reject(kind, path, ApiError(status, "INVALID_ARGUMENT", str(error))))
            return False
        except TimeoutError:
            if self.http.their_state is h11.IDLE and not any(self.http.trailing_data):
                return False  # an idle connection timed out: close it without a word
            message = f"the request did not arrive within {self.read_timeout:g} seconds"
            await self._reply(method, self.app.reject(kind, path, ApiError(408, "DEADLINE_EXCEEDED", message)))
            return False
        except ApiError as error:
            await self._reply(method, self.app.reject(kind, path, error))
            return False
        index = self.listener.index  # read once the request is in: a kept-alive connection may outlive its index
        reply = await self.network.loop.run_in_executor(
            self.network.workers, self.app.handle, kind, index, method, target.path, target.query, headers, body
        )
        log.debug("%s %s -> %d", method, target.path, reply[0])
        await self._reply(method, reply)
        return not self.listener.closing and self.http.our_state is self.http.their_state is h11.DONE

    async def _body(self, head: Sequence[tuple[bytes, bytes]], limit: int, deadline: float) -> bytes:
        # h11 has checked Content-Length's syntax (there is none for a chunked body).
        declared = next((int(value) for name, value in head if name == b"content-length"), None)
        if declared is not None and declared > limit:
            raise _too_large(declared, limit)
        if self.http.they_are_waiting_for_100_continue:
            await self._send(h11.InformationalResponse(status_code=100, headers=[]))
        pieces, size = [], 0
        while True:
            event = await self._event(deadline)
            if isinstance(event, h11.Data):
                pieces.append(event.data)
                size += len(event.data)
                if size > limit:
                    raise _too_large(size, limit)
            elif isinstance(event, h11.EndOfMessage):
                return b"".join(pieces)
            else:  # the peer closed the connection mid-body
                raise ConnectionResetError("the client closed the connection before the body ended")

    async def _event(self, deadline: float) -> Any:
        while True:
            event = self.http.next_event()
            if event is not h11.NEED_DATA:
                return event
            await self._read(deadline - self.network.loop.time())

    async def _read(self, timeout: float) -> None:
        async with asyncio.timeout(max(timeout, 0)):
            self.http.receive_data(await self.reader.read(READ_CHUNK))

    async def _reply(self, method: str, reply: Reply) -> None:
        status, content_type, payload, extra_headers = reply
        if self.http.our_state not in (h11.IDLE, h11.SEND_RESPONSE):  # IDLE: the request line was garbage
            return
        headers = list(extra_headers.items())
        if content_type is not None:
            headers.append(("Content-Type", content_type))
        if payload is None or isinstance(payload, bytes):
            headers.append(("Content-Length", str(len(payload or b""))))
        else:
            headers.append(("Transfer-Encoding", "chunked"))
        if self.http.their_state is not h11.DONE:
            # Answered before the body was read (413, 408, bad HTTP): the rest of it cannot be skipped reliably.
            headers.append(("Connection", "close"))
        response = h11.Response(status_code=status, headers=headers, reason=_reason(status))
        if payload is None or isinstance(payload, bytes):
            events = [response] if not payload or method == "HEAD" else [response, h11.Data(data=payload)]
            await self._send(*events, h11.EndOfMessage())
            return
        await self._send(response)
        await self._stream(payload)
        await self._send(h11.EndOfMessage())

    async def _stream(self, chunks: Iterator[bytes]) -> None:
        """Send each piece as soon as the worker produces it (server-sent events)."""
        while (piece := await self.network.loop.run_in_executor(self.network.workers, next, chunks, None)) is not None:
            await self._send(h11.Data(data=piece))

    async def _send(self, *events: Any) -> None:
        data = b"".join(self.http.send(event) or b"" for event in events)
        if data:
            self.writer.write(data)
            async with asyncio.timeout(self.read_timeout):
                await self.writer.drain()


def _too_large(size: int, limit: int) -> ApiError:
    return ApiError(413, "INVALID_ARGUMENT", f"request body of {size} bytes; the limit for this operation is {limit}")


def _reason(status: int) -> bytes:
    try:
        return HTTPStatus(status).phrase.encode()
    except ValueError:
        return b""


def _bind(host: str, port: int) -> socket.socket:
    # SO_REUSEADDR (set by create_server on POSIX) lets a restarted server take its ports straight back.
    sock = socket.create_server((host, port))
    sock.setblocking(False)
    return sock


class LocalServer:
    """A Pinecone-compatible server on loopback, run in background threads of this process.

    ``api_key`` None accepts any non-empty key. ``data_dir`` None keeps everything in
    memory. ``strict`` validates every request and every response against the spec
    of the request's API version. ``spec_dir`` defaults to ``find_spec_dir()``: the specs shipped with the package.
    ``stream_delay`` is the pause in seconds between the chunks of a streamed
    assistant answer (default: $PINECONE_LOCAL_STREAM_DELAY, else 0). ``workers`` is
    the number of threads that run requests (connections themselves cost none), and
    ``read_timeout`` the seconds a request's head and body may take to arrive, and a
    response to be taken. ``advertised_host`` is the host name in the URLs the server
    reports (default: the bound address, 127.0.0.1 for a wildcard); ``index_ports`` is
    "sequential" or "ephemeral" (see the module docstring; default: sequential when
    ``port`` is fixed); ``indexes`` are created at start unless they exist already.
    """

    def __init__(
        self,
        api_key: str | None = None,
        data_dir: str | os.PathLike[str] | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        strict: bool = False,
        spec_dir: str | os.PathLike[str] | None = None,
        stream_delay: float | None = None,
        workers: int = DEFAULT_WORKERS,
        read_timeout: float = DEFAULT_READ_TIMEOUT,
        advertised_host: str | None = None,
        index_ports: IndexPorts | None = None,
        indexes: Sequence[IndexDefinition] = (),
    ) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, not {workers}")
        if read_timeout <= 0:
            raise ValueError(f"read_timeout must be a positive number of seconds, not {read_timeout}")
        if index_ports not in (None, "sequential", "ephemeral"):
            raise ValueError(f"index_ports must be 'sequential' or 'ephemeral', not {index_ports!r}")
        if advertised_host is not None:
            check_host_name(advertised_host, "advertised_host")
        self._bind_host = host
        self._advertised = advertised_host or ("127.0.0.1" if host in ("", "0.0.0.0") else host)
        self._port = port
        self.index_ports: IndexPorts = index_ports or ("sequential" if port else "ephemeral")
        self._definitions = list(indexes)
        self._api_key = api_key
        self._workers = workers
        self.read_timeout = read_timeout
        journal = NullJournal() if data_dir is None else SqliteJournal(Path(data_dir))
        self.state = State(journal)
        chosen = find_spec_dir(spec_dir)
        specs = load_specs(str(chosen.resolve()) if chosen is not None else None)
        if stream_delay is None:
            stream_delay = float(os.environ.get(STREAM_DELAY_ENV) or 0.0)
        self.app = App(specs, self.state, self, api_key, strict, stream_delay)
        self._network: _Network | None = None
        self._grpc: GrpcPlane | None = None
        self._control: _Listener | None = None
        self._indexes: dict[str, _Listener] = {}
        # Listeners of deleted indexes whose open connections are still being served.
        self._retired: list[_Listener] = []

    @property
    def network(self) -> _Network:
        if self._network is None:
            raise RuntimeError("the server is not running")
        return self._network

    @property
    def grpc(self) -> GrpcPlane:
        if self._grpc is None:
            raise RuntimeError("the server is not running")
        return self._grpc

    @property
    def port(self) -> int:
        if self._control is None:
            raise RuntimeError("the server is not running")
        return self._control.port

    @property
    def url(self) -> str:
        """The control plane's base URL."""
        return f"http://{self._advertised}:{self.port}"

    def start(self) -> Self:
        """Load the stored state, bind every socket and serve in the background."""
        with self.state.lock:
            self.state.load()
            self._network = _Network(self._workers)
            self._grpc = GrpcPlane(self.app, self._network.workers)
            self._control = self._listen(self._port, "control", None)
            for name, info in self.state.indexes.items():
                port = self.open(name, info.port)
                if port != info.port:
                    info.port = port
                    self.state.save_index(info)
        try:
            create_indexes(self.app, self._definitions, self._api_key)
        except BaseException:
            self.stop()
            raise
        return self

    def reset(self) -> None:
        """Forget every index, collection, backup, assistant and admin object (and the data directory's copy),
        and close every index's listener: a clean project on the same control port, far cheaper than a restart.
        The indexes given at construction are created again."""
        with self.state.lock:
            for name in list(self._indexes):
                self.close(name)
            self.state.reset()
        create_indexes(self.app, self._definitions, self._api_key)

    def stop(self) -> None:
        """Close every socket and the data directory; requests in flight get a few seconds to finish."""
        if self._network is None:
            return
        listeners = [*self._indexes.values(), *self._retired, *([self._control] if self._control else [])]
        self.network.call(_close_all(listeners))
        self.network.call(self.grpc.stop())
        self.network.stop()
        self._network, self._control, self._grpc = None, None, None
        self._indexes.clear()
        self._retired.clear()
        with self.state.lock:
            if isinstance(self.state.journal, SqliteJournal):
                self.state.journal.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()

    def _listen(self, port: int, kind: str, index: str | None) -> _Listener:
        listener = _Listener(self, _bind(self._bind_host, port), kind, index)
        self.network.call(listener.start())
        return listener

    # IndexHosts, used by the control-plane handlers (on worker threads, never on the loop).

    def open(self, name: str, port: int) -> int:
        requested = port or next((d.port for d in self._definitions if d.name == name), 0)
        listener = None
        if requested:
            try:
                listener = self._listen(requested, "data", name)
            except OSError as error:
                if port == 0:  # a port the user asked for at start: say so rather than pick another
                    message = f"port {requested}, asked for index {name!r}, cannot be bound: {error.strerror}"
                    raise ApiError(503, "UNAVAILABLE", message) from None
        if listener is None:
            listener = self._listen_on_a_free_port(name)
        self._indexes[name] = listener
        return listener.port

    def _listen_on_a_free_port(self, name: str) -> _Listener:
        if self.index_ports == "ephemeral":
            return self._listen(0, "data", name)
        # The ports of stored indexes not reopened yet stay theirs (start() reopens them one by one).
        taken = {listener.port for listener in self._indexes.values()}
        taken |= {info.port for info in self.state.indexes.values() if info.name != name}
        for candidate in range(self.port + 1, 65536):
            if candidate not in taken:
                try:
                    return self._listen(candidate, "data", name)
                except OSError:
                    continue  # in use by another program: the next one
        raise OSError(errno.EADDRNOTAVAIL, f"no free port above the control plane's ({self.port}) for index {name!r}")

    def close(self, name: str) -> None:
        listener = self._indexes.pop(name, None)
        if listener is not None:
            # Connections already open stay (see _Listener.index). Waited for: the port is free when this returns.
            listener.retired = True
            self.network.call(_stop_accepting(listener))
            # Those without connections left can go (a long test session deletes thousands of indexes).
            self._retired = [retired for retired in self._retired if retired.connections] + [listener]

    def index_on_port(self, port: int) -> str | None:
        """The name of the index served on ``port`` now, if any."""
        return next((name for name, listener in list(self._indexes.items()) if listener.port == port), None)

    def host(self, port: int) -> str:
        return f"http://{self._advertised}:{port}"

    def index_host(self, name: str) -> str:
        """The host describe_index reports for the index ``name`` (KeyError if it does not exist)."""
        return self.host(self._indexes[name].port)


async def _stop_accepting(listener: _Listener) -> None:
    listener.stop_accepting()


async def _close_all(listeners: list[_Listener]) -> None:
    """Stop accepting, let the requests in flight finish for a while, then drop every connection."""
    busy: set[asyncio.Task[None]] = set()
    for listener in listeners:
        listener.closing = True
        listener.stop_accepting()
        for task, connection in listener.connections.items():
            if connection.idle:
                task.cancel()
            else:
                busy.add(task)
    if busy:
        _, late = await asyncio.wait(busy, timeout=STOP_GRACE)
        for task in late:
            task.cancel()
    await asyncio.gather(*(t for listener in listeners for t in listener.connections), return_exceptions=True)
