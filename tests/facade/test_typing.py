"""mypy --strict on the facade, and on a user's program written against it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT


@pytest.mark.slow
def test_mypy_strict_passes_on_the_facade_and_a_user_program() -> None:
    mypy = pytest.importorskip("mypy.api")
    sample = Path(__file__).with_name("typing_sample.py")
    stdout, stderr, status = mypy.run(
        [
            "--strict",
            "--config-file",
            str(REPO_ROOT / "pyproject.toml"),
            str(REPO_ROOT / "src/pinecone_versioned"),
            str(sample),
        ]
    )
    assert status == 0, stdout + stderr
