"""Where Pinecone's behaviour is visible to a program, the local server behaves the same, in every version that
has the feature (the newest as faithfully as 2025-04). The expectations come from Pinecone's official SDK
integration tests (run by `nox -s sdk_suite`), which assert them against the cloud; the key phrases of error
messages are the ones those tests match."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from local_helpers import VERSIONS, Api, has

from pinecone_versioned.local import LocalServer

TAGGED = [v for v in VERSIONS if has(v, "db_control", "POST", "/indexes/create-for-model")]  # tags and embed: 2025-01
SPARSE = [v for v in VERSIONS if v >= "2025-01"]  # vector_type
BACKUPS = [v for v in VERSIONS if has(v, "db_control", "POST", "/indexes/{index_name}/backups")]
RECORDS = [v for v in VERSIONS if has(v, "db_data", "POST", "/records/namespaces/{namespace}/search")]
ADMIN = [v for v in VERSIONS if has(v, "admin", "POST", "/admin/projects/{project_id}/api-keys")]
EMBED = [v for v in VERSIONS if has(v, "inference", "POST", "/embed")]
PROTECTION = [v for v in VERSIONS if v >= "2024-07"]  # deletion_protection
SERVERLESS = {"serverless": {"cloud": "aws", "region": "us-east-1"}}
POD = {"pod": {"environment": "us-east-1-aws", "pod_type": "p1.x1"}}


def _message(response: httpx.Response) -> str:
    """The error message of a control-plane (``error.message``) or data-plane (``message``) error body."""
    body = response.json()
    return str(body["error"]["message"] if "error" in body else body["message"])


def _refused(response: httpx.Response, phrase: str, status: int = 400) -> None:
    assert response.status_code == status, response.text
    assert phrase in _message(response), response.text


@pytest.mark.parametrize("version", TAGGED)
def test_empty_tags_are_no_tags(server: LocalServer, version: str) -> None:
    api = Api(server, version)
    assert "tags" not in api.create_serverless("untagged", tags={})
    assert "tags" not in api.control.get("/indexes/untagged").json()
    api.create_serverless("tagged", tags={"team": "search"})
    assert api.control.patch("/indexes/tagged", json={"tags": {}}).json()["tags"] == {"team": "search"}
    emptied = api.control.patch("/indexes/tagged", json={"tags": {"team": ""}})
    assert emptied.status_code == 202, emptied.text
    assert "tags" not in api.control.get("/indexes/tagged").json()


@pytest.mark.parametrize("version", BACKUPS)
def test_backups_of_untagged_indexes_have_no_tags(server: LocalServer, version: str) -> None:
    api = Api(server, version)
    api.create_serverless("untagged", tags={})
    backup = api.control.post("/indexes/untagged/backups", json={"name": "b"})
    assert backup.status_code == 201, backup.text
    assert backup.json().get("tags") is None
    assert api.control.get(f"/backups/{backup.json()['backup_id']}").json().get("tags") is None
    restored = api.control.post(f"/backups/{backup.json()['backup_id']}/create-index", json={"name": "copy"})
    assert restored.status_code == 202, restored.text
    assert "tags" not in api.control.get("/indexes/copy").json()


@pytest.mark.parametrize("version", TAGGED)
def test_configure_embed_makes_an_index_integrated(server: LocalServer, version: str) -> None:
    api = Api(server, version)
    api.create_serverless("plain", dimension=1024)
    embed = {"model": "multilingual-e5-large", "field_map": {"text": "chunk_text"}}
    configured = api.control.patch("/indexes/plain", json={"embed": embed})
    assert configured.status_code == 202, configured.text
    described = api.control.get("/indexes/plain").json()["embed"]
    assert described["model"] == "multilingual-e5-large"
    assert described["field_map"] == {"text": "chunk_text"}
    assert described["read_parameters"] == {"input_type": "query", "truncate": "END"}
    assert described["write_parameters"] == {"input_type": "passage", "truncate": "END"}
    assert (described["vector_type"], described["dimension"], described["metric"]) == ("dense", 1024, "cosine")
    # It now takes text records.
    record = json.dumps({"_id": "a", "chunk_text": "apples and pears"})
    upserted = api.data("plain").post(
        "/records/namespaces/ns/upsert", content=record, headers={"Content-Type": "application/x-ndjson"}
    )
    assert upserted.status_code == 201, upserted.text
    # A model whose dimensions do not include the index's is refused.
    api.create_serverless("small", dimension=8)
    _refused(api.control.patch("/indexes/small", json={"embed": embed}), "does not match")


@pytest.mark.parametrize("version", TAGGED)
def test_create_index_for_model_checks_model_and_field_map(server: LocalServer, version: str) -> None:
    api = Api(server, version)
    body: dict[str, Any] = {"name": "texts", "cloud": "aws", "region": "us-east-1"}
    missing_text = {"model": "multilingual-e5-large", "field_map": {"invalid_field": "my-text"}}
    _refused(
        api.control.post("/indexes/create-for-model", json={**body, "embed": missing_text}),
        "Missing required key 'text'",
    )
    unknown = {"model": "invalid-model", "field_map": {"text": "my-text"}}
    _refused(
        api.control.post("/indexes/create-for-model", json={**body, "embed": unknown}), "Model invalid-model not found."
    )
    made = api.control.post(
        "/indexes/create-for-model", json={**body, "embed": {**unknown, "model": "multilingual-e5-large"}}
    )
    assert made.status_code == 201, made.text
    assert made.json()["embed"]["read_parameters"] == {"input_type": "query", "truncate": "END"}
    assert made.json()["embed"]["write_parameters"] == {"input_type": "passage", "truncate": "END"}


@pytest.mark.parametrize("version", SPARSE)
def test_sparse_index_shape_errors(server: LocalServer, version: str) -> None:
    api = Api(server, version)
    pod = {"name": "pods", "metric": "dotproduct", "vector_type": "sparse", "spec": POD}
    _refused(api.control.post("/indexes", json=pod), "Sparse vector type is not supported for pod indexes")
    for metric in ("cosine", "euclidean"):
        body = {"name": "sparse", "metric": metric, "vector_type": "sparse", "spec": SERVERLESS}
        _refused(api.control.post("/indexes", json=body), "Sparse vector indexes must use the metric dotproduct.")
    body = {"name": "sparse", "dimension": 4, "metric": "dotproduct", "vector_type": "sparse", "spec": SERVERLESS}
    _refused(api.control.post("/indexes", json=body), "dimension should not be specified for sparse indexes")


def test_unknown_regions_and_pod_environments_are_refused(api: Api) -> None:
    nowhere = {"name": "nowhere", "dimension": 2, "spec": {"serverless": {"cloud": "aws", "region": "invalid-region"}}}
    _refused(api.control.post("/indexes", json=nowhere), "invalid-region not found")
    wrong_cloud = {**nowhere, "spec": {"serverless": {"cloud": "gcp", "region": "us-east-1"}}}
    assert api.control.post("/indexes", json=wrong_cloud).status_code == 400
    pod = {"name": "pods", "dimension": 2, "spec": {"pod": {"environment": "us-east1-aws", "pod_type": "p1.x1"}}}
    _refused(api.control.post("/indexes", json=pod), "us-east1-aws not found")
    for region in ("us-east-1", "us-west-2", "eu-west-1"):
        api.create_serverless(f"in-{region}", dimension=2, spec={"serverless": {"cloud": "aws", "region": region}})


def test_collections_stay_in_their_environment(api: Api) -> None:
    if not has(api.version, "db_control", "POST", "/collections"):
        pytest.skip(f"{api.version} has no collections")
    made = api.control.post("/indexes", json={"name": "source", "dimension": 2, "spec": POD})
    assert made.status_code == 201, made.text
    assert api.control.post("/collections", json={"name": "snap", "source": "source"}).status_code == 201
    elsewhere = {"environment": "us-east1-gcp", "pod_type": "p1.x1", "source_collection": "snap"}
    moved = {"name": "moved", "dimension": 2, "spec": {"pod": elsewhere}}
    _refused(api.control.post("/indexes", json=moved), "Source collection must be in the same environment as the index")
    wider = {"name": "wider", "dimension": 3, "spec": {"pod": {**POD["pod"], "source_collection": "snap"}}}
    _refused(api.control.post("/indexes", json=wider), "Index and collection must have the same dimension")
    nothing = {"name": "none", "dimension": 2, "spec": {"pod": {**POD["pod"], "source_collection": "doesnotexist"}}}
    _refused(api.control.post("/indexes", json=nothing), "Resource doesnotexist not found", 404)
    _refused(
        api.control.post("/collections", json={"name": "c", "source": "invalid-index"}),
        "Resource invalid-index not found",
        404,
    )


def test_a_new_collection_is_seen_initialising_then_ready(api: Api) -> None:
    if not has(api.version, "db_control", "POST", "/collections"):
        pytest.skip(f"{api.version} has no collections")
    assert api.control.post("/indexes", json={"name": "source", "dimension": 2, "spec": POD}).status_code == 201
    created = api.control.post("/collections", json={"name": "snap", "source": "source"})
    assert created.json()["status"] == "Initializing"
    assert api.control.get("/collections/snap").json()["status"] == "Initializing"
    assert api.control.get("/collections/snap").json()["status"] == "Ready"
    assert api.control.get("/collections").json()["collections"][0]["status"] == "Ready"


def test_empty_metadata_is_no_metadata_and_matches_carry_values(api: Api) -> None:
    api.create_serverless("movies", dimension=2)
    data = api.data("movies")
    vectors = [
        {"id": "1", "values": [1.0, 0.0], "metadata": {}},
        {"id": "2", "values": [0.0, 1.0], "metadata": {"g": "a"}},
    ]
    assert data.post("/vectors/upsert", json={"vectors": vectors}).status_code == 200
    fetched = data.get("/vectors/fetch", params={"ids": ["1", "2"]}).json()["vectors"]
    assert "metadata" not in fetched["1"]
    assert fetched["2"]["metadata"] == {"g": "a"}
    matches = data.post("/query", json={"vector": [1.0, 0.0], "topK": 2, "includeMetadata": True}).json()["matches"]
    assert [m["id"] for m in matches] == ["1", "2"]
    assert "metadata" not in matches[0]
    assert [m["values"] for m in matches] == [[], []]  # not asked for: [] rather than absent
    with_values = data.post("/query", json={"vector": [1.0, 0.0], "topK": 1, "includeValues": True}).json()
    assert with_values["matches"][0]["values"] == [1.0, 0.0]


def test_sparse_values_are_stored_in_any_index_and_queried_only_with_dotproduct(api: Api) -> None:
    api.create_serverless("hybrid", dimension=2, metric="cosine")
    data = api.data("hybrid")
    vector = {"id": "a", "values": [1.0, 0.0], "sparseValues": {"indices": [3], "values": [0.5]}}
    stored = data.post("/vectors/upsert", json={"vectors": [vector]})
    assert stored.status_code == 200, stored.text
    fetched = data.get("/vectors/fetch", params={"ids": "a"}).json()["vectors"]["a"]
    assert fetched["sparseValues"] == {"indices": [3], "values": [0.5]}
    hybrid = {"vector": [1.0, 0.0], "sparseVector": {"indices": [3], "values": [0.5]}, "topK": 1}
    _refused(data.post("/query", json=hybrid), "dotproduct")
    assert data.post("/query", json={"vector": [1.0, 0.0], "topK": 1}).json()["matches"][0]["id"] == "a"


def test_query_inputs_refused_with_pinecones_phrases(api: Api) -> None:
    api.create_serverless("dense", dimension=2, metric="dotproduct")
    dense = api.data("dense")
    only_sparse = {"sparseVector": {"indices": [1], "values": [0.5]}, "topK": 1}
    _refused(
        dense.post("/query", json=only_sparse), "Cannot query index with dense 'vector_type' with only sparse vector"
    )
    if api.version < "2025-01":
        return
    body = {"name": "sparse", "metric": "dotproduct", "vector_type": "sparse", "spec": SERVERLESS}
    assert api.control.post("/indexes", json=body).status_code == 201
    sparse = api.data("sparse")
    sparse_vector = {"indices": [1, 2], "values": [0.5, 0.5]}
    _refused(
        sparse.post("/query", json={"id": "1", "sparseVector": sparse_vector, "topK": 1}),
        "Cannot provide both 'ID' and 'sparse_vector' at the same time",
    )
    _refused(
        sparse.post("/query", json={"vector": [0.1] * 4, "topK": 1}), "Either 'sparse_vector' or 'ID' must be provided"
    )
    both = {"vector": [0.1] * 4, "sparseVector": sparse_vector, "topK": 1}
    _refused(sparse.post("/query", json=both), "Index configuration does not support dense values")


@pytest.mark.parametrize("version", RECORDS)
def test_search_records_wildcard_returns_every_field(server: LocalServer, version: str) -> None:
    api = Api(server, version)
    body = {
        "name": "docs",
        "cloud": "aws",
        "region": "us-east-1",
        "embed": {"model": "multilingual-e5-large", "field_map": {"text": "chunk_text"}},
    }
    assert api.control.post("/indexes/create-for-model", json=body).status_code == 201
    data = api.data("docs")
    record = json.dumps({"_id": "a", "chunk_text": "apples", "kind": "fruit", "year": 2024})
    upserted = data.post(
        "/records/namespaces/ns/upsert", content=record, headers={"Content-Type": "application/x-ndjson"}
    )
    assert upserted.status_code == 201, upserted.text
    query = {"query": {"inputs": {"text": "apples"}, "top_k": 1}}
    every = data.post("/records/namespaces/ns/search", json={**query, "fields": ["*"]}).json()["result"]["hits"][0]
    assert every["fields"] == {"chunk_text": "apples", "kind": "fruit", "year": 2024}
    some = data.post("/records/namespaces/ns/search", json={**query, "fields": ["kind"]}).json()["result"]["hits"][0]
    assert some["fields"] == {"kind": "fruit"}


def test_wrong_api_key_is_403_on_the_data_plane_and_401_on_the_control_plane(api: Api) -> None:
    host = api.create_serverless("guarded", dimension=2)["host"]
    wrong = {"Api-Key": "not-the-key", "X-Pinecone-API-Version": api.version}
    on_data = httpx.post(f"{host}/describe_index_stats", json={}, headers=wrong)
    _refused(on_data, "Wrong API key", 403)
    assert "not-the-key" not in on_data.text
    assert httpx.get(f"{api.control.base_url}/indexes", headers=wrong).status_code == 401
    missing = {"X-Pinecone-API-Version": api.version}
    assert httpx.post(f"{host}/describe_index_stats", json={}, headers=missing).status_code == 401


@pytest.mark.parametrize("version", ADMIN)
def test_admin_api_keys_have_created_at(server: LocalServer, version: str) -> None:
    form = {
        "client_id": "id",
        "client_secret": "secret",
        "grant_type": "client_credentials",
        "audience": "https://api.pinecone.io/",
    }
    token = httpx.post(f"{server.url}/oauth/token", data=form).json()["access_token"]
    admin = httpx.Client(
        base_url=server.url, headers={"Authorization": f"Bearer {token}", "X-Pinecone-API-Version": version}
    )
    project = admin.post("/admin/projects", json={"name": "p"}).json()
    made = admin.post(f"/admin/projects/{project['id']}/api-keys", json={"name": "k"})
    assert made.status_code == 201, made.text
    key = made.json()["key"]
    assert isinstance(key["created_at"], str) and key["created_at"]
    assert admin.get(f"/admin/api-keys/{key['id']}").json()["created_at"] == key["created_at"]
    assert admin.get(f"/admin/projects/{project['id']}/api-keys").json()["data"][0]["created_at"] == key["created_at"]


@pytest.mark.parametrize(
    ("rid", "phrase"), [("ünïcödé", "Vector ID must be ASCII"), ("a\0b", "Vector ID must not contain null character")]
)
def test_vector_ids_must_be_ascii_without_nul(api: Api, rid: str, phrase: str) -> None:
    api.create_serverless("ids", dimension=2)
    data = api.data("ids")
    refused = data.post("/vectors/upsert", json={"vectors": [{"id": rid, "values": [0.1, 0.1]}]})
    _refused(refused, phrase)
    assert repr(rid) in _message(refused)  # names the id
    assert (
        data.post("/vectors/upsert", json={"vectors": [{"id": "~!@#$%^&*()", "values": [0.1, 0.1]}]}).status_code == 200
    )


@pytest.mark.parametrize("version", PROTECTION)
def test_deletion_protection_phrase(server: LocalServer, version: str) -> None:
    api = Api(server, version)
    api.create_serverless("guarded", deletion_protection="enabled")
    _refused(api.control.delete("/indexes/guarded"), "Deletion protection is enabled for this index", 403)


def test_dimension_mismatch_and_not_found_phrases(api: Api) -> None:
    api.create_serverless("two", dimension=2)
    wide = api.data("two").post("/vectors/upsert", json={"vectors": [{"id": "a", "values": [0.1, 0.2, 0.3]}]})
    _refused(wide, "Vector dimension 3 does not match the dimension of the index 2")
    _refused(api.control.get("/indexes/absent"), "Resource absent not found", 404)
    _refused(api.control.delete("/indexes/absent"), "Resource absent not found", 404)


@pytest.mark.parametrize("version", EMBED)
def test_unknown_models_and_fields_phrases(server: LocalServer, version: str) -> None:
    api = Api(server, version)
    embed = {"model": "unknown-model", "inputs": [{"text": "hello"}], "parameters": {"input_type": "query"}}
    _refused(api.control.post("/embed", json=embed), "Model 'unknown-model' not found")
    wrong_field = {**embed, "model": "multilingual-e5-large", "inputs": [{"INVALID_FIELD": "hello"}]}
    _refused(api.control.post("/embed", json=wrong_field), "INVALID_FIELD")
    if has(version, "inference", "POST", "/rerank"):
        rerank = {"model": "unknown-model", "query": "q", "documents": [{"text": "d"}]}
        _refused(api.control.post("/rerank", json=rerank), "Model 'unknown-model' not found")


def test_write_and_query_answers_carry_log_sequence_numbers(api: Api) -> None:
    api.create_serverless("lsn", dimension=2)
    data = api.data("lsn")
    writes = [
        data.post("/vectors/upsert", json={"vectors": [{"id": "a", "values": [0.1, 0.2]}]}),
        data.post("/vectors/update", json={"id": "a", "values": [0.3, 0.4]}),
        data.post("/vectors/delete", json={"ids": ["a"]}),
    ]
    numbers = [int(w.headers["x-pinecone-request-lsn"]) for w in writes]
    assert numbers == sorted(set(numbers)), "each write gets a new, larger number"
    queried = data.post("/query", json={"vector": [0.1, 0.2], "topK": 1})
    assert int(queried.headers["x-pinecone-max-indexed-lsn"]) >= numbers[-1]
    assert "x-pinecone-request-lsn" not in queried.headers
    assert "x-pinecone-request-lsn" not in data.get("/vectors/list").headers
    refused = data.post("/vectors/upsert", json={"vectors": []})
    assert refused.status_code == 400 and "x-pinecone-request-lsn" not in refused.headers
