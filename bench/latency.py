"""W1-W5: client CPU and wall time per call, clients interleaved, against the canned server."""

from __future__ import annotations

import gc
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import orjson

from bench.canned import sizes_argument
from bench.clients import (
    FLOOR,
    FLOOR_OF,
    LOWER,
    BenchClient,
    client_factories,
    summarise_fetch,
    summarise_matches,
)
from bench.data import Requests, Sizes, build_requests, fetch_response, query_response
from bench.procs import ServerProcess
from bench.report import ms, ratio, table


@dataclass(frozen=True)
class Workload:
    """One row group of the table: a call every client makes, and a check of its result."""

    key: str
    title: str
    repetitions: int
    call: Callable[[BenchClient], Any]
    check: Callable[[Any], None]


@dataclass
class Cell:
    """The measurements of one (workload, client) pair, or why it could not be measured."""

    cpu: list[float] = field(default_factory=list)
    wall: list[float] = field(default_factory=list)
    error: str | None = None

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu)

    @property
    def wall_median(self) -> float:
        return statistics.median(self.wall)


def _expect(what: str, got: object, wanted: object) -> None:
    if got != wanted:
        raise AssertionError(f"{what}: got {got!r}, expected {wanted!r}")


def _check_upsert(count: int) -> Callable[[Any], None]:
    return lambda result: _expect("upserted count", result, count)


def _check_query(sizes: Sizes, top_k: int, include_values: bool) -> Callable[[Any], None]:
    """The client parsed every match the canned server sent: ids, scores, values and metadata."""
    wanted = summarise_matches(orjson.loads(query_response(sizes, top_k, include_values)))
    return lambda result: _expect("matches (id, score, values, metadata)", summarise_matches(result), wanted)


def _check_fetch(sizes: Sizes) -> Callable[[Any], None]:
    wanted = summarise_fetch(orjson.loads(fetch_response(sizes)))
    return lambda result: _expect("fetched vectors (id: values, metadata)", summarise_fetch(result), wanted)


class SentChecks:
    """The canned server's checks of what the clients sent (see bench/canned.py), asked outside the timing."""

    def __init__(self, url: str) -> None:
        self._http = httpx.Client(base_url=url, timeout=120)

    def expect(self, workload: str) -> None:
        self._http.post("/_bench/expect", json={"workload": workload}).raise_for_status()

    def check_last_call(self) -> None:
        """Raise unless the requests of the call just made were received and carried the whole payload."""
        verdict = self._http.get("/_bench/verdict").json()
        if verdict["errors"]:
            raise AssertionError(f"the server received less than was given: {verdict['errors'][0]}")
        if verdict["checked"] == 0:
            raise AssertionError("the server received no request for the call")

    def close(self) -> None:
        self._http.close()


def workloads(sizes: Sizes, requests: Requests, small_reps: int, large_reps: int) -> list[Workload]:
    """The issue's W1-W5, plus W2 with numpy arrays as values."""
    d = sizes.dim
    return [
        Workload(
            "W1",
            f"upsert {sizes.w1_vectors} x {d} + metadata",
            small_reps,
            lambda c: c.upsert(requests.w1),
            _check_upsert(sizes.w1_vectors),
        ),
        Workload(
            "W2",
            f"upsert {sizes.w2_vectors} x {d} (lists)",
            large_reps,
            lambda c: c.upsert(requests.w2),
            _check_upsert(sizes.w2_vectors),
        ),
        Workload(
            "W2np",
            f"upsert {sizes.w2_vectors} x {d} (numpy f32)",
            large_reps,
            lambda c: c.upsert(requests.w2_numpy),
            _check_upsert(sizes.w2_vectors),
        ),
        Workload(
            "W3",
            f"query top_k={sizes.w3_top_k}, values + metadata",
            large_reps,
            lambda c: c.query(requests.query_vector, sizes.w3_top_k, True),
            _check_query(sizes, sizes.w3_top_k, True),
        ),
        Workload(
            "W4",
            f"query top_k={sizes.w4_top_k}, metadata",
            small_reps,
            lambda c: c.query(requests.query_vector, sizes.w4_top_k, False),
            _check_query(sizes, sizes.w4_top_k, False),
        ),
        Workload(
            "W5",
            f"fetch {sizes.w5_ids} ids with values",
            small_reps,
            lambda c: c.fetch(requests.fetch_ids),
            _check_fetch(sizes),
        ),
    ]


def _timed(workload: Workload, client: BenchClient) -> tuple[Any, float, float]:
    """The call's result, client CPU seconds and wall seconds (garbage collected beforehand)."""
    gc.collect()
    cpu0, wall0 = time.process_time(), time.perf_counter()
    result = workload.call(client)
    wall1, cpu1 = time.perf_counter(), time.process_time()
    return result, cpu1 - cpu0, wall1 - wall0


def _failure(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:160]


def run_workload(workload: Workload, clients: dict[str, BenchClient], sent: SentChecks) -> dict[str, Cell]:
    """Warm each client up once (and check it), then measure round-robin: A B C A B C ...

    After every call, outside the timed region, both what the client sent (the server's verdict) and
    what it returned (against the canned answer) are checked."""
    cells = {name: Cell() for name in clients}
    sent.expect(workload.key)
    for name, client in clients.items():
        try:
            result = workload.call(client)
            sent.check_last_call()
            workload.check(result)
        except Exception as exc:  # noqa: BLE001 - any failure of a client is reported in its cell, not raised
            cells[name].error = _failure(exc)
    for _ in range(workload.repetitions):
        for name, client in clients.items():
            cell = cells[name]
            if cell.error is not None:
                continue
            try:
                result, cpu, wall = _timed(workload, client)
                sent.check_last_call()
                workload.check(result)
            except Exception as exc:  # noqa: BLE001 - as above
                cell.error = _failure(exc)
                continue
            del result
            cell.cpu.append(cpu)
            cell.wall.append(wall)
    return cells


@dataclass(frozen=True)
class LatencyResults:
    workloads: list[Workload]
    clients: list[str]
    cells: dict[str, dict[str, Cell]]  # workload key -> client name -> cell


def run(sizes: Sizes, small_reps: int, large_reps: int) -> LatencyResults:
    """Start the canned server, build the requests, and measure every workload on every client."""
    requests = build_requests(sizes)
    argv = [sys.executable, "-m", "bench.canned", "--sizes", sizes_argument(sizes)]
    with ServerProcess(argv) as server:
        clients = {name: factory(server.url) for name, factory in client_factories().items()}
        sent = SentChecks(server.url)
        try:
            chosen = workloads(sizes, requests, small_reps, large_reps)
            cells = {w.key: run_workload(w, clients, sent) for w in chosen}
        finally:
            sent.close()
            for client in clients.values():
                client.close()
    return LatencyResults(chosen, list(clients), cells)


def _ratio_to(cell: Cell, reference: Cell, median: str) -> str:
    return "-" if reference.error is not None else ratio(getattr(cell, median), getattr(reference, median))


def failures(results: LatencyResults) -> list[str]:
    """``workload client: reason`` of every cell whose checks failed."""
    return [
        f"{workload.key} {name}: {cell.error}"
        for workload in results.workloads
        for name, cell in results.cells[workload.key].items()
        if cell.error is not None
    ]


def render(results: LatencyResults) -> str:
    """The per-call table: medians of client CPU and wall, as ratios to the httpx floor and to urllib3."""
    rows: list[list[str]] = []
    for workload in results.workloads:
        cells = results.cells[workload.key]
        lower = cells[LOWER]
        for position, (name, cell) in enumerate(cells.items()):
            floor = cells[FLOOR_OF.get(name, FLOOR)]
            label = f"{workload.key} {workload.title}" if position == 0 else ""
            if cell.error is not None:
                rows.append([label, name, "failed", "", "", "", "", ""])
                continue
            rows.append(
                [
                    label,
                    name,
                    ms(cell.cpu_median),
                    _ratio_to(cell, floor, "cpu_median"),
                    _ratio_to(cell, lower, "cpu_median"),
                    ms(cell.wall_median),
                    _ratio_to(cell, floor, "wall_median"),
                    _ratio_to(cell, lower, "wall_median"),
                ]
            )
    reps = sorted({w.repetitions for w in results.workloads})
    notes = [
        (
            f"Medians of {' or '.join(map(str, reps))} interleaved calls after one warm-up call per client; "
            "client CPU is time.process_time() of this process (the server is another process). "
            "References: the floor is httpx + orjson by hand (async clients: its async twin); "
            "urllib3 + orjson by hand is a second, lower reference (fewer layers than httpx). "
            "Every call is checked outside the timing: the server compares what it received with the "
            "whole payload (ids, every value, metadata; an upsert body no shorter than the floor's), and each "
            "client's answer is compared with every field of the canned response."
        ),
        *(
            ["Failed (checked results or errors):", *("  " + line for line in failures(results))]
            if failures(results)
            else []
        ),
    ]
    headers = ["workload", "client", "cpu ms", "/floor", "/urllib3", "wall ms", "/floor", "/urllib3"]
    return table("Per call: client CPU and wall (canned server)", headers, rows, notes)


def raw(results: LatencyResults) -> dict[str, Any]:
    """Every measurement, in seconds, for the JSON file."""
    return {
        w.key: {
            "title": w.title,
            "repetitions": w.repetitions,
            "clients": {
                name: {"cpu_s": cell.cpu, "wall_s": cell.wall, "error": cell.error}
                for name, cell in results.cells[w.key].items()
            },
        }
        for w in results.workloads
    }
