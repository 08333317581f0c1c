"""Command line: ``python -m codegen generate|check|fetch``."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from codegen.check import compare_trees
from codegen.generate import GENERATED_DIR, PACKAGE, GenerationError, generate
from codegen.pins import PinError, load_pins
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
    fetch_cmd = commands.add_parser("fetch", help="download the pinned spec files into the cache and verify them")
    fetch_cmd.add_argument("--base-url", help="download from this mirror instead of the upstream repository")
    fetch_cmd.add_argument("--dest", type=Path, default=CACHE_DIR, help=f"target folder (default {CACHE_DIR})")
    args = parser.parse_args(argv)

    pins = load_pins()
    try:
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


if __name__ == "__main__":
    sys.exit(main())
