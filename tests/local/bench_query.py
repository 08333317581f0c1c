"""Median query latency of the local server over 100,000 vectors of 768 dimensions (``nox -s bench``).

The vectors are loaded straight into the server's state (this measures queries,
not ingest); queries then go over loopback HTTP with httpx. The floor is the
same brute-force search in plain numpy (float32 matrix product and top-k
selection) on the same matrix, timed in the same run. Prints a table; asserts
nothing about time.

Usage: python tests/local/bench_query.py [COUNT] [DIM] [QUERIES]
"""

from __future__ import annotations

import statistics
import sys
import time

import httpx
import numpy as np

from pinecone_versioned.local import LocalServer
from pinecone_versioned.local._model import Record
from pinecone_versioned.local._state import index_owner

KEY = "bench-key"
VERSION = "2025-04"


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main(count: int, dim: int, queries: int) -> None:
    rng = np.random.default_rng(0)
    matrix = rng.normal(size=(count, dim)).astype(np.float32)
    probes = rng.normal(size=(queries, dim)).astype(np.float32)
    headers = {"Api-Key": KEY, "X-Pinecone-API-Version": VERSION}
    with LocalServer(api_key=KEY) as server:
        spec = {"serverless": {"cloud": "aws", "region": "us-east-1"}}
        body = {"name": "bench", "dimension": dim, "metric": "dotproduct", "spec": spec}
        host = httpx.post(f"{server.url}/indexes", json=body, headers=headers).json()["host"]
        with server.state.lock:
            server.state.put_records(
                index_owner("bench"), "", [(f"v{i}", Record(matrix[i], None, None)) for i in range(count)]
            )
        with httpx.Client(base_url=host, headers=headers) as client:
            client.post("/query", json={"vector": probes[0].tolist(), "topK": 10}).raise_for_status()  # warm-up
            served: list[float] = []
            for probe in probes:
                payload = {"vector": probe.tolist(), "topK": 10}
                start = time.perf_counter()
                response = client.post("/query", json=payload)
                served.append(time.perf_counter() - start)
                response.raise_for_status()
    floor: list[float] = []
    for probe in probes:
        start = time.perf_counter()
        scores = matrix @ probe
        best = np.argpartition(-scores, 9)[:10]
        best[np.argsort(-scores[best])]
        floor.append(time.perf_counter() - start)
    print(f"query latency, {count:,} vectors x {dim} dims, top_k 10, dotproduct, {queries} queries")
    print(f"{'what':<44} {'median ms':>10}")
    print(f"{'local server (HTTP round trip, JSON, exact)':<44} {_median_ms(served):>10.2f}")
    print(f"{'numpy brute-force floor (matmul + top-k)':<44} {_median_ms(floor):>10.2f}")
    print(f"{'ratio':<44} {_median_ms(served) / _median_ms(floor):>10.1f}x")


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:]]
    main(*(args + [100_000, 768, 100][len(args) :]))
