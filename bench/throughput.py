"""Ingestion throughput into the real local server (a separate process), ours against the floor.

Every client sends the same vectors in the same batches with the same concurrency:
sync clients through a thread pool (ours: its own ``upsert(batch_size=...)``), async
clients through asyncio. The server's CPU is read from /proc before and after each run.
"""

from __future__ import annotations

import asyncio
import random
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from typing import Any

import httpx
import orjson

from bench.clients import API_KEY, API_VERSION, WIRE_HEADERS
from bench.data import SEED, random_values
from bench.procs import ServerProcess
from bench.report import ratio, table
from pinecone_versioned import AsyncPinecone, Pinecone, ServerlessSpec

_SERVE = "from pinecone_versioned.local.cli import main; raise SystemExit(main())"
_BUSY = 0.8  # a process busy this share of the wall time is what bounds the run


@dataclass(frozen=True)
class IngestConfig:
    vectors: int = 200_000
    dim: int = 768
    batch_size: int = 200
    concurrency: int = 4
    distinct: int = 1000  # distinct value lists, shared between ids, so the input fits in memory


@dataclass(frozen=True)
class IngestRun:
    client: str
    vectors: int
    wall_s: float
    client_cpu_s: float
    server_cpu_s: float

    @property
    def per_second(self) -> float:
        return self.vectors / self.wall_s

    def us_per_vector(self, seconds: float) -> float:
        return seconds / self.vectors * 1e6

    @property
    def bound(self) -> str:
        shares = {"server CPU": self.server_cpu_s / self.wall_s, "client CPU": self.client_cpu_s / self.wall_s}
        busiest = max(shares, key=lambda k: shares[k])
        if shares[busiest] >= _BUSY:
            return busiest
        # On two cores client and server could overlap; busy shares adding up to the wall mean they take turns.
        return "client+server in turn" if sum(shares.values()) >= _BUSY else "neither (waiting)"


def ingest_vectors(config: IngestConfig) -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    pool = [random_values(rng, config.dim) for _ in range(min(config.distinct, config.vectors))]
    return [{"id": f"t-{n:07d}", "values": pool[n % len(pool)]} for n in range(config.vectors)]


def _batches(vectors: list[dict[str, Any]], size: int) -> list[list[dict[str, Any]]]:
    return [vectors[start : start + size] for start in range(0, len(vectors), size)]


def _floor_sync(host: str, vectors: list[dict[str, Any]], config: IngestConfig) -> int:
    with httpx.Client(base_url=host, headers={**WIRE_HEADERS, "Content-Type": "application/json"}) as http:

        def send(batch: list[dict[str, Any]]) -> int:
            response = http.post("/vectors/upsert", content=orjson.dumps({"vectors": batch}))
            response.raise_for_status()
            return int(orjson.loads(response.content)["upsertedCount"])

        with ThreadPoolExecutor(config.concurrency) as pool:
            return sum(pool.map(send, _batches(vectors, config.batch_size)))


async def _floor_async_run(host: str, vectors: list[dict[str, Any]], config: IngestConfig) -> int:
    gate = asyncio.Semaphore(config.concurrency)
    headers = {**WIRE_HEADERS, "Content-Type": "application/json"}
    async with httpx.AsyncClient(base_url=host, headers=headers) as http:

        async def send(batch: list[dict[str, Any]]) -> int:
            async with gate:
                response = await http.post("/vectors/upsert", content=orjson.dumps({"vectors": batch}))
            response.raise_for_status()
            return int(orjson.loads(response.content)["upsertedCount"])

        return sum(await asyncio.gather(*(send(b) for b in _batches(vectors, config.batch_size))))


def _floor_async(host: str, vectors: list[dict[str, Any]], config: IngestConfig) -> int:
    return asyncio.run(_floor_async_run(host, vectors, config))


def _ours_sync(host: str, vectors: list[dict[str, Any]], config: IngestConfig) -> int:
    with Pinecone(api_key=API_KEY, api_version=API_VERSION) as pc:
        index = pc.Index(host=host)
        written = index.upsert(
            vectors, batch_size=config.batch_size, show_progress=False, max_concurrency=config.concurrency
        )
        return int(written.upserted_count)


async def _ours_async_run(host: str, vectors: list[dict[str, Any]], config: IngestConfig) -> int:
    async with AsyncPinecone(api_key=API_KEY, api_version=API_VERSION) as pc:
        index = pc.Index(host=host)
        written = await index.upsert(
            vectors, batch_size=config.batch_size, show_progress=False, max_concurrency=config.concurrency
        )
        return int(written.upserted_count)


def _ours_async(host: str, vectors: list[dict[str, Any]], config: IngestConfig) -> int:
    return asyncio.run(_ours_async_run(host, vectors, config))


RUNNERS: dict[str, Callable[[str, list[dict[str, Any]], IngestConfig], int]] = {
    "floor sync": _floor_sync,
    "ours sync": _ours_sync,
    "floor async": _floor_async,
    "ours async": _ours_async,
}


def _measure(
    server: ServerProcess, control: Pinecone, name: str, vectors: list[dict[str, Any]], config: IngestConfig
) -> IngestRun:
    """One ingestion into a fresh index, checked by its stats, then the index is deleted."""
    index_name = "tp-" + name.replace(" ", "-")
    host = control.create_index(index_name, ServerlessSpec("aws", "us-east-1"), dimension=config.dim).host
    try:
        server_cpu0 = server.cpu_seconds()
        cpu0, wall0 = time.process_time(), time.perf_counter()
        count = RUNNERS[name](host, vectors, config)
        wall1, cpu1 = time.perf_counter(), time.process_time()
        server_cpu1 = server.cpu_seconds()
        stored = control.Index(host=host).describe_index_stats().total_vector_count
        if count != len(vectors) or stored != len(vectors):
            raise AssertionError(f"{name}: upserted {count}, stored {stored}, sent {len(vectors)}")
    finally:
        control.delete_index(index_name)
    return IngestRun(name, len(vectors), wall1 - wall0, cpu1 - cpu0, server_cpu1 - server_cpu0)


def run(config: IngestConfig) -> list[IngestRun]:
    """Start the local server and ingest the same vectors with each runner in turn."""
    vectors = ingest_vectors(config)
    argv = [sys.executable, "-c", _SERVE, "serve", "--port", "0", "--api-key", API_KEY]
    with (
        ServerProcess(argv) as server,
        Pinecone(api_key=API_KEY, api_version=API_VERSION, host=server.url) as control,
    ):
        return [_measure(server, control, name, vectors, config) for name in RUNNERS]


def render(runs: list[IngestRun], config: IngestConfig) -> str:
    floors = {run.client.split()[-1]: run for run in runs if run.client.startswith("floor")}
    rows = []
    for run in runs:
        floor = floors[run.client.split()[-1]]
        rows.append(
            [
                run.client,
                f"{run.per_second:,.0f}",
                f"{run.wall_s:.1f}",
                f"{run.us_per_vector(run.client_cpu_s):.1f}",
                ratio(run.client_cpu_s, floor.client_cpu_s),
                f"{run.us_per_vector(run.server_cpu_s):.1f}",
                f"{run.client_cpu_s / run.wall_s:.0%}",
                f"{run.server_cpu_s / run.wall_s:.0%}",
                run.bound,
            ]
        )
    headers = [
        "client",
        "vectors/s",
        "wall s",
        "client us/vec",
        "cpu/floor",
        "server us/vec",
        "client busy",
        "server busy",
        "bound by",
    ]
    notes = [
        (
            f"{config.vectors:,} vectors x {config.dim} dims, batch_size={config.batch_size}, "
            f"concurrency={config.concurrency} (sync: threads, async: asyncio); one run each, a fresh index per run."
        ),
        "busy = CPU seconds / wall seconds of the client (this process) and of the local server process;",
        f"a side busy >= {_BUSY:.0%} of the wall time is named as the bound; 'in turn': the two add up to that",
        "without overlapping.",
    ]
    return table("Ingestion into the local server", headers, rows, notes)


def raw(runs: list[IngestRun], config: IngestConfig) -> dict[str, Any]:
    return {"config": asdict(config), "runs": [asdict(run) for run in runs]}
