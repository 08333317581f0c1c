"""Command line: ``python -m codegen generate|check|fetch`` and the release commands
``add-version|repin|set-status|set-default|remove-version`` (see codegen/release.py)."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from codegen import release
from codegen.check import compare_trees
from codegen.generate import GENERATED_DIR, PACKAGE, GenerationError, generate
from codegen.pins import STATUSES, PinError, load_pins
from codegen.specs import CACHE_DIR, NoSpecDirectory, fetch, resolve_spec_dir

# Exit status of `check` when it cannot run for want of specs: distinct from
# success (0) and drift (1) so that CI can tell a skip from a pass.
EXIT_SKIPPED = 3


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in (
        ("generate", "write generated/ from the pinned specs"),
        ("check", "regenerate into a temporary folder and fail on any drift from generated/"),
    ):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("--specs", help="spec directory (default: $PINECONE_OPENAPI_SPECS, then the fetch cache)")
        sub.add_argument("--version", action="append", default=[], help="only this API version (repeatable)")
    _add_release_commands(commands)
    fetch_cmd = commands.add_parser("fetch", help="download the pinned spec files into the cache and verify them")
    fetch_cmd.add_argument("--base-url", help="download from this mirror instead of the upstream repository")
    fetch_cmd.add_argument("--dest", type=Path, default=CACHE_DIR, help=f"target folder (default {CACHE_DIR})")
    args = parser.parse_args(argv)

    try:
        if args.command in RELEASE_COMMANDS:
            print("\n".join(_run_release_command(args)))
            return 0
        pins = load_pins()
        if args.command == "fetch":
            written = fetch(pins, dest=args.dest, base_url=args.base_url)
            print(f"fetched and verified {len(written)} files into {args.dest}")
            return 0
        try:
            spec_dir = resolve_spec_dir(args.specs)
        except NoSpecDirectory as exc:
            if args.command == "check":
                print(f"codegen check SKIPPED: {exc}", file=sys.stderr)
                return EXIT_SKIPPED
            raise
        only = tuple(args.version)
        if args.command == "generate":
            started = time.perf_counter()
            counts = generate(pins, spec_dir, GENERATED_DIR, only)
            elapsed = time.perf_counter() - started
            for version, count in counts.items():
                print(f"{version}: {count} operations")
            print(f"generated {sum(counts.values())} operations in {elapsed:.1f} s into {GENERATED_DIR / PACKAGE}")
            return 0
        with tempfile.TemporaryDirectory() as tmp:
            generate(pins, spec_dir, Path(tmp), only)
            drift = compare_trees(GENERATED_DIR / PACKAGE, Path(tmp) / PACKAGE, only_versions=only, pins=pins)
        if drift:
            print(drift.summary(), file=sys.stderr)
            print("generated/ has drifted from the pins: run `nox -s codegen` and commit the result", file=sys.stderr)
            return 1
        print("codegen check: generated/ matches a fresh generation from the pins")
        return 0
    except (PinError, GenerationError, NoSpecDirectory) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


RELEASE_COMMANDS = ("add-version", "repin", "set-status", "set-default", "remove-version")


def _add_release_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    def mapping_options(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--specs", required=True, help="spec directory laid out like upstream: VERSION/FILE")
        sub.add_argument("--commit", help="the upstream commit the files come from")
        sub.add_argument(
            "--surface",
            action="append",
            default=[],
            metavar="FILE=SURFACE",
            help="map a file the naming conventions do not cover (repeatable)",
        )
        sub.add_argument("--skip", action="append", default=[], metavar="FILE", help="leave a file out (repeatable)")

    add = commands.add_parser("add-version", help="pin a new version's spec files and generate it")
    add.add_argument("version", help="folder name under --specs, e.g. 2026-04 or 2026-01.alpha")
    add.add_argument("--status", choices=STATUSES, help="default: stable, or preview for a labelled folder (.alpha)")
    mapping_options(add)
    again = commands.add_parser("repin", help="adopt changed upstream files (checksums, new files) and regenerate")
    again.add_argument("version", nargs="?", help="only this version (default: every pinned version)")
    mapping_options(again)
    status = commands.add_parser("set-status", help="re-label a version (e.g. deprecate it) and regenerate it")
    status.add_argument("version")
    status.add_argument("status", choices=STATUSES)
    status.add_argument("--specs", required=True, help="spec directory (the version is regenerated)")
    default = commands.add_parser("set-default", help="make a stable version the default of unpinned clients")
    default.add_argument("version")
    remove = commands.add_parser("remove-version", help="unpin a version and delete its generated subpackage")
    remove.add_argument("version")


def _run_release_command(args: argparse.Namespace) -> list[str]:
    if args.command == "set-default":
        return release.set_default(args.version)
    if args.command == "remove-version":
        return release.remove_version(args.version)
    spec_dir = resolve_spec_dir(args.specs)
    if args.command == "set-status":
        return release.set_status(args.version, args.status, spec_dir)
    overrides = {}
    for item in args.surface:
        file, separator, surface = item.partition("=")
        if not separator or not file or not surface:
            raise PinError(f"--surface {item!r}: write FILE=SURFACE, e.g. --surface vectors_2026-04.oas.yaml=db_data")
        overrides[file] = surface
    source = release.Source(spec_dir, args.commit, overrides, frozenset(args.skip))
    if args.command == "add-version":
        started = time.perf_counter()
        lines = release.add_version(args.version, source, status=args.status)
        return [*lines, f"add-version took {time.perf_counter() - started:.1f} s"]
    return release.repin(args.version, source)


if __name__ == "__main__":
    sys.exit(main())
