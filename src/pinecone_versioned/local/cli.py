"""``pinecone-versioned serve``: run the local server in the foreground until interrupted.

The command line itself is ``pinecone_versioned.cli``; this module is the part that
needs the ``[local]`` extra.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ._startup import IMAGE_VARIABLES, IndexDefinition, check_host_name
from .server import DEFAULT_READ_TIMEOUT, DEFAULT_WORKERS, IndexPorts, LocalServer

# Pinecone Local's control-plane port, and the variables its images read.
DEFAULT_PORT = 5080
PORT_ENV = "PORT"
HOST_ENV = "PINECONE_HOST"


@dataclass(frozen=True, slots=True)
class ServeOptions:
    """The Pinecone Local options of ``serve``, resolved from the command line, then the environment."""

    port: int
    advertised_host: str | None
    index_ports: IndexPorts | None
    indexes: tuple[IndexDefinition, ...]


def serve_options(
    port: int | None,
    advertised_host: str | None,
    index_ports: IndexPorts | None,
    index_texts: Sequence[str],
    environ: Mapping[str, str],
    index_from_env: bool = False,
) -> ServeOptions:
    """Flags first, then Pinecone Local's variables; ValueError naming the flag or variable that is wrong.

    ``index_from_env`` reads the one-index image's variables (only then: a CI job often sets DIMENSION or
    METRIC for its own tests, as the official SDK's do). ``$PORT`` is then that index's port, as in the
    image, and the control plane takes the port before it, so "control first, indexes after" holds.
    """
    indexes = [IndexDefinition.parse(text) for text in index_texts]
    env_port = _env_port(environ)
    image = None
    if index_from_env:
        if env_port == 0:
            raise ValueError(f"{PORT_ENV}=0: with --index-from-env, {PORT_ENV} is the index's port")
        image = IndexDefinition.from_environment(environ, env_port or 0)
        if image is None:
            raise ValueError(f"--index-from-env: none of {', '.join(IMAGE_VARIABLES)} is set")
        indexes.append(image)
    if port is None:
        port = env_port - 1 if image is not None and env_port else DEFAULT_PORT if env_port is None else env_port
    if not 0 <= port <= 65535:
        raise ValueError(f"--port {port}: a port is from 0 (any free port) to 65535")
    names = [d.name for d in indexes]
    if len(set(names)) != len(names):
        raise ValueError(f"--index: each index name once, not {', '.join(names)}")
    if advertised_host is not None:
        check_host_name(advertised_host, "--advertised-host")
    elif environ.get(HOST_ENV, "").strip():
        advertised_host = check_host_name(environ[HOST_ENV].strip(), HOST_ENV)
    return ServeOptions(port, advertised_host, index_ports, tuple(indexes))


def _env_port(environ: Mapping[str, str]) -> int | None:
    text = environ.get(PORT_ENV, "").strip()
    if not text:
        return None
    if not text.isdigit() or int(text) > 65535:
        raise ValueError(f"{PORT_ENV}={text!r}: a port is a whole number from 0 to 65535")
    return int(text)


def serve(
    host: str,
    options: ServeOptions,
    data_dir: str | None,
    api_key: str | None,
    spec_dir: str | None,
    strict: bool,
    workers: int | None = None,
    read_timeout: float | None = None,
) -> int:
    """Serve until SIGINT or SIGTERM (``OSError`` when a port cannot be bound, ValueError for a bad index)."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    server = LocalServer(
        api_key,
        data_dir,
        host=host,
        port=options.port,
        strict=strict,
        spec_dir=spec_dir,
        workers=workers or DEFAULT_WORKERS,
        read_timeout=read_timeout or DEFAULT_READ_TIMEOUT,
        advertised_host=options.advertised_host,
        index_ports=options.index_ports,
        indexes=options.indexes,
    )
    with server:
        stopping = threading.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stopping.set())
        # Parseable lines, so that scripts and tests can learn the ports when --port 0 is used.
        for definition in options.indexes:
            print(f"index {definition.name} on {server.index_host(definition.name)}", flush=True)
        print(f"pinecone-versioned local server listening on {server.url}", flush=True)
        stopping.wait()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """The whole ``pinecone-versioned`` command (kept here for callers of the old entry point)."""
    from pinecone_versioned.cli import main as command_line

    return command_line(argv)
