"""Long waits: the official SDK's timeout semantics, a default bound, an error naming what is pending,
progress on a terminal only, and concurrent progress bars that keep to their own lines."""

from __future__ import annotations

import asyncio
import inspect
import io
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pinecone_versioned import AsyncPinecone, Pinecone, PineconeTimeoutError, ServerlessSpec
from pinecone_versioned._engine import Sleep, wait_until
from pinecone_versioned.local import LocalServer
from tests.facade.conftest import API_KEY
from tests.facade.terminal import FakeTerminal

VERSION = "2025-04"
SPEC = ServerlessSpec(cloud="aws", region="us-east-1")
# One tqdm bar alone on its line: "upsert:  40%|####      | 600/1500 [00:00<00:00, 3000.00vectors/s]".
BAR_LINE = re.compile(r"upsert: +\d+%\|[^|]*\| *\d+/\d+ \[[^\]]*\]")


@pytest.fixture
def pc(server: LocalServer) -> Pinecone:
    return Pinecone(api_key=API_KEY, api_version=VERSION, host=server.url, retries=0)


def on_terminal(monkeypatch: pytest.MonkeyPatch) -> FakeTerminal:
    """Point stderr at a fake terminal; called in the test body, as pytest resets stderr after fixtures."""
    fake = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", fake)
    return fake


def _started_import(pc: Pinecone, tmp_path: Path) -> tuple[Any, str]:
    """An index and a running bulk import into it (the local server moves an import one step per read)."""
    pyarrow = pytest.importorskip("pyarrow")
    parquet = pytest.importorskip("pyarrow.parquet")
    table = pyarrow.table({"id": ["a", "b"], "values": [[1.0, 0.0], [0.0, 1.0]]})
    parquet.write_table(table, tmp_path / "part-0.parquet")
    pc.create_index("bulk", SPEC, dimension=2, show_progress=False)
    index = pc.Index("bulk")
    return index, str(index.start_import(tmp_path.as_uri(), error_mode="CONTINUE").id)  # the official spelling


def _status(model: Any) -> str:
    return str(getattr(model.status, "value", model.status))


def test_the_timeout_error_names_what_is_still_pending(pc: Pinecone, tmp_path: Path) -> None:
    index, import_id = _started_import(pc, tmp_path)
    with pytest.raises(PineconeTimeoutError, match=rf"import {import_id} to end: still status InProgress") as raised:
        index.wait_for_import(import_id, timeout=0, show_progress=False)
    assert isinstance(raised.value, TimeoutError)  # what the official SDK raises


def test_none_waits_until_done_and_minus_one_does_not_wait(pc: Pinecone, tmp_path: Path) -> None:
    index, import_id = _started_import(pc, tmp_path)
    assert _status(index.wait_for_import(import_id, timeout=-1)) == "InProgress"  # one read, no polling
    assert _status(index.wait_for_import(import_id, timeout=None)) == "Completed"


@pytest.mark.parametrize("kind", [Pinecone, AsyncPinecone])
def test_every_wait_is_bounded_by_default_and_shows_progress(kind: type[Pinecone | AsyncPinecone]) -> None:
    pc = kind(api_key=API_KEY, api_version=VERSION, host="http://127.0.0.1:9")
    unreachable = "http://127.0.0.1:9"
    waits = [
        pc.create_index,
        pc.create_index_for_model,
        pc.create_index_from_backup,
        pc.delete_index,
        pc.assistant.create_assistant,
        pc.assistant.delete_assistant,
        pc.assistant.Assistant("a", host=unreachable).upload_file,
        pc.Index(host=unreachable).wait_for_import,
    ]
    for wait in waits:
        parameters = inspect.signature(wait).parameters
        assert parameters["timeout"].default == 600 and parameters["show_progress"].default is True, wait


def test_a_wait_shows_progress_on_a_terminal_and_then_clears_it(
    pc: Pinecone, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index, import_id = _started_import(pc, tmp_path)
    terminal = on_terminal(monkeypatch)
    index.wait_for_import(import_id, timeout=30)
    lines = [line for screen in terminal.screens() for line in screen]
    assert any(line.startswith(f"waiting for import {import_id} to end [") for line in lines), lines
    assert any("status InProgress" in line for line in lines), lines
    assert terminal.screens()[-1] == [""]  # the line is cleared once done


def test_no_progress_when_asked(pc: Pinecone, monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = on_terminal(monkeypatch)
    pc.create_index("quiet", SPEC, dimension=2, show_progress=False)
    pc.Index("quiet").upsert([(f"v{n}", [1.0, 0.0]) for n in range(30)], batch_size=10, show_progress=False)
    pc.delete_index("quiet", show_progress=False)
    assert terminal.getvalue() == ""


def test_no_progress_when_stderr_is_not_a_terminal(pc: Pinecone, monkeypatch: pytest.MonkeyPatch) -> None:
    pipe = io.StringIO()  # isatty() is False, as for a redirected stderr
    monkeypatch.setattr(sys, "stderr", pipe)
    pc.create_index("quiet", SPEC, dimension=2)
    pc.Index("quiet").upsert([(f"v{n}", [1.0, 0.0]) for n in range(30)], batch_size=10)
    pc.delete_index("quiet")
    assert pipe.getvalue() == ""


@pytest.mark.parametrize(("first", "second"), [(1500, 2100), (2100, 280)])  # either bar may end first
def test_concurrent_upserts_draw_separate_bars(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch, first: int, second: int
) -> None:
    terminal = on_terminal(monkeypatch)

    async def two_upserts() -> list[Any]:
        async with AsyncPinecone(api_key=API_KEY, api_version=VERSION, host=server.url, retries=0) as apc:
            await apc.create_index("bars", SPEC, dimension=2, show_progress=False)
            index = apc.Index("bars")
            return list(
                await asyncio.gather(
                    index.upsert([(f"a{n}", [1.0, n]) for n in range(first)], "one", batch_size=50, max_concurrency=1),
                    index.upsert([(f"b{n}", [n, 1.0]) for n in range(second)], "two", batch_size=70, max_concurrency=1),
                )
            )

    written = asyncio.run(two_upserts())
    assert [w.upserted_count for w in written] == [first, second]
    screens = terminal.screens()
    for screen in screens:  # after every write, every line holds at most one whole bar
        assert all(not line or BAR_LINE.fullmatch(line) for line in screen), screen
    # When both are done, each has left one line with its final count.
    final = [line for line in screens[-1] if line]
    assert sorted(re.search(r"\d+/\d+", line).group() for line in final) == sorted(  # type: ignore[union-attr]
        [f"{first}/{first}", f"{second}/{second}"]
    )


def test_the_wait_line_follows_each_state_until_done(monkeypatch: pytest.MonkeyPatch) -> None:
    """The plan alone, driven by hand: three answers still pending, then done."""
    terminal = on_terminal(monkeypatch)
    answers = iter(["state Initializing", "state Initializing", "state ScalingUp", None])

    def check() -> Iterator[Any]:
        return next(answers)
        yield  # a plan: a generator that asks for nothing here

    plan = wait_until(check, timeout=None, what="index 'movies' to be ready", poll=0)
    slept = 0
    with pytest.raises(StopIteration):
        step = next(plan)
        while True:
            slept += isinstance(step, Sleep)
            step = plan.send(None)
    assert slept == 3
    shown = [line for screen in terminal.screens() for line in screen if line]
    assert "waiting for index 'movies' to be ready [00:00], state ScalingUp" in shown, shown
    assert terminal.screens()[-1] == [""]
