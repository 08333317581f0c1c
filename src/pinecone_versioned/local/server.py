"""The local server's sockets: one control-plane listener, plus one listener per index.

Host scheme: every index is served on its own port of the server's host (127.0.0.1
by default), and describe_index reports ``http://127.0.0.1:<port>`` as its host, so
an SDK's ``Index(host=...)`` works as is (an SDK adds ``https://`` to a host given
without a scheme, which a plain-HTTP local server cannot answer). With a data
directory an index gets the same port back after a restart when that port is free.

In a test::

    with LocalServer(api_key="key", strict=True) as server:
        httpx.get(f"{server.url}/indexes", headers={"Api-Key": "key", "X-Pinecone-API-Version": "2025-04"})
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Self
from urllib.parse import urlsplit

from ._app import App
from ._persist import NullJournal, SqliteJournal
from ._specs import find_spec_dir, load_specs
from ._state import State

log = logging.getLogger("pinecone_versioned.local")

STREAM_DELAY_ENV = "PINECONE_LOCAL_STREAM_DELAY"


class _Listener(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, host: str, port: int, app: App, kind: str, index: str | None) -> None:
        super().__init__((host, port), _Handler)
        self.app, self.kind, self.index = app, kind, index
        # A short poll interval keeps shutdown (index deletion, server stop) quick.
        self.thread = threading.Thread(
            target=self.serve_forever, args=(0.05,), name=f"pinecone-local-{kind}-{port}", daemon=True
        )
        self.thread.start()

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        self.thread.join()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; without TCP_NODELAY each answer waits for a delayed ACK.
    disable_nagle_algorithm = True
    server: _Listener

    def _serve(self, head: bool = False) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        url = urlsplit(self.path)
        srv = self.server
        headers = {name.lower(): value for name, value in self.headers.items()}
        status, content_type, payload, extra_headers = srv.app.handle(
            srv.kind, srv.index, self.command, url.path, url.query, headers, body
        )
        self.send_response(status)
        for name, value in extra_headers.items():
            self.send_header(name, value)
        if content_type is not None:
            self.send_header("Content-Type", content_type)
        if payload is None or isinstance(payload, bytes):
            self.send_header("Content-Length", str(len(payload or b"")))
            self.end_headers()
            if payload and not head:
                self.wfile.write(payload)
            return
        # A stream: chunked transfer encoding, each piece flushed as soon as it is produced.
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for piece in payload:
            self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
            self.wfile.flush()
        self.wfile.write(b"0\r\n\r\n")

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def __getattr__(self, name: str) -> Callable[[], None]:
        # Every other method (GET, POST, ..., and made-up ones) reaches the app, which answers a
        # Pinecone-shaped 405 to those a path does not have instead of http.server's HTML 501.
        if name.startswith("do_"):
            return self._serve
        raise AttributeError(name)

    def log_message(self, format: str, *args: object) -> None:
        # Request lines only: headers, and so the API key, are never logged.
        log.debug("%s " + format, self.address_string(), *args)


class LocalServer:
    """A Pinecone-compatible server on loopback, run in background threads of this process.

    ``api_key`` None accepts any non-empty key. ``data_dir`` None keeps everything in
    memory. ``strict`` validates every request and every response against the spec
    of the request's API version. ``spec_dir`` defaults to ``find_spec_dir()``: the specs shipped with the package.
    ``stream_delay`` is the pause in seconds between the chunks of a streamed
    assistant answer (default: $PINECONE_LOCAL_STREAM_DELAY, else 0).
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
    ) -> None:
        self._bind_host = host
        self._advertised = "127.0.0.1" if host in ("", "0.0.0.0") else host
        self._port = port
        journal = NullJournal() if data_dir is None else SqliteJournal(Path(data_dir))
        self.state = State(journal)
        chosen = find_spec_dir(spec_dir)
        specs = load_specs(str(chosen.resolve()) if chosen is not None else None)
        if stream_delay is None:
            stream_delay = float(os.environ.get(STREAM_DELAY_ENV) or 0.0)
        self.app = App(specs, self.state, self, api_key, strict, stream_delay)
        self._control: _Listener | None = None
        self._indexes: dict[str, _Listener] = {}

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
            self._control = _Listener(self._bind_host, self._port, self.app, "control", None)
            for name, info in self.state.indexes.items():
                port = self.open(name, info.port)
                if port != info.port:
                    info.port = port
                    self.state.save_index(info)
        return self

    def stop(self) -> None:
        """Close every socket and the data directory."""
        with self.state.lock:
            for name in list(self._indexes):
                self.close(name)
            if self._control is not None:
                self._control.stop()
                self._control = None
            if isinstance(self.state.journal, SqliteJournal):
                self.state.journal.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()

    # IndexHosts, used by the control-plane handlers.

    def open(self, name: str, port: int) -> int:
        try:
            listener = _Listener(self._bind_host, port, self.app, "data", name)
        except OSError:
            if port == 0:
                raise
            listener = _Listener(self._bind_host, 0, self.app, "data", name)
        self._indexes[name] = listener
        return listener.port

    def close(self, name: str) -> None:
        listener = self._indexes.pop(name, None)
        if listener is not None:
            listener.stop()

    def host(self, port: int) -> str:
        return f"http://{self._advertised}:{port}"
