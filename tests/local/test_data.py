"""Data plane over real sockets for every pinned version, checked against numpy."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from local_helpers import VERSIONS, Api, has

from pinecone_versioned.local import LocalServer

DIM = 16


def _reference(metric: str, matrix: np.ndarray, query: np.ndarray) -> np.ndarray:
    """Scores as Pinecone reports them: cosine similarity, dot product, squared euclidean distance."""
    m, q = matrix.astype(np.float64), query.astype(np.float64)
    if metric == "cosine":
        return (m @ q) / (np.linalg.norm(m, axis=1) * np.linalg.norm(q))
    if metric == "dotproduct":
        return m @ q
    return np.sum((m - q) ** 2, axis=1)


def _upsert(client: Any, ids: list[str], matrix: np.ndarray, namespace: str = "", **extra: Any) -> None:
    for start in range(0, len(ids), 100):
        vectors = [
            {"id": rid, "values": row.tolist(), "metadata": {"n": i, "parity": "even" if i % 2 == 0 else "odd"}}
            for i, (rid, row) in enumerate(zip(ids, matrix, strict=True))
        ][start : start + 100]
        response = client.post("/vectors/upsert", json={"vectors": vectors, "namespace": namespace, **extra})
        assert response.status_code == 200, response.text
        assert response.json()["upsertedCount"] == len(vectors)


@pytest.mark.parametrize("metric", ["cosine", "dotproduct", "euclidean"])
def test_query_matches_numpy(api: Api, metric: str) -> None:
    rng = np.random.default_rng(7)
    matrix = rng.normal(size=(250, DIM)).astype(np.float32)
    ids = [f"v{i:03d}" for i in range(len(matrix))]
    api.create_serverless("q", dimension=DIM, metric=metric)
    data = api.data("q")
    _upsert(data, ids, matrix, namespace="ns")
    query = rng.normal(size=DIM).astype(np.float32)
    response = data.post("/query", json={"vector": query.tolist(), "topK": 10, "namespace": "ns"})
    assert response.status_code == 200, response.text
    scores = _reference(metric, matrix, query)
    order = np.argsort(scores if metric == "euclidean" else -scores)[:10]
    matches = response.json()["matches"]
    assert [m["id"] for m in matches] == [ids[i] for i in order]
    np.testing.assert_allclose([m["score"] for m in matches], scores[order], rtol=1e-5, atol=1e-5)

    by_id = data.post("/query", json={"id": ids[3], "topK": 5, "namespace": "ns", "includeValues": True}).json()
    scores = _reference(metric, matrix, matrix[3])
    order = np.argsort(scores if metric == "euclidean" else -scores)[:5]
    assert [m["id"] for m in by_id["matches"]] == [ids[i] for i in order]
    np.testing.assert_allclose(by_id["matches"][0]["values"], matrix[order[0]], rtol=1e-6)

    filtered = data.post(
        "/query",
        json={
            "vector": query.tolist(),
            "topK": 5,
            "namespace": "ns",
            "filter": {"n": {"$lt": 50}},
            "includeMetadata": True,
        },
    ).json()
    keep = np.arange(50)
    sub = _reference(metric, matrix[keep], query)
    order = keep[np.argsort(sub if metric == "euclidean" else -sub)[:5]]
    assert [m["id"] for m in filtered["matches"]] == [ids[i] for i in order]
    assert all(m["metadata"]["n"] < 50 for m in filtered["matches"])


def test_fetch_update_delete_stats_list(api: Api) -> None:
    rng = np.random.default_rng(1)
    matrix = rng.normal(size=(30, 4)).astype(np.float32)
    ids = [f"doc-{i:02d}" for i in range(30)]
    api.create_serverless("crud", dimension=4, metric="dotproduct")
    data = api.data("crud")
    _upsert(data, ids, matrix)
    fetched = data.get("/vectors/fetch", params={"ids": ["doc-01", "missing"]}).json()
    assert list(fetched["vectors"]) == ["doc-01"]
    np.testing.assert_allclose(fetched["vectors"]["doc-01"]["values"], matrix[1])
    assert fetched["vectors"]["doc-01"]["metadata"] == {"n": 1, "parity": "odd"}

    update = {"id": "doc-01", "values": [1.0, 0.0, 0.0, 0.0], "setMetadata": {"parity": "changed", "new": True}}
    assert data.post("/vectors/update", json=update).status_code == 200
    after = data.get("/vectors/fetch", params={"ids": "doc-01"}).json()["vectors"]["doc-01"]
    assert after["values"] == [1.0, 0.0, 0.0, 0.0]
    assert after["metadata"] == {"n": 1, "parity": "changed", "new": True}

    stats = data.post("/describe_index_stats", json={"filter": {"parity": "even"}}).json()
    assert stats["totalVectorCount"] == 15
    assert data.post("/describe_index_stats", json={}).json()["namespaces"] == {"": {"vectorCount": 30}}

    assert data.post("/vectors/delete", json={"ids": ["doc-00", "doc-02"]}).status_code == 200
    assert data.post("/vectors/delete", json={"filter": {"n": {"$gte": 25}}}).status_code == 200
    remaining = sorted(set(ids) - {"doc-00", "doc-02"} - {f"doc-{i}" for i in range(25, 30)})

    seen: list[str] = []
    token = None
    while True:
        params: dict[str, Any] = {"prefix": "doc-", "limit": 7, **({"paginationToken": token} if token else {})}
        page = data.get("/vectors/list", params=params).json()
        seen += [v["id"] for v in page["vectors"]]
        token = page.get("pagination", {}).get("next")
        if not token:
            break
    assert seen == remaining
    assert data.get("/vectors/list", params={"prefix": "doc-1"}).json()["vectors"] == [
        {"id": rid} for rid in remaining if rid.startswith("doc-1")
    ]
    assert data.post("/vectors/delete", json={"deleteAll": True}).status_code == 200
    assert data.post("/describe_index_stats", json={}).json()["totalVectorCount"] == 0


def test_sparse_and_hybrid(api: Api) -> None:
    api.create_serverless("hybrid", dimension=2, metric="dotproduct")
    data = api.data("hybrid")
    vectors = [
        {"id": "a", "values": [1.0, 0.0], "sparseValues": {"indices": [1, 7], "values": [0.5, 2.0]}},
        {"id": "b", "values": [0.0, 1.0], "sparseValues": {"indices": [7], "values": [0.25]}},
    ]
    assert data.post("/vectors/upsert", json={"vectors": vectors}).status_code == 200
    body = {"vector": [0.1, 0.2], "sparseVector": {"indices": [7, 9], "values": [1.0, 3.0]}, "topK": 2}
    matches = data.post("/query", json=body).json()["matches"]
    expected = {"a": 0.1 + 2.0, "b": 0.2 + 0.25}
    assert [m["id"] for m in matches] == ["a", "b"]
    np.testing.assert_allclose([m["score"] for m in matches], [expected["a"], expected["b"]], rtol=1e-6)
    update = {"id": "b", "sparseValues": {"indices": [9], "values": [1.0]}}
    assert data.post("/vectors/update", json=update).status_code == 200
    matches = data.post("/query", json=body).json()["matches"]
    assert [m["id"] for m in matches] == ["b", "a"]


@pytest.mark.parametrize("version", [v for v in VERSIONS if v >= "2025-01"])
def test_sparse_index(server: LocalServer, version: str) -> None:
    api = Api(server, version)
    api.create_serverless("sparse", dimension=None, metric="dotproduct", vector_type="sparse")
    data = api.data("sparse")
    vectors = [{"id": str(i), "sparseValues": {"indices": [i, 100], "values": [1.0, float(i)]}} for i in range(5)]
    assert data.post("/vectors/upsert", json={"vectors": vectors}).status_code == 200
    matches = data.post("/query", json={"sparseVector": {"indices": [100], "values": [2.0]}, "topK": 2}).json()
    assert [(m["id"], m["score"]) for m in matches["matches"]] == [("4", 8.0), ("3", 6.0)]
    by_id = data.post("/query", json={"id": "2", "topK": 2}).json()
    assert [(m["id"], m["score"]) for m in by_id["matches"]] == [
        ("4", 8.0),
        ("3", 6.0),
    ]  # each score: 1 * [i == 2] + 2 * i
    dense = data.post("/vectors/upsert", json={"vectors": [{"id": "x", "values": [1.0]}]})
    assert dense.status_code == 400


def test_limits_answer_400(api: Api) -> None:
    api.create_serverless("limits", dimension=2)
    data = api.data("limits")

    def refused(path: str, body: dict[str, Any]) -> str:
        response = data.post(path, json=body)
        assert response.status_code == 400, response.text
        assert response.json()["code"] == 3
        return str(response.json()["message"])

    many = [{"id": str(i), "values": [1.0, 1.0]} for i in range(1001)]
    assert "1000" in refused("/vectors/upsert", {"vectors": many})
    refused("/vectors/upsert", {"vectors": [{"id": "x" * 513, "values": [1.0, 1.0]}]})
    refused("/vectors/upsert", {"vectors": [{"id": "x", "values": [1.0, 1.0, 1.0]}]})
    refused("/vectors/upsert", {"vectors": [{"id": "x", "values": [1.0, 1.0], "metadata": {"big": "y" * 41_000}}]})
    refused("/vectors/upsert", {"vectors": [{"id": "x", "values": [1.0, 1.0], "metadata": {"nested": {"a": 1}}}]})
    refused("/query", {"vector": [1.0, 1.0], "topK": 10_001})
    refused("/query", {"vector": [1.0, 1.0], "topK": 1, "filter": {"n": {"$gt": "text"}}})
    refused("/query", {"vector": [1.0, 1.0], "topK": 1, "filter": {"$nor": []}})
    assert data.get("/vectors/fetch").status_code == 400


@pytest.mark.parametrize("version", [v for v in VERSIONS if has(v, "db_data", "GET", "/namespaces")])
def test_namespaces(server: LocalServer, version: str) -> None:
    api = Api(server, version)
    api.create_serverless("spaces", dimension=2)
    data = api.data("spaces")
    for ns, count in (("", 1), ("alpha", 2), ("beta", 3)):
        vectors = [{"id": str(i), "values": [1.0, float(i)]} for i in range(count)]
        assert data.post("/vectors/upsert", json={"vectors": vectors, "namespace": ns}).status_code == 200
    listed = data.get("/namespaces", params={"limit": 2}).json()
    names = [n["name"] for n in listed["namespaces"]]
    rest = data.get("/namespaces", params={"paginationToken": listed["pagination"]["next"]}).json()
    names += [n["name"] for n in rest["namespaces"]]
    assert names == ["__default__", "alpha", "beta"]
    assert data.get("/namespaces/beta").json() == {"name": "beta", "record_count": 3}
    assert data.delete("/namespaces/alpha").status_code == 200
    assert data.get("/namespaces/alpha").status_code == 404
    assert data.post("/describe_index_stats", json={}).json()["totalVectorCount"] == 4
