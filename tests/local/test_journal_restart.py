"""With a data directory, a server started again in the same process finds every acknowledged
write and none of the deleted objects: indexes, vectors, namespaces and backups (the journal's
kill -9 test runs the server in a subprocess, out of reach of in-process mutation testing)."""

from __future__ import annotations

from pathlib import Path

import httpx
from local_helpers import API_KEY

from pinecone_versioned.local import LocalServer

HEADERS = {"Api-Key": API_KEY, "X-Pinecone-API-Version": "2025-10"}
SERVERLESS = {"serverless": {"cloud": "aws", "region": "us-east-1"}}


def _index(control: httpx.Client, name: str, metric: str = "euclidean") -> httpx.Client:
    body = {"name": name, "dimension": 2, "metric": metric, "spec": SERVERLESS}
    assert control.post("/indexes", json=body).status_code == 201
    return httpx.Client(base_url=control.get(f"/indexes/{name}").json()["host"], headers=HEADERS)


def test_a_restarted_server_finds_writes_and_not_deletions(tmp_path: Path) -> None:
    with LocalServer(api_key=API_KEY, data_dir=tmp_path) as server:
        control = httpx.Client(base_url=server.url, headers=HEADERS)
        kept = _index(control, "kept")
        vectors = [{"id": f"v{i}", "values": [float(i), 0.5], "metadata": {"i": i}} for i in range(5)]
        for namespace in ("north", "south", "west"):
            assert kept.post("/vectors/upsert", json={"vectors": vectors, "namespace": namespace}).status_code == 200
        assert kept.post("/vectors/delete", json={"ids": ["v0"], "namespace": "north"}).status_code == 200
        assert kept.post("/vectors/delete", json={"deleteAll": True, "namespace": "west"}).status_code == 200
        assert kept.delete("/namespaces/south").is_success
        update = {"id": "v1", "setMetadata": {"i": 100}, "namespace": "north"}
        assert kept.post("/vectors/update", json=update).status_code == 200
        backup = control.post("/indexes/kept/backups", json={"name": "nightly"}).json()
        restore = control.post(f"/backups/{backup['backup_id']}/create-index", json={"name": "restored"})
        assert restore.is_success, restore.text
        hybrid = _index(control, "hybrid", metric="dotproduct")
        sparse = {"indices": [3, 70000], "values": [0.25, 1.5]}
        hybrid_vectors = [{"id": "h", "values": [1.0, 2.0], "sparseValues": sparse}]
        assert hybrid.post("/vectors/upsert", json={"vectors": hybrid_vectors}).status_code == 200
        _index(control, "dropped")
        assert control.delete("/indexes/dropped").is_success

    with LocalServer(api_key=API_KEY, data_dir=tmp_path) as server:
        control = httpx.Client(base_url=server.url, headers=HEADERS)
        names = sorted(i["name"] for i in control.get("/indexes").json()["indexes"])
        assert names == ["hybrid", "kept", "restored"]
        hybrid = httpx.Client(base_url=control.get("/indexes/hybrid").json()["host"], headers=HEADERS)
        (h,) = hybrid.get("/vectors/fetch", params={"ids": ["h"]}).json()["vectors"].values()
        assert (h["values"], h["sparseValues"], "metadata" in h) == ([1.0, 2.0], sparse, False)
        assert [b["name"] for b in control.get("/backups").json()["data"]] == ["nightly"]
        for name in ("kept", "restored"):
            data = httpx.Client(base_url=control.get(f"/indexes/{name}").json()["host"], headers=HEADERS)
            stats = data.post("/describe_index_stats", json={}).json()
            assert stats["namespaces"] == {"north": {"vectorCount": 4}}, name
            fetched = data.get("/vectors/fetch", params={"ids": ["v0", "v1", "v4"], "namespace": "north"}).json()
            assert sorted(fetched["vectors"]) == ["v1", "v4"]
            assert fetched["vectors"]["v1"]["metadata"] == {"i": 100}
            assert fetched["vectors"]["v4"]["values"] == [4.0, 0.5]


def test_sparse_only_vectors_survive_a_restart_in_a_new_nested_data_dir(tmp_path: Path) -> None:
    """A sparse index's vectors have no dense values; the data directory's parents need not exist yet."""
    data_dir = tmp_path / "not" / "yet" / "there"
    sparse = {"indices": [1, 40000], "values": [0.5, 2.0]}
    with LocalServer(api_key=API_KEY, data_dir=data_dir) as server:
        control = httpx.Client(base_url=server.url, headers=HEADERS)
        body = {"name": "words", "metric": "dotproduct", "vector_type": "sparse", "spec": SERVERLESS}
        assert control.post("/indexes", json=body).status_code == 201, body
        words = httpx.Client(base_url=control.get("/indexes/words").json()["host"], headers=HEADERS)
        upserted = words.post("/vectors/upsert", json={"vectors": [{"id": "s", "sparseValues": sparse}]})
        assert upserted.status_code == 200, upserted.text

    with LocalServer(api_key=API_KEY, data_dir=data_dir) as server:
        control = httpx.Client(base_url=server.url, headers=HEADERS)
        words = httpx.Client(base_url=control.get("/indexes/words").json()["host"], headers=HEADERS)
        (vector,) = words.get("/vectors/fetch", params={"ids": ["s"]}).json()["vectors"].values()
        assert vector["sparseValues"] == sparse and "metadata" not in vector
