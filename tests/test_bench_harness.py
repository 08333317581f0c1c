"""The benchmark harness runs end to end in quick mode and writes its tables (no timing is asserted),
and a client that sends or parses less than the payload fails the run instead of looking faster."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bench import latency
from bench.__main__ import main
from bench.clients import FLOOR, LOWER, FloorClient, Urllib3Client


@pytest.mark.slow
def test_quick_run_writes_every_table(tmp_path: Path) -> None:
    text_path = main(["--quick", "--out", str(tmp_path)])

    text = text_path.read_text()
    for title in ("Per call: client CPU and wall", "Import + pin + Index(host=...)", "Ingestion into the local server"):
        assert title in text
    raw = json.loads(text_path.with_suffix(".json").read_text())
    workloads = raw["latency"]["workloads"]
    assert set(workloads) == {"W1", "W2", "W2np", "W3", "W4", "W5"}
    for key, workload in workloads.items():
        for client in (FLOOR, LOWER, "ours sync", "ours async"):
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


class SendsOneValueNoMetadata(FloorClient):
    """Upserts the first value of each vector and no metadata: less to encode, so it would look fast."""

    def upsert(self, vectors: list[dict[str, Any]]) -> int:
        return super().upsert([{"id": v["id"], "values": list(v["values"][:1])} for v in vectors])


class ParsesIdsOnly(FloorClient):
    """Keeps only the ids and scores of the matches (and no fetched values)."""

    def query(self, vector: list[float], top_k: int, include_values: bool) -> Any:
        answer = super().query(vector, top_k, include_values)
        return {"matches": [{"id": m["id"], "score": m["score"]} for m in answer["matches"]]}

    def fetch(self, ids: list[str]) -> Any:
        return {"vectors": {key: {"id": key} for key in super().fetch(ids)["vectors"]}}


class RoundsValues(FloorClient):
    """Sends every value rounded to four decimals: the same ids and metadata in a shorter body."""

    def upsert(self, vectors: list[dict[str, Any]]) -> int:
        rounded = [{**v, "values": [round(float(x), 4) for x in v["values"]]} for v in vectors]
        return super().upsert(rounded)


LAZY = {"sends less": SendsOneValueNoMetadata, "parses less": ParsesIdsOnly, "rounds values": RoundsValues}


def test_lazy_clients_fail_their_checks_and_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(latency, "client_factories", lambda: {FLOOR: FloorClient, LOWER: Urllib3Client, **LAZY})
    with pytest.raises(SystemExit, match="failed their checks"):
        main(["--quick", "--only", "latency", "--out", str(tmp_path)])
    workloads = json.loads(next(tmp_path.glob("*.json")).read_text())["latency"]["workloads"]
    errors = {key: {name: cell["error"] for name, cell in w["clients"].items()} for key, w in workloads.items()}
    for key in ("W1", "W2", "W2np"):
        assert "1 values, expected 128" in errors[key]["sends less"]
        assert "values differ" in errors[key]["rounds values"]
        assert errors[key]["parses less"] is None
    for key in ("W3", "W4", "W5"):
        assert ": got " in errors[key]["parses less"]  # the answer it returned differs from the one sent
        assert errors[key]["sends less"] is None and errors[key]["rounds values"] is None
    for key in errors:
        assert errors[key][FLOOR] is None and errors[key][LOWER] is None
