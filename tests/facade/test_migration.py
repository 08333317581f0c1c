"""Migrating from the official SDK by changing the import line and pinning the version.

tests/facade/migration_program.py is an ordinary program of official-SDK calls.
It runs twice against the local server, each time in a fresh interpreter: with
``pinecone==7.3.0`` from PyPI in an environment of its own, and with
pinecone_versioned after changing only its two ``# migrate:`` lines. Both runs
must pass every step.
"""

from __future__ import annotations

import difflib
import subprocess
import sys
from pathlib import Path

import pytest

from pinecone_versioned.local import LocalServer
from tests.official_sdk import official_python

PROGRAM = Path(__file__).with_name("migration_program.py")
API_KEY = "migration-key"
MIN_STEPS = 25


def migrated(source: str) -> str:
    """The program as a user moving to pinecone_versioned writes it: the import and the client change."""
    return source.replace("from pinecone import ", "from pinecone_versioned import ").replace(
        "Pinecone(api_key=KEY, host=URL)", 'Pinecone(api_key=KEY, host=URL, api_version="2025-04")'
    )


def _run(python: str, program: Path) -> list[str]:
    with LocalServer(api_key=API_KEY, strict=True) as server:  # a fresh server per run
        result = subprocess.run(
            [python, str(program), server.url, API_KEY],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result.stdout.splitlines()


def test_only_the_two_marked_lines_change() -> None:
    source = PROGRAM.read_text(encoding="utf-8")
    changed = [
        line
        for line in difflib.unified_diff(source.splitlines(), migrated(source).splitlines(), lineterm="", n=0)
        if line.startswith(("+", "-")) and not line.startswith(("+++", "---"))
    ]
    assert len(changed) == 4 and all("# migrate:" in line for line in changed), changed


def test_the_same_program_passes_with_the_official_sdk_and_with_pinecone_versioned(tmp_path: Path) -> None:
    ours = tmp_path / "migrated_program.py"
    ours.write_text(migrated(PROGRAM.read_text(encoding="utf-8")), encoding="utf-8")
    with_ours = _run(sys.executable, ours)  # this interpreter, which imports the package under test
    with_official = _run(official_python(), PROGRAM)
    assert with_ours == with_official
    steps = int(with_ours[-1].split()[1])
    assert with_ours[-1] == f"passed {steps} steps" and steps >= MIN_STEPS


@pytest.mark.parametrize("variant", ["official", "ours"])
def test_the_program_is_not_a_test_that_cannot_fail(variant: str, tmp_path: Path) -> None:
    """A step that does not hold stops the program with a non-zero exit, under both SDKs."""
    broken = PROGRAM.read_text(encoding="utf-8").replace("written.upserted_count == 3", "written.upserted_count == 4")
    program = tmp_path / "broken_program.py"
    program.write_text(migrated(broken) if variant == "ours" else broken, encoding="utf-8")
    python = sys.executable if variant == "ours" else official_python()
    with LocalServer(api_key=API_KEY) as server:
        result = subprocess.run(
            [python, str(program), server.url, API_KEY], capture_output=True, text=True, timeout=300, check=False
        )
    assert result.returncode == 1 and "upsert returns upserted_count: FAILED" in result.stdout
