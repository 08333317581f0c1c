"""Plain-text tables, the environment header, and the results folder."""

from __future__ import annotations

import datetime
import importlib.metadata
import json
import os
import platform
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

PACKAGES = ("pinecone-versioned", "httpx", "orjson", "attrs", "numpy", "pinecone")


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _git_commit() -> str:
    try:
        found = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            check=False,
            capture_output=True,
            text=True,
            cwd=Path(__file__).parent,
        )
    except OSError:
        return "unknown"
    return found.stdout.strip() or "unknown"


def environment() -> dict[str, Any]:
    """Where the numbers come from: interpreter, machine and package versions."""
    return {
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "git_commit": _git_commit(),
        "packages": {name: _version(name) for name in PACKAGES},
    }


def environment_header(env: dict[str, Any]) -> str:
    packages = ", ".join(f"{name} {version}" for name, version in env["packages"].items())
    return (
        f"Python {env['python']} ({env['implementation']}) on {env['platform']}, {env['cpu_count']} CPUs, "
        f"commit {env['git_commit']}\n{packages}"
    )


def table(title: str, headers: Sequence[str], rows: Sequence[Sequence[str]], notes: Sequence[str] = ()) -> str:
    """A titled table; the first column is left-aligned, the others right-aligned."""
    widths = [max(len(str(row[i])) for row in [headers, *rows]) for i in range(len(headers))]

    def line(cells: Sequence[str]) -> str:
        first, *rest = cells
        return "  ".join([first.ljust(widths[0]), *(c.rjust(w) for c, w in zip(rest, widths[1:], strict=True))])

    rule = "-" * len(line(headers))
    body = [line(headers), rule, *(line(row) for row in rows)]
    return "\n".join([title, "=" * len(title), *body, *notes, ""])


def ms(seconds: float) -> str:
    """Milliseconds with about three significant digits."""
    value = seconds * 1000
    return f"{value:.3f}" if value < 1 else f"{value:.2f}" if value < 100 else f"{value:.0f}"


def ratio(value: float, floor: float) -> str:
    return f"{value / floor:.2f}x" if floor > 0 else "-"


def write_results(out_dir: Path, text: str, raw: dict[str, Any]) -> tuple[Path, Path]:
    """Write the tables and the raw numbers under a timestamped name; return both paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    text_path, json_path = out_dir / f"bench-{stamp}.txt", out_dir / f"bench-{stamp}.json"
    text_path.write_text(text)
    json_path.write_text(json.dumps(raw, indent=1))
    return text_path, json_path
