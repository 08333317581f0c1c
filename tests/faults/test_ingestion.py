"""50,000 vectors through a proxy that fails about one request in ten: nothing lost, nothing counted twice.

With retries every id arrives with its values. With retries off the error names exactly the ids that
are missing, and resuming from it (as often as it fails again) reaches all 50,000. The time taken is
printed (run with -s), never asserted.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from pinecone_versioned import AsyncPinecone, Pinecone, RetryConfig, UpsertError
from pinecone_versioned.local import LocalServer
from tests.faults.conftest import through
from tests.faults.proxy import Fault, FaultProxy, Rule

N = 50_000
BATCH = 100  # 500 requests with retries
RESUMED_BATCH = 500  # 100 requests without: each failure ends a call (no batch starts after it)
SPEC = {"serverless": {"cloud": "aws", "region": "us-east-1"}}
# Failures that never reach the server, then those after which it has written the batch.
NOT_LANDING = (Rule(Fault.RESET_BEFORE), Rule(Fault.STATUS, status=503), Rule(Fault.STATUS, status=429))
LANDING = (Rule(Fault.RESET_AFTER), Rule(Fault.TRUNCATE), Rule(Fault.INVALID_JSON))
# Eight retries: a batch failing nine times in a row at 10% is a one-in-a-billion event.
PATIENT = RetryConfig(attempts=8, backoff=0.005, max_wait=0.02)


def _vectors() -> list[tuple[str, list[float]]]:
    # Whole numbers and halves: exact in float32, which the local server stores.
    return [(f"v{i}", [float(i % 1000), float(i // 1000), 0.5, -1.0]) for i in range(N)]


def _on_server(direct: Pinecone, host: str, expected: dict[str, list[float]]) -> dict[str, list[float]]:
    index, ids, found = direct.Index(host=host), list(expected), {}
    for start in range(0, len(ids), 500):
        fetched = index.fetch(ids[start : start + 500]).vectors.additional_properties
        found.update({i: list(v.values) for i, v in fetched.items()})
    return found


def _upsert(mode: str, options: dict[str, Any], host: str, vectors: Any, batch: int) -> int | UpsertError:
    try:
        if mode == "sync":
            with Pinecone(**options) as pc:
                return pc.Index(host=host).upsert(vectors, batch_size=batch, show_progress=False).upserted_count

        async def main() -> int:
            async with AsyncPinecone(**options) as apc:
                return (
                    await apc.Index(host=host).upsert(vectors, batch_size=batch, show_progress=False)
                ).upserted_count

        return asyncio.run(main())
    except UpsertError as exc:
        return exc


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_fifty_thousand_with_retries(mode: str, server: LocalServer, proxy: FaultProxy, direct: Pinecone) -> None:
    host = str(direct.create_index("bulk", SPEC, dimension=4).host)
    proxy.chaos(0.1, NOT_LANDING + LANDING, seed=7)
    vectors = _vectors()
    started = time.perf_counter()
    written = _upsert(mode, through(server, proxy, retries=PATIENT), host, vectors, BATCH)
    took = time.perf_counter() - started
    faults = sum(s.fault is not None for s in proxy.seen)
    print(f"\n{mode}: {N} vectors in {took:.1f} s with retries; {len(proxy.seen)} requests, {faults} failed")

    assert written == N
    assert 0.05 < faults / len(proxy.seen) < 0.15  # about one in ten
    assert _on_server(direct, host, dict(vectors)) == dict(vectors)
    assert direct.Index(host=host).describe_index_stats().total_vector_count == N


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_fifty_thousand_without_retries_resume_from_the_error(
    mode: str, server: LocalServer, proxy: FaultProxy, direct: Pinecone
) -> None:
    host = str(direct.create_index("bulk", SPEC, dimension=4).host)
    proxy.chaos(0.1, NOT_LANDING, seed=11)
    expected = dict(_vectors())
    options = through(server, proxy, retries=0)
    started = time.perf_counter()

    first = _upsert(mode, options, host, list(expected.items()), RESUMED_BATCH)
    assert isinstance(first, UpsertError)
    missing = set(expected) - set(_on_server(direct, host, expected))
    assert set(first.failed_ids) == missing  # exactly the missing ids, each once
    assert len(first.failed_ids) == len(missing)
    assert first.upserted_count == N - len(missing)

    total, rounds = first.upserted_count, 1
    outcome: int | UpsertError = first
    while isinstance(outcome, UpsertError):
        outcome = _upsert(mode, options, host, outcome.failed_vectors, RESUMED_BATCH)
        rounds += 1
        total += outcome.upserted_count if isinstance(outcome, UpsertError) else outcome
    took = time.perf_counter() - started
    print(f"\n{mode}: {N} vectors in {took:.1f} s without retries, {rounds} calls; {len(proxy.seen)} requests")

    assert total == N  # counted once each
    assert _on_server(direct, host, expected) == expected
    assert direct.Index(host=host).describe_index_stats().total_vector_count == N
