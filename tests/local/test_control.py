"""Control plane over real sockets, for every pinned API version."""

from __future__ import annotations

import httpx
import pytest
from local_helpers import API_KEY, VERSIONS, Api, has

from pinecone_versioned.local import LocalServer


def _error_code(response: httpx.Response) -> str:
    return str(response.json()["error"]["code"])


def test_index_lifecycle(api: Api) -> None:
    created = api.create_serverless("movies", dimension=8, metric="euclidean")
    assert created["status"] == {"ready": False, "state": "Initializing"}
    described = api.control.get("/indexes/movies").json()
    assert described["status"] == {"ready": True, "state": "Ready"}
    assert (described["name"], described["dimension"], described["metric"]) == ("movies", 8, "euclidean")
    assert described["host"].startswith("http://127.0.0.1:")
    assert [i["name"] for i in api.control.get("/indexes").json()["indexes"]] == ["movies"]
    assert api.control.delete("/indexes/movies").status_code == 202
    assert api.control.get("/indexes/movies").status_code == 404
    assert api.control.get("/indexes").json()["indexes"] == []


def test_each_index_has_its_own_data_plane_port(api: Api) -> None:
    one, two = (api.create_serverless(name)["host"] for name in ("one", "two"))
    assert one != two
    data = api.data("one")
    assert data.get("/vectors/list").status_code == 200
    api.control.delete("/indexes/one")
    assert data.get("/vectors/list").status_code == 404  # a kept-alive connection outlives its index
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{one}/vectors/list")


def test_version_fields_follow_the_spec(api: Api) -> None:
    model = api.create_serverless("shaped")
    assert ("deletion_protection" in model) == (api.version >= "2024-07")
    assert ("vector_type" in model) == (api.version >= "2025-01")


def test_errors_are_pinecone_shaped(api: Api) -> None:
    api.create_serverless("dup")
    again = api.control.post(
        "/indexes",
        json={"name": "dup", "dimension": 4, "spec": {"serverless": {"cloud": "aws", "region": "us-east-1"}}},
    )
    assert (again.status_code, _error_code(again)) == (409, "ALREADY_EXISTS")
    missing = api.control.get("/indexes/nope")
    assert (missing.status_code, _error_code(missing)) == (404, "NOT_FOUND")
    bad_name = api.control.post(
        "/indexes",
        json={"name": "Bad_Name", "dimension": 4, "spec": {"serverless": {"cloud": "aws", "region": "us-east-1"}}},
    )
    assert (bad_name.status_code, _error_code(bad_name)) == (400, "INVALID_ARGUMENT")
    assert "Bad_Name" in bad_name.json()["error"]["message"]
    for dimension in (0, 20001):
        too = api.control.post(
            "/indexes",
            json={
                "name": "dim",
                "dimension": dimension,
                "spec": {"serverless": {"cloud": "aws", "region": "us-east-1"}},
            },
        )
        assert too.status_code == 400, too.text
    off_spec = api.control.post("/indexes", json={"name": "x", "dimension": 4, "spec": {"nonsense": {}}})
    assert off_spec.status_code == 400


def test_authentication_and_version_header(server: LocalServer) -> None:
    version = VERSIONS[-1]
    for headers in ({}, {"Api-Key": "wrong"}):
        response = httpx.get(f"{server.url}/indexes", headers={**headers, "X-Pinecone-API-Version": version})
        assert (response.status_code, _error_code(response)) == (401, "UNAUTHENTICATED")
        assert "wrong" not in response.text
    for headers in ({}, {"X-Pinecone-API-Version": "2023-01"}):
        response = httpx.get(f"{server.url}/indexes", headers={"Api-Key": API_KEY, **headers})
        assert (response.status_code, _error_code(response)) == (400, "INVALID_ARGUMENT")
        assert version in response.json()["error"]["message"]


@pytest.mark.parametrize("version", [v for v in VERSIONS if v >= "2024-07"])
def test_deletion_protection_and_tags(server: LocalServer, version: str) -> None:
    api = Api(server, version)
    tagged = has(version, "db_control", "POST", "/indexes/create-for-model")  # tags came with 2025-01
    extra = {"deletion_protection": "enabled", **({"tags": {"team": "search"}} if tagged else {})}
    api.create_serverless("guarded", **extra)
    refused = api.control.delete("/indexes/guarded")
    assert (refused.status_code, _error_code(refused)) == (403, "FORBIDDEN")
    patch: dict[str, object] = {"deletion_protection": "disabled"}
    if tagged:
        patch["tags"] = {"team": "", "env": "test"}
    configured = api.control.patch("/indexes/guarded", json=patch)
    assert configured.status_code == 202, configured.text
    assert configured.json()["deletion_protection"] == "disabled"
    if tagged:
        assert configured.json()["tags"] == {"env": "test"}
    assert api.control.delete("/indexes/guarded").status_code == 202


def test_pod_index_and_collections(api: Api) -> None:
    pod = {"environment": "us-east1-gcp", "pod_type": "p1.x1", "replicas": 1, "shards": 1, "pods": 1}
    response = api.control.post("/indexes", json={"name": "pods", "dimension": 2, "spec": {"pod": pod}})
    assert response.status_code == 201, response.text
    api.data("pods").post("/vectors/upsert", json={"vectors": [{"id": "a", "values": [1.0, 2.0]}]})
    scaled = api.control.patch("/indexes/pods", json={"spec": {"pod": {"replicas": 3}}})
    assert scaled.json()["spec"]["pod"]["replicas"] == 3
    collection = api.control.post("/collections", json={"name": "snap", "source": "pods"})
    assert collection.status_code == 201, collection.text
    assert collection.json()["vector_count"] == 1
    assert [c["name"] for c in api.control.get("/collections").json()["collections"]] == ["snap"]
    pod2 = {**pod, "source_collection": "snap"}
    restored = api.control.post("/indexes", json={"name": "pods2", "dimension": 2, "spec": {"pod": pod2}})
    assert restored.status_code == 201, restored.text
    fetched = api.data("pods2").get("/vectors/fetch", params={"ids": "a"}).json()
    assert fetched["vectors"]["a"]["values"] == [1.0, 2.0]
    assert api.control.delete("/collections/snap").status_code == 202
    assert api.control.get("/collections/snap").status_code == 404


@pytest.mark.parametrize("version", [v for v in VERSIONS if has(v, "db_control", "POST", "/indexes/create-for-model")])
def test_create_for_model(server: LocalServer, version: str) -> None:
    api = Api(server, version)
    body = {
        "name": "texts",
        "cloud": "aws",
        "region": "us-east-1",
        "embed": {"model": "multilingual-e5-large", "field_map": {"text": "chunk_text"}},
    }
    response = api.control.post("/indexes/create-for-model", json=body)
    assert response.status_code == 201, response.text
    model = response.json()
    assert (model["dimension"], model["metric"], model["embed"]["model"]) == (1024, "cosine", "multilingual-e5-large")
    body["name"], body["embed"] = "unknown", {"model": "no-such-model", "field_map": {"text": "t"}}
    assert api.control.post("/indexes/create-for-model", json=body).status_code == 400


@pytest.mark.parametrize("version", [v for v in VERSIONS if has(v, "db_control", "GET", "/restore-jobs")])
def test_backup_and_restore(server: LocalServer, version: str) -> None:
    api = Api(server, version)
    api.create_serverless("source", dimension=2)
    api.data("source").post("/vectors/upsert", json={"vectors": [{"id": "v", "values": [0.5, 0.25]}], "namespace": "n"})
    backup = api.control.post("/indexes/source/backups", json={"name": "nightly"})
    assert backup.status_code == 201, backup.text
    backup_id = backup.json()["backup_id"]
    assert backup.json()["record_count"] == 1
    assert [b["backup_id"] for b in api.control.get("/backups").json()["data"]] == [backup_id]
    assert [b["backup_id"] for b in api.control.get("/indexes/source/backups").json()["data"]] == [backup_id]
    restore = api.control.post(f"/backups/{backup_id}/create-index", json={"name": "copy"})
    assert restore.status_code == 202, restore.text
    job = api.control.get(f"/restore-jobs/{restore.json()['restore_job_id']}").json()
    assert (job["status"], job["target_index_name"]) == ("Completed", "copy")
    fetched = api.data("copy").get("/vectors/fetch", params={"ids": "v", "namespace": "n"}).json()
    assert fetched["vectors"]["v"]["values"] == [0.5, 0.25]
    assert api.control.delete(f"/backups/{backup_id}").status_code == 202
    assert api.control.get(f"/backups/{backup_id}").status_code == 404
