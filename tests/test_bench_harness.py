"""The benchmark harness runs end to end in quick mode and writes its tables (no timing is asserted)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import spec_dir_or_none

pytest.importorskip("orjson")
pytest.importorskip("numpy")


@pytest.mark.slow
@pytest.mark.skipif(spec_dir_or_none() is None, reason="the local server needs the spec directory")
def test_quick_run_writes_every_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bench.__main__ import main

    monkeypatch.setenv("PINECONE_OPENAPI_SPECS", str(spec_dir_or_none()))
    text_path = main(["--quick", "--out", str(tmp_path)])

    text = text_path.read_text()
    for title in ("Per call: client CPU and wall", "Import + pin + Index(host=...)", "Ingestion into the local server"):
        assert title in text
    raw = json.loads(text_path.with_suffix(".json").read_text())
    workloads = raw["latency"]["workloads"]
    assert set(workloads) == {"W1", "W2", "W2np", "W3", "W4", "W5"}
    for key, workload in workloads.items():
        for client in ("floor", "ours sync", "ours async"):
            cell = workload["clients"][client]
            assert cell["error"] is None, (key, client, cell["error"])
            assert len(cell["cpu_s"]) == workload["repetitions"]
    assert {run["client"] for run in raw["throughput"]["runs"]} == {
        "floor sync",
        "ours sync",
        "floor async",
        "ours async",
    }
    assert "ours 2025-04" in raw["imports"]
