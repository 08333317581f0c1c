"""The ``pinecone-versioned`` command: versions, capabilities, diff, and serve.

Everything but ``serve`` needs only the base install; ``serve`` runs the local
server of the ``[local]`` extra and says so when the extra is missing::

    pinecone-versioned versions                 # status, default, official SDK majors
    pinecone-versioned capabilities [VERSION]   # the operation x version matrix, or one version's operations
    pinecone-versioned diff 2025-04 2025-10     # what changed (--json for machines)
    pinecone-versioned serve --port 5080        # the local Pinecone-compatible server
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from pinecone_versioned import _capabilities, diff
from pinecone_versioned._config import default_api_version
from pinecone_versioned.sdk_versions import LANGUAGES, SDK_RELEASES, SdkRelease
from pinecone_versioned_gen import API_VERSIONS, STATUS

LOCAL_EXTRA_HINT = "pip install 'pinecone-versioned[local]'"


def _table(rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows)


# --- versions --------------------------------------------------------------------------


_SOURCE_LABELS = {"published": "", "measured": " (observed)", "changelog": " (its changelog)"}


def _sdk_cell(rows: Sequence[SdkRelease]) -> str:
    if not rows:
        return "unknown"
    return ", ".join(r.releases + _SOURCE_LABELS[r.source] for r in rows)


@dataclass(frozen=True, slots=True)
class VersionRow:
    """One API version as ``pinecone-versioned versions`` shows it."""

    api_version: str
    status: str  # the pinned status, or "not pinned" for a version only seen on the wire
    default: bool
    sdk: dict[str, str]  # language -> release ranges, "unknown" where none is known
    notes: list[str]


def versions_data() -> list[VersionRow]:
    """One row per API version: the pinned ones, then versions only seen on the wire."""
    default = default_api_version()
    observed_only = sorted({r.api_version for r in SDK_RELEASES} - set(API_VERSIONS))
    table = []
    for version in (*API_VERSIONS, *observed_only):
        releases = [r for r in SDK_RELEASES if r.api_version == version]
        table.append(
            VersionRow(
                version,
                STATUS.get(version, "not pinned"),
                version == default,
                {language: _sdk_cell([r for r in releases if r.language == language]) for language in LANGUAGES},
                [f"{r.language} {r.releases}: {r.note}" for r in releases if r.note],
            )
        )
    return table


def _versions(args: argparse.Namespace) -> int:
    table = versions_data()
    if args.json:
        print(json.dumps([asdict(row) for row in table], indent=2))
        return 0
    header = ["API version", "status", "default", *LANGUAGES]
    rows = [[row.api_version, row.status, "yes" if row.default else "", *row.sdk.values()] for row in table]
    print(_table([header, *rows]))
    notes = [note for row in table for note in row.notes]
    if notes:
        print("\nnotes:")
        print("\n".join(f"  {note}" for note in notes))
    return 0


# --- capabilities -----------------------------------------------------------------------


def _capabilities_command(args: argparse.Namespace) -> int:
    if args.version is not None:
        if args.version not in API_VERSIONS:
            print(f"unknown API version {args.version!r}; shipped: {', '.join(API_VERSIONS)}", file=sys.stderr)
            return 2
        operations = _capabilities.capabilities(args.version).operations
        if args.json:
            payload = [
                {
                    "surface": o.surface,
                    "operation_id": o.operation_id,
                    "method": o.operation.method,
                    "path": o.operation.path,
                    "facade": o.facade,
                }
                for o in operations
            ]
            print(json.dumps(payload, indent=2))
            return 0
        rows = [
            [o.surface, o.operation_id, f"{o.operation.method} {o.operation.path}", o.facade or "call(...)"]
            for o in operations
        ]
        print(_table([["surface", "operation", "route", "facade method"], *rows]))
        return 0
    matrix = _capabilities.matrix()
    if args.json:
        print(json.dumps([asdict(row) for row in matrix], indent=2))
        return 0
    header = ["surface", "operation", *API_VERSIONS]
    rows = [[row.surface, row.operation_id, *(_mark(row.versions[v]) for v in API_VERSIONS)] for row in matrix]
    print(_table([header, *rows]))
    print("\nF: a facade method wraps it; g: reachable through client.call(...) only; -: absent")
    return 0


def _mark(cell: str | None) -> str:
    return "-" if cell is None else ("F" if cell else "g")


# --- diff ---------------------------------------------------------------------------------


def _diff(args: argparse.Namespace) -> int:
    for version in (args.old, args.new):
        if version not in API_VERSIONS:
            print(f"unknown API version {version!r}; shipped: {', '.join(API_VERSIONS)}", file=sys.stderr)
            return 2
    result = diff.diff_versions(args.old, args.new)
    sys.stdout.write(diff.render_json(result) if args.json else diff.render_text(result))
    return 0


# --- serve --------------------------------------------------------------------------------


def _serve(args: argparse.Namespace) -> int:
    try:
        from pinecone_versioned.local.cli import serve, serve_options
    except ImportError as exc:  # the [local] extra's packages are missing
        print(
            f"pinecone-versioned serve needs the [local] extra ({exc.name} is missing): {LOCAL_EXTRA_HINT}",
            file=sys.stderr,
        )
        return 2
    try:
        options = serve_options(
            args.port, args.advertised_host, args.index_ports, args.index or [], os.environ, args.index_from_env
        )
        return serve(
            args.host,
            options,
            args.data_dir,
            args.api_key,
            args.spec_dir,
            args.strict,
            args.workers,
            args.read_timeout,
        )
    except ValueError as exc:  # an option or variable with a bad value: the message names it
        print(f"pinecone-versioned serve: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        if exc.errno != errno.EADDRINUSE:
            raise
        print(
            f"pinecone-versioned serve: {args.host}:{options.port} is already in use; "
            "choose another with --port (0 picks a free one)",
            file=sys.stderr,
        )
        return 1


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="pinecone-versioned", description="Pinecone API versions, and a local server.")
    commands = top.add_subparsers(dest="command", required=True)

    versions = commands.add_parser("versions", help="API versions: status, default, official SDK majors")
    versions.add_argument("--json", action="store_true", help="machine-readable output")
    versions.set_defaults(run=_versions)

    caps = commands.add_parser("capabilities", help="the operation x version matrix, or one version's operations")
    caps.add_argument("version", nargs="?", help="one API version (default: all, as a matrix)")
    caps.add_argument("--json", action="store_true", help="machine-readable output")
    caps.set_defaults(run=_capabilities_command)

    changes = commands.add_parser("diff", help="what changed from one API version to another")
    changes.add_argument("old")
    changes.add_argument("new")
    changes.add_argument("--json", action="store_true", help="machine-readable output")
    changes.set_defaults(run=_diff)

    serve = commands.add_parser("serve", help="run the local Pinecone-compatible server (extra [local])")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback only)")
    serve.add_argument(
        "--port",
        type=int,
        default=None,
        help="control-plane port, 0 for any free port (default: $PORT, else 5080, as Pinecone Local)",
    )
    serve.add_argument(
        "--advertised-host",
        default=None,
        help="host name in the index hosts the server reports (default: $PINECONE_HOST, else the bound address)",
    )
    serve.add_argument(
        "--index-ports",
        choices=("sequential", "ephemeral"),
        default=None,
        help="sequential: indexes on the ports after the control port, as Pinecone Local; ephemeral: any free "
        "port (default: sequential, ephemeral with --port 0)",
    )
    serve.add_argument(
        "--index",
        action="append",
        metavar="name=N,dimension=D,metric=M,vector-type=T,type=serverless|pod,port=P",
        help="create this index at start unless it exists (repeatable; only name is required)",
    )
    serve.add_argument(
        "--index-from-env",
        action="store_true",
        help="as Pinecone Local's one-index image: create an index named 'index' from $INDEX_TYPE, $VECTOR_TYPE, "
        "$DIMENSION and $METRIC, served on $PORT (the control plane on the port before it)",
    )
    serve.add_argument("--data-dir", default=None, help="keep data here, durably (default: in memory)")
    serve.add_argument("--api-key", default=None, help="the only key accepted (default: any non-empty key)")
    serve.add_argument("--spec-dir", default=None, help="OpenAPI spec directory (default: $PINECONE_OPENAPI_SPECS)")
    serve.add_argument("--workers", type=int, default=None, help="threads that run requests (default: 8)")
    serve.add_argument(
        "--read-timeout", type=float, default=None, help="seconds a request may take to arrive (default: 30)"
    )
    serve.add_argument("--strict", action="store_true", help="validate requests and responses against the spec")
    serve.set_defaults(run=_serve)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Run one ``pinecone-versioned`` command; returns the exit status."""
    args = parser().parse_args(argv)
    try:
        status: int = args.run(args)
    except BrokenPipeError:  # the reader went away (``| head``): not an error of ours
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (keeps the interpreter's final flush quiet)
        return 0
    return status


if __name__ == "__main__":
    sys.exit(main())
