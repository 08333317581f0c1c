"""Properties of the committed generated package as a whole."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import pinecone_versioned_gen
from codegen.generate import load_spec
from codegen.pins import load_pins
from tests.conftest import GENERATED_PACKAGE, REPO_ROOT

MAX_NAME = 40
MAX_PROSE = 40  # no sentence of the specs longer than this may appear


def _python_files() -> list[Path]:
    return sorted(p for p in GENERATED_PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_every_generated_module_imports() -> None:
    names = [m.name for m in pkgutil.walk_packages(pinecone_versioned_gen.__path__, "pinecone_versioned_gen.")]
    assert len(names) > 1000
    for name in names:
        importlib.import_module(name)


def test_no_module_or_class_name_is_longer_than_40_characters() -> None:
    too_long = []
    for path in _python_files():
        if len(path.stem) > MAX_NAME:
            too_long.append(str(path.relative_to(GENERATED_PACKAGE)))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and len(node.name) > MAX_NAME:
                too_long.append(f"{path.relative_to(GENERATED_PACKAGE)}: class {node.name}")
    assert too_long == []


def _prose(node: Any, name_keyed: bool = False) -> Iterator[str]:
    """Every description and summary string of a raw spec."""
    if isinstance(node, dict):
        for key, value in node.items():
            if not name_keyed and key in ("description", "summary") and isinstance(value, str):
                yield value
            else:
                yield from _prose(value, name_keyed=not name_keyed and key == "properties")
    elif isinstance(node, list):
        for item in node:
            yield from _prose(item)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_no_spec_prose_reaches_the_generated_code(spec_dir: Path) -> None:
    shipped = [p for p in GENERATED_PACKAGE.rglob("*") if p.suffix in (".py", ".json") and "__pycache__" not in p.parts]
    assert any(p.suffix == ".json" for p in shipped)  # the surfaces' spec resources are checked too
    corpus = _squash("\n".join(p.read_text(encoding="utf-8") for p in shipped))
    sentences = set()
    for spec in load_pins().all_files:
        if spec.kind == "openapi":
            sentences.update(_squash(s) for s in _prose(load_spec(spec_dir / spec.relative_path)))
    long_ones = [s for s in sentences if len(s) > MAX_PROSE]
    assert len(long_ones) > 500  # the check is only meaningful if the specs were read
    # Docstrings are re-wrapped by the generator, so compare whitespace-folded text,
    # and also the opening of each sentence, in case only its start was kept.
    leaked = [s for s in long_ones if s in corpus or s[: MAX_PROSE + 1] in corpus]
    assert leaked == []


def test_ruff_is_clean_on_generated_code() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "generated"], cwd=REPO_ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy_strict_passes_on_generated_code() -> None:
    mypy = pytest.importorskip("mypy.api")
    stdout, stderr, status = mypy.run(
        ["--strict", "--no-incremental", "--python-version", "3.11", str(GENERATED_PACKAGE)]
    )
    assert status == 0, stdout + stderr
