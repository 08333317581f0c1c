"""The local server's sockets: one control-plane listener, plus one listener per index.

Host scheme: every index is served on its own port of the server's host (127.0.0.1
by default), and describe_index reports ``http://127.0.0.1:<port>`` as its host, so
an SDK's ``Index(host=...)`` works as is (an SDK adds ``https://`` to a host given
without a scheme, which a plain-HTTP local server cannot answer). With a data
directory an index gets the same port back after a restart when that port is free.

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
import logging
import os
import socket
import threading
from collections.abc import Coroutine, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from http import HTTPStatus
from pathlib import Path
from types import TracebackType
from typing import Any, Self, TypeVar
from urllib.parse import urlsplit

import h11

from ._app import App, Reply
from ._errors import ApiError, bad_request
from ._grpc import PREFACE, GrpcPlane
from ._persist import NullJournal, SqliteJournal
from ._specs import find_spec_dir, load_specs
from ._state import State

log = logging.getLogger("pinecone_versioned.local")

T = TypeVar("T")

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
        self.server, self.sock, self.kind, self.index = server, sock, kind, index
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
        kind, index = self.listener.kind, self.listener.index
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
    response to be taken.
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
    ) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, not {workers}")
        if read_timeout <= 0:
            raise ValueError(f"read_timeout must be a positive number of seconds, not {read_timeout}")
        self._bind_host = host
        self._advertised = "127.0.0.1" if host in ("", "0.0.0.0") else host
        self._port = port
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
        return self

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
        try:
            listener = self._listen(port, "data", name)
        except OSError:
            if port == 0:
                raise
            listener = self._listen(0, "data", name)
        self._indexes[name] = listener
        return listener.port

    def close(self, name: str) -> None:
        listener = self._indexes.pop(name, None)
        if listener is not None:
            # Connections already open stay (a request on them gets the app's 404 for a deleted index).
            self.network.loop.call_soon_threadsafe(listener.stop_accepting)
            self._retired.append(listener)

    def host(self, port: int) -> str:
        return f"http://{self._advertised}:{port}"


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
