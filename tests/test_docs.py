"""Every ``python`` block of the README and of the other Markdown pages runs against a local server.

The conventions are the README's "Documentation that runs": blocks of a page run
in order in one namespace, in a fresh folder, against a fresh local server that
the environment points clients at; ``>>>`` blocks are doctests; a block that
prints must print something; ``<!-- docs-setup: CODE -->`` before a block runs
CODE first. Nothing is skipped: a page's blocks all run or the test fails.
"""

from __future__ import annotations

import contextlib
import doctest
import io
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from pinecone_versioned.local import LocalServer
from tests.conftest import REPO_ROOT

# The Markdown pages of the repository (git knows them; installed environments are left out).
PAGES = sorted(
    subprocess.run(
        ["git", "ls-files", "*.md"], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
)
FENCE = re.compile(
    r"(?P<continues><!-- docs-continue -->\n)?(?:<!-- docs-setup: (?P<setup>.*?) -->\n)?```python\n(?P<code>.*?)\n```",
    re.DOTALL,
)
PUBLIC_HOSTS = ("https://api.pinecone.io",)


@dataclass(frozen=True)
class Block:
    page: str
    line: int
    code: str
    setup: str
    continues: bool  # runs in the previous block's namespace instead of a fresh one


def blocks(path: Path) -> list[Block]:
    text = path.read_text(encoding="utf-8")
    page = path.relative_to(REPO_ROOT).as_posix() if path.is_relative_to(REPO_ROOT) else path.name
    return [
        Block(
            page,
            text.count("\n", 0, found.start("code")) + 1,
            found["code"],
            found["setup"] or "",
            bool(found["continues"]),
        )
        for found in FENCE.finditer(text)
    ]


def run_block(block: Block, namespace: dict[str, Any], server_url: str) -> None:
    code = block.code
    for host in PUBLIC_HOSTS:
        code = code.replace(host, server_url)
    where = f"{block.page}:{block.line}"
    if block.setup:
        exec(compile(block.setup, f"{where} (docs-setup)", "exec"), namespace)  # noqa: S102 - running docs is the point
    if code.lstrip().startswith(">>>"):
        test = doctest.DocTestParser().get_doctest(code, namespace, where, block.page, block.line)
        report = io.StringIO()
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
        result = runner.run(test, out=report.write, clear_globs=False)
        assert result.failed == 0, report.getvalue()
        return
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, where, "exec"), namespace)  # noqa: S102
    if "print(" in code:
        assert printed.getvalue().strip(), f"{where} calls print but printed nothing"


def run_page(page: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """Run the page's blocks in order, all against one server; returns how many ran."""
    monkeypatch.chdir(tmp_path)
    with LocalServer() as server:
        monkeypatch.setenv("PINECONE_API_KEY", "docs-key")
        monkeypatch.setenv("PINECONE_CONTROLLER_HOST", server.url)
        monkeypatch.setenv("PINECONE_LOGIN_HOST", server.url)
        monkeypatch.delenv("PINECONE_API_VERSION", raising=False)
        namespace: dict[str, Any] = {}
        found = blocks(REPO_ROOT / page)
        for block in found:
            if not block.continues:
                namespace = {"__name__": "__docs__"}  # a block stands alone: its imports must be in it
            run_block(block, namespace, server.url)
    return len(found)


@pytest.mark.parametrize("page", PAGES)
def test_every_python_block_of_the_page_runs(page: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ran = run_page(page, tmp_path, monkeypatch)
    assert ran == (REPO_ROOT / page).read_text(encoding="utf-8").count("```python")  # none left unparsed


def test_the_readme_has_runnable_blocks() -> None:
    assert len(blocks(REPO_ROOT / "README.md")) >= 10


def test_a_broken_block_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "page.md"
    page.write_text('```python\nfrom pinecone_versioned import Pinecone\nPinecone(api_key="k").no_such_call()\n```\n')
    with pytest.raises(AttributeError):
        run_block(blocks(page)[0], {}, "http://127.0.0.1:9")
    page.write_text("```python\nresults = []\nfor r in results:\n    print(r)\n```\n")
    with pytest.raises(AssertionError, match="printed nothing"):
        run_block(blocks(page)[0], {}, "http://127.0.0.1:9")
    page.write_text("```python\n>>> 1 + 1\n3\n```\n")
    with pytest.raises(AssertionError, match="Expected"):
        run_block(blocks(page)[0], {}, "http://127.0.0.1:9")
