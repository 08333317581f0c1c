"""``pinecone-versioned serve``: run the local server in the foreground until interrupted."""

from __future__ import annotations

import argparse
import logging
import signal
import threading
from collections.abc import Sequence

from .server import DEFAULT_READ_TIMEOUT, DEFAULT_WORKERS, LocalServer


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and serve until SIGINT or SIGTERM."""
    parser = argparse.ArgumentParser(prog="pinecone-versioned")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run the local Pinecone-compatible server")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback only)")
    serve.add_argument("--port", type=int, default=5080, help="control-plane port (0: any free port)")
    serve.add_argument("--data-dir", default=None, help="keep data here, durably (default: in memory)")
    serve.add_argument("--api-key", default=None, help="the only key accepted (default: any non-empty key)")
    serve.add_argument("--spec-dir", default=None, help="OpenAPI spec directory (default: $PINECONE_OPENAPI_SPECS)")
    serve.add_argument("--strict", action="store_true", help="validate requests and responses against the spec")
    serve.add_argument(
        "--workers", type=int, default=DEFAULT_WORKERS, help=f"threads that run requests (default: {DEFAULT_WORKERS})"
    )
    serve.add_argument(
        "--read-timeout",
        type=float,
        default=DEFAULT_READ_TIMEOUT,
        help=f"seconds a request may take to arrive (default: {DEFAULT_READ_TIMEOUT:g})",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    stopping = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stopping.set())
    server = LocalServer(
        args.api_key,
        args.data_dir,
        host=args.host,
        port=args.port,
        strict=args.strict,
        spec_dir=args.spec_dir,
        workers=args.workers,
        read_timeout=args.read_timeout,
    )
    with server:
        # One parseable line, so that scripts and tests can learn the port when --port 0 is used.
        print(f"pinecone-versioned local server listening on {server.url}", flush=True)
        stopping.wait()
    return 0
