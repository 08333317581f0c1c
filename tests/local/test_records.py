"""Records (indexes created for a model), bulk imports from local Parquet, and created namespaces."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from local_helpers import SINCE, Api, check_refused


def _integrated(api: Api, model: str = "multilingual-e5-large") -> httpx.Client | None:
    """The data host of an index created for ``model``; None (after checking the refusals) before records."""
    if api.version < SINCE["records"]:
        # The path reads as /indexes/{index_name}, which takes GET, PATCH and DELETE only.
        created = api.control.post("/indexes/create-for-model", json={"name": "docs"})
        check_refused(created, data_plane=False, status=405)
        api.create_serverless("plain", dimension=4)
        plain = api.data("plain")
        check_refused(_upsert(plain, RECORDS[:1]), data_plane=True)
        check_refused(plain.post("/records/namespaces/ns/search", json={}), data_plane=True)
        return None
    body = {
        "name": "docs",
        "cloud": "aws",
        "region": "us-east-1",
        "embed": {"model": model, "field_map": {"text": "chunk_text"}},
    }
    response = api.control.post("/indexes/create-for-model", json=body)
    assert response.status_code == 201, response.text
    return api.data("docs")


RECORDS = [
    {"_id": "a", "chunk_text": "Apples grow on trees in orchards", "kind": "fruit"},
    {"_id": "b", "chunk_text": "The stock market fell on Monday", "kind": "news"},
    {"_id": "c", "chunk_text": "Orchards of apple trees in autumn", "kind": "fruit"},
]


def _upsert(data: httpx.Client, records: list[dict[str, Any]], namespace: str = "ns") -> httpx.Response:
    lines = "\n".join(json.dumps(r) for r in records)
    headers = {"Content-Type": "application/x-ndjson"}
    return data.post(f"/records/namespaces/{namespace}/upsert", content=lines, headers=headers)


def test_upsert_and_search_records(api: Api) -> None:
    data = _integrated(api)
    if data is None:
        return
    response = _upsert(data, RECORDS)
    assert response.status_code == 201, response.text
    query = "apple trees in orchards"
    body = {"query": {"inputs": {"text": query}, "top_k": 2}, "fields": ["chunk_text"]}
    found = data.post("/records/namespaces/ns/search", json=body)
    assert found.status_code == 200, found.text
    hits = found.json()["result"]["hits"]
    # Written by hand: the two texts about apple orchards, not the stock market.
    assert {h["_id"] for h in hits} == {"a", "c"}
    # The index embeds with its model: each score is the dot product of what the public /embed gives
    # for the query and for the record's text (independent of the search code).
    texts = [query] + [r["chunk_text"] for r in RECORDS]
    embedded = api.control.post(
        "/embed", json={"model": "multilingual-e5-large", "inputs": [{"text": t} for t in texts]}
    )
    q, *vectors = (np.array(item["values"]) for item in embedded.json()["data"])
    expected = {r["_id"]: float(v @ q) for r, v in zip(RECORDS, vectors, strict=True)}
    assert [h["_id"] for h in hits] == sorted(expected, key=lambda rid: -expected[rid])[:2]
    for hit in hits:
        assert hit["_score"] == pytest.approx(expected[hit["_id"]], abs=1e-5)
    assert set(hits[0]["fields"]) == {"chunk_text"}

    filtered = {"query": {"inputs": {"text": query}, "top_k": 3, "filter": {"kind": "news"}}}
    assert [h["_id"] for h in data.post("/records/namespaces/ns/search", json=filtered).json()["result"]["hits"]] == [
        "b"
    ]
    reranked = {
        "query": {"inputs": {"text": "stock market"}, "top_k": 3},
        "rerank": {"model": "bge-reranker-v2-m3", "rank_fields": ["chunk_text"], "top_n": 1},
    }
    hits = data.post("/records/namespaces/ns/search", json=reranked).json()["result"]["hits"]
    assert [h["_id"] for h in hits] == ["b"] and hits[0]["_score"] == pytest.approx(1.0)


def test_records_need_an_integrated_index_and_text(api: Api) -> None:
    data = _integrated(api)
    if data is None:
        return
    assert _upsert(data, [{"_id": "x", "other": "no text"}]).status_code == 400
    api.create_serverless("plain", dimension=4)
    plain = api.data("plain")
    assert _upsert(plain, RECORDS[:1]).status_code == 400


def test_sparse_model_records(api: Api) -> None:
    data = _integrated(api, "pinecone-sparse-english-v0")
    if data is None:
        return
    assert _upsert(data, RECORDS).status_code == 201
    body = {"query": {"inputs": {"text": "stock market Monday"}, "top_k": 1}}
    hits = data.post("/records/namespaces/ns/search", json=body).json()["result"]["hits"]
    assert [h["_id"] for h in hits] == ["b"]


def _write_parquet(folder: Path, rows: list[dict[str, Any]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    table = pa.table(
        {
            "id": [r["id"] for r in rows],
            "values": [r["values"] for r in rows],
            "metadata": [json.dumps(r.get("metadata")) if r.get("metadata") else None for r in rows],
        }
    )
    pq.write_table(table, folder / "part-0.parquet")


def _imports(api: Api) -> httpx.Client | None:
    """The data host of an index for imports; None (after checking the refusals) before bulk imports."""
    api.create_serverless("imp", dimension=3)
    data = api.data("imp")
    if api.version < SINCE["bulk imports"]:
        for method, path in (("POST", "/bulk/imports"), ("GET", "/bulk/imports"), ("GET", "/bulk/imports/1")):
            check_refused(
                data.request(method, path, json={"uri": "file:///x"} if method == "POST" else None), data_plane=True
            )
        check_refused(data.delete("/bulk/imports/1"), data_plane=True)
        return None
    return data


def test_bulk_import_from_parquet(api: Api, tmp_path: Path) -> None:
    data = _imports(api)
    if data is None:
        return
    rows = [{"id": f"r{i}", "values": [float(i), 1.0, 0.0], "metadata": {"i": i}} for i in range(5)]
    _write_parquet(tmp_path / "src", rows[:3])
    _write_parquet(tmp_path / "src" / "second", rows[3:])
    started = data.post("/bulk/imports", json={"uri": (tmp_path / "src").as_uri()})
    assert started.status_code == 200, started.text
    job_id = started.json()["id"]
    statuses = [data.get(f"/bulk/imports/{job_id}").json()["status"] for _ in range(3)]
    assert statuses == ["InProgress", "Completed", "Completed"]
    final = data.get(f"/bulk/imports/{job_id}").json()
    assert final["recordsImported"] == 5 and final["percentComplete"] == 100.0
    fetched = data.get("/vectors/fetch", params={"ids": ["r0", "r2"]}).json()["vectors"]
    assert fetched["r2"]["values"] == [2.0, 1.0, 0.0] and fetched["r0"]["metadata"] == {"i": 0}
    assert set(data.get("/vectors/fetch", params={"ids": "r4", "namespace": "second"}).json()["vectors"]) == {"r4"}
    listed = data.get("/bulk/imports").json()["data"]
    assert [j["id"] for j in listed] == [job_id]


def test_bulk_import_cancel_failure_and_schemes(api: Api, tmp_path: Path) -> None:
    data = _imports(api)
    if data is None:
        return
    _write_parquet(tmp_path / "ok", [{"id": "x", "values": [1.0, 2.0, 3.0]}])
    job = data.post("/bulk/imports", json={"uri": (tmp_path / "ok").as_uri()}).json()["id"]
    assert data.delete(f"/bulk/imports/{job}").status_code == 200
    assert data.get(f"/bulk/imports/{job}").json()["status"] == "Cancelled"
    assert data.get("/vectors/fetch", params={"ids": "x"}).json()["vectors"] == {}

    _write_parquet(tmp_path / "bad", [{"id": "y", "values": [1.0, 2.0]}])
    bad = data.post("/bulk/imports", json={"uri": (tmp_path / "bad").as_uri()}).json()["id"]
    data.get(f"/bulk/imports/{bad}")
    failed = data.get(f"/bulk/imports/{bad}").json()
    assert failed["status"] == "Failed" and "dimension" in failed["error"]

    s3 = data.post("/bulk/imports", json={"uri": "s3://bucket/dir"})
    assert s3.status_code == 400 and "file://" in s3.json()["message"]


def test_create_namespace_with_schema(api: Api) -> None:
    api.create_serverless("spaces", dimension=2)
    data = api.data("spaces")
    if api.version < SINCE["create namespace"]:
        # Where GET /namespaces exists the path is known and POST is the wrong method.
        status = 405 if api.version >= SINCE["list namespaces"] else 404
        check_refused(data.post("/namespaces", json={"name": "books"}), data_plane=True, status=status)
        return
    schema = {"fields": {"genre": {"filterable": True}}}
    created = data.post("/namespaces", json={"name": "books", "schema": schema})
    assert created.status_code == 200, created.text
    assert created.json() == {"name": "books", "record_count": 0, "schema": schema}
    assert data.post("/namespaces", json={"name": "books"}).status_code == 409
    assert [n["name"] for n in data.get("/namespaces").json()["namespaces"]] == ["books"]
    assert data.get("/namespaces/books").json()["schema"] == schema
    assert data.delete("/namespaces/books").status_code == 200
    assert data.get("/namespaces/books").status_code == 404
