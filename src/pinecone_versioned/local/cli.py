"""``pinecone-versioned serve``: run the local server in the foreground until interrupted.

The command line itself is ``pinecone_versioned.cli``; this module is the part that
needs the ``[local]`` extra.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Sequence

from .server import DEFAULT_READ_TIMEOUT, DEFAULT_WORKERS, LocalServer


def serve(
    host: str,
    port: int,
    data_dir: str | None,
    api_key: str | None,
    spec_dir: str | None,
    strict: bool,
    workers: int | None = None,
    read_timeout: float | None = None,
) -> int:
    """Serve until SIGINT or SIGTERM (``OSError`` when the port cannot be bound)."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    server = LocalServer(
        api_key,
        data_dir,
        host=host,
        port=port,
        strict=strict,
        spec_dir=spec_dir,
        workers=workers or DEFAULT_WORKERS,
        read_timeout=read_timeout or DEFAULT_READ_TIMEOUT,
    )
    with server:
        stopping = threading.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stopping.set())
        # One parseable line, so that scripts and tests can learn the port when --port 0 is used.
        print(f"pinecone-versioned local server listening on {server.url}", flush=True)
        stopping.wait()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """The whole ``pinecone-versioned`` command (kept here for callers of the old entry point)."""
    from pinecone_versioned.cli import main as command_line

    return command_line(argv)
