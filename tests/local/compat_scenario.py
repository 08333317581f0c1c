"""CRUD-and-query scenario of the official ``pinecone`` SDK against the local server (``nox -s compat``).

Usage: python tests/local/compat_scenario.py CONTROL_URL API_KEY

Runs in an environment holding one released SDK (7.3.0 speaks 2025-04, 6.0.2
speaks 2025-01) and none of this project: it creates a serverless index, upserts,
queries (by vector, by id, with a filter), fetches, updates, lists, describes stats,
deletes, and compares ids, scores (to 1e-5) and metadata with numpy. Prints one
line and exits non-zero on the first disagreement.
"""

from __future__ import annotations

import sys

import numpy as np
import pinecone
from pinecone import Pinecone, ServerlessSpec

DIM = 8
COUNT = 200


def _expected(matrix: np.ndarray, query: np.ndarray, keep: np.ndarray, k: int) -> tuple[list[int], np.ndarray]:
    m, q = matrix[keep].astype(np.float64), query.astype(np.float64)
    scores = (m @ q) / (np.linalg.norm(m, axis=1) * np.linalg.norm(q))
    order = np.argsort(-scores, kind="stable")[:k]
    return [int(i) for i in keep[order]], scores[order]


def _check(label: str, matches: list[object], want_ids: list[int], want_scores: np.ndarray) -> None:
    got = [m.id for m in matches]  # type: ignore[attr-defined]
    if got != [f"v{i}" for i in want_ids]:
        raise AssertionError(f"{label}: ids {got} != {want_ids}")
    np.testing.assert_allclose([m.score for m in matches], want_scores, rtol=1e-5, atol=1e-5)  # type: ignore[attr-defined]


def main(url: str, key: str) -> None:
    pc = Pinecone(api_key=key, host=url)
    pc.create_index("compat", dimension=DIM, metric="cosine", spec=ServerlessSpec(cloud="aws", region="us-east-1"))
    described = pc.describe_index("compat")
    assert described.status["ready"] and described.dimension == DIM, described
    index = pc.Index(host=described.host)

    rng = np.random.default_rng(3)
    matrix = rng.normal(size=(COUNT, DIM)).astype(np.float32)
    meta = [{"n": i, "colour": ["red", "green", "blue"][i % 3]} for i in range(COUNT)]
    for start in range(0, COUNT, 100):
        batch = [(f"v{i}", matrix[i].tolist(), meta[i]) for i in range(start, min(start + 100, COUNT))]
        assert index.upsert(vectors=batch, namespace="ns").upserted_count == len(batch)

    query = rng.normal(size=DIM).astype(np.float32)
    found = index.query(vector=query.tolist(), top_k=10, namespace="ns", include_metadata=True)
    _check("query", found.matches, *_expected(matrix, query, np.arange(COUNT), 10))
    assert all(m.metadata == meta[int(m.id[1:])] for m in found.matches)

    found = index.query(id="v5", top_k=5, namespace="ns")
    _check("query by id", found.matches, *_expected(matrix, matrix[5], np.arange(COUNT), 5))

    flt = {"$and": [{"colour": {"$in": ["red", "blue"]}}, {"n": {"$gte": 50}}]}
    keep = np.array([i for i in range(COUNT) if meta[i]["colour"] in ("red", "blue") and meta[i]["n"] >= 50])
    found = index.query(vector=query.tolist(), top_k=7, namespace="ns", filter=flt, include_metadata=True)
    _check("filtered query", found.matches, *_expected(matrix, query, keep, 7))

    fetched = index.fetch(ids=["v1", "v2"], namespace="ns").vectors
    np.testing.assert_allclose(fetched["v1"].values, matrix[1], rtol=1e-6)
    assert fetched["v2"].metadata == meta[2]

    index.update(id="v1", set_metadata={"colour": "violet"}, namespace="ns")
    assert index.fetch(ids=["v1"], namespace="ns").vectors["v1"].metadata == {"n": 1, "colour": "violet"}
    assert index.describe_index_stats().namespaces["ns"].vector_count == COUNT

    listed = [rid for page in index.list(prefix="v1", namespace="ns") for rid in page]
    assert listed == sorted(f"v{i}" for i in range(COUNT) if str(i).startswith("1")), listed

    index.delete(ids=["v1", "v2"], namespace="ns")
    index.delete(filter={"colour": {"$eq": "green"}}, namespace="ns")
    remaining = COUNT - 2 - sum(1 for i in range(COUNT) if meta[i]["colour"] == "green" and i not in (1, 2))
    assert index.describe_index_stats().namespaces["ns"].vector_count == remaining

    pc.delete_index("compat")
    assert "compat" not in [i.name for i in pc.list_indexes()]
    print(f"pinecone {pinecone.__version__}: scenario passed (ids, scores to 1e-5, metadata agree with numpy)")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
