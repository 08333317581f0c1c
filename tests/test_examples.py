"""The runnable examples of the README run, each in a fresh interpreter, and say what they did."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

EXPECTED = {
    "quickstart.py": "deleted index 'quickstart'",
    "inference.py": "3 embeddings of 1024 dimensions",
    "assistant.py": "answer: According to notes.txt",
    "admin.py": "projects left: ['default']",
}


@pytest.mark.parametrize("script", sorted(EXPECTED))
def test_example_runs(script: str) -> None:
    result = subprocess.run(
        [sys.executable, str(REPO_ROOT / "examples" / script)], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert EXPECTED[script] in result.stdout
