"""The gRPC data plane on the index ports, against the official SDK's PineconeGRPC (pinecone 7.3.0 from PyPI).

The expectations come from the same calls over HTTP (the official SDK's HTTP client, or
httpx for error texts), never from the gRPC code itself: both transports must agree.
"""

from __future__ import annotations

import importlib
from typing import Any

import grpc
import httpx
import pytest
from local_helpers import API_KEY, VERSIONS
from pinecone import Pinecone, ServerlessSpec
from pinecone.exceptions import PineconeException
from pinecone.grpc import GRPCClientConfig, PineconeGRPC

from pinecone_versioned.local import LocalServer

PLAINTEXT = GRPCClientConfig(secure=False)


@pytest.fixture
def control(server: LocalServer) -> Pinecone:
    return Pinecone(api_key=API_KEY, host=server.url)


def _create(control: Pinecone, name: str, dimension: int = 3, metric: str = "dotproduct") -> str:
    control.create_index(
        name=name, dimension=dimension, metric=metric, spec=ServerlessSpec(cloud="aws", region="us-east-1")
    )
    return str(control.describe_index(name).host)


def _grpc_index(server: LocalServer, host: str, api_key: str = API_KEY) -> Any:
    # What a PineconeGRPC user passes: the host without its scheme, and a plaintext channel.
    return PineconeGRPC(api_key=api_key, host=server.url).Index(
        host=host.removeprefix("http://"), grpc_config=PLAINTEXT
    )


def _floats(values: Any) -> list[float]:
    # gRPC carries float32; both sides are compared at float32's precision.
    return [round(float(v), 5) for v in values or []]


def _sparse(value: Any) -> Any:
    # An empty sparse vector and none are the same (protobuf cannot tell them apart).
    if value is None or not list(value.indices):
        return None
    return list(value.indices), _floats(value.values)


def _matches(response: Any) -> list[tuple[Any, ...]]:
    return [
        (
            m.id,
            round(m.score, 5),
            _floats(m.values),
            dict(m.metadata or {}),
            _sparse(m.sparse_values),
        )
        for m in response.matches
    ]


def _vectors(response: Any) -> dict[str, tuple[Any, ...]]:
    return {
        key: (_floats(v.values), dict(v.metadata or {}), _sparse(v.sparse_values))
        for key, v in response.vectors.items()
    }


def _stats(response: Any) -> tuple[Any, ...]:
    namespaces = {name: summary.vector_count for name, summary in response.namespaces.items()}
    return response.dimension, response.total_vector_count, namespaces


def _session(index: Any) -> dict[str, Any]:
    """One program of data-plane calls; everything it observed, in transport-neutral form."""
    seen: dict[str, Any] = {}
    index.upsert(
        vectors=[
            {"id": "a", "values": [1.0, 0.5, 0.25], "metadata": {"genre": "drama", "year": 1999}},
            {"id": "b", "values": [0.5, 1.0, 0.0], "metadata": {"genre": "comedy", "year": 2004}},
            {
                "id": "c",
                "values": [0.0, 0.5, 1.0],
                "sparse_values": {"indices": [2, 7], "values": [0.5, 0.25]},
                "metadata": {"genre": "drama", "tags": ["x", "y"]},
            },
        ],
        namespace="films",
    )
    index.upsert(vectors=[("d", [0.1, 0.2, 0.3])], namespace="other")
    query = {"vector": [1.0, 1.0, 1.0], "top_k": 3, "namespace": "films", "include_metadata": True}
    seen["query"] = _matches(index.query(**query, include_values=True))
    seen["filtered"] = _matches(index.query(**query, filter={"genre": {"$eq": "drama"}, "year": {"$gte": 1990}}))
    seen["sparse"] = _matches(
        index.query(**query, sparse_vector={"indices": [7], "values": [2.0]}, include_values=True)
    )
    seen["by_id"] = _matches(index.query(id="b", top_k=2, namespace="films"))
    seen["fetch"] = _vectors(index.fetch(ids=["a", "c", "missing"], namespace="films"))
    index.update(id="a", set_metadata={"genre": "thriller"}, values=[0.0, 0.0, 1.0], namespace="films")
    seen["updated"] = _vectors(index.fetch(ids=["a"], namespace="films"))
    seen["list"] = [list(page) for page in index.list(namespace="films", prefix="")]
    seen["stats"] = _stats(index.describe_index_stats())
    seen["stats_filtered"] = _stats(index.describe_index_stats(filter={"genre": {"$eq": "drama"}}))
    index.delete(ids=["b"], namespace="films")
    index.delete(filter={"genre": {"$eq": "thriller"}}, namespace="films")
    seen["after_delete"] = sorted(index.fetch(ids=["a", "b", "c"], namespace="films").vectors)
    index.delete(delete_all=True, namespace="other")
    seen["stats_end"] = _stats(index.describe_index_stats())
    return seen


def test_the_official_grpc_client_sees_what_its_http_client_sees(server: LocalServer, control: Pinecone) -> None:
    over_http = _session(control.Index(host=_create(control, "over-http")))
    over_grpc = _session(_grpc_index(server, _create(control, "over-grpc")))
    assert over_grpc == over_http
    # The program did observe data (not two empty sessions agreeing).
    assert [m[0] for m in over_http["filtered"]] == ["a"]  # c has no year
    assert over_http["after_delete"] == ["c"]
    assert over_http["list"] == [["a", "b", "c"]]


def test_namespaces_over_grpc(server: LocalServer, control: Pinecone) -> None:
    index = _grpc_index(server, _create(control, "spaces"))
    index.upsert(vectors=[("a", [1.0, 0.0, 0.0]), ("b", [0.0, 1.0, 0.0])], namespace="one")
    index.upsert(vectors=[("c", [1.0, 0.0, 0.0])], namespace="two")
    listed = index.list_namespaces_paginated()
    assert {(n.name, int(n.record_count)) for n in listed.namespaces} == {("one", 2), ("two", 1)}
    described = index.describe_namespace(namespace="one")
    assert (described.name, int(described.record_count)) == ("one", 2)
    index.delete_namespace(namespace="one")
    assert [n.name for n in index.list_namespaces_paginated().namespaces] == ["two"]


def _http_error(host: str, path: str, body: dict[str, Any], api_key: str = API_KEY) -> tuple[int, str]:
    headers = {"Api-Key": api_key, "X-Pinecone-API-Version": "2025-04"}
    response = httpx.post(f"{host}{path}", json=body, headers=headers)
    return response.json()["code"], response.json()["message"]


def _grpc_error(call: Any) -> grpc.RpcError:
    with pytest.raises(PineconeException) as raised:
        call()
    cause = raised.value.__cause__
    assert isinstance(cause, grpc.RpcError)
    return cause


def test_errors_have_the_http_errors_code_and_message(server: LocalServer, control: Pinecone) -> None:
    host = _create(control, "errors")
    index = _grpc_index(server, host)

    code, message = _http_error(host, "/query", {"vector": [1.0, 2.0], "topK": 1})
    error = _grpc_error(lambda: index.query(vector=[1.0, 2.0], top_k=1))
    assert (error.code(), error.details()) == (grpc.StatusCode.INVALID_ARGUMENT, message)
    assert error.code().value[0] == code

    code, message = _http_error(host, "/describe_index_stats", {}, api_key="wrong-key")
    error = _grpc_error(lambda: _grpc_index(server, host, api_key="wrong-key").describe_index_stats())
    assert (error.code().value[0], error.details()) == (code, message)
    assert error.code() == grpc.StatusCode.PERMISSION_DENIED

    index.describe_index_stats()  # the channel's connection is open before the index goes
    control.delete_index("errors")
    error = _grpc_error(lambda: index.describe_index_stats())
    assert error.code() == grpc.StatusCode.NOT_FOUND
    assert "errors" in str(error.details())


def _module(version: str, name: str = "") -> Any:
    package = f"pinecone_versioned_gen.v{version.replace('-', '_')}.db_data_grpc"
    return importlib.import_module(f"{package}.{name}" if name else package)


def _raw_call(host: str, rpc: str, request: Any, response: Any, metadata: list[tuple[str, str]]) -> Any:
    """One unary call on the wire path the official SDK uses, through a plain grpcio channel."""
    with grpc.insecure_channel(host.removeprefix("http://")) as channel:
        method = channel.unary_unary(
            f"/VectorService/{rpc}", request_serializer=type(request).SerializeToString, response_deserializer=response
        )
        return method.with_call(request, metadata=metadata)


@pytest.mark.parametrize("version", VERSIONS)
def test_every_version_is_served_with_its_own_messages(version: str, control: Pinecone) -> None:
    host = _create(control, "versions", dimension=2)
    messages = _module(version, "db_data_pb2")
    metadata = [("api-key", API_KEY), ("x-pinecone-api-version", version)]
    upsert = messages.UpsertRequest(vectors=[messages.Vector(id="v", values=[0.5, 0.5])], namespace="n")
    answer, call = _raw_call(host, "Upsert", upsert, messages.UpsertResponse.FromString, metadata)
    assert answer.upserted_count == 1
    # The write's LSN, as HTTP sends it in x-pinecone-request-lsn.
    assert dict(call.initial_metadata())["x-pinecone-request-lsn"] == "1"
    query = messages.QueryRequest(vector=[1.0, 0.0], top_k=1, namespace="n")
    answer, call = _raw_call(host, "Query", query, messages.QueryResponse.FromString, metadata)
    assert [(m.id, m.score) for m in answer.matches] == [("v", 0.5)]
    assert dict(call.initial_metadata())["x-pinecone-max-indexed-lsn"] == "1"


def test_calls_without_a_key_a_version_or_on_the_packaged_path(control: Pinecone) -> None:
    host = _create(control, "raw", dimension=2)
    newest = _module(VERSIONS[-1], "db_data_pb2")
    stats = newest.DescribeIndexStatsRequest()
    decode = newest.DescribeIndexStatsResponse.FromString

    with pytest.raises(grpc.RpcError) as raised:
        _raw_call(host, "DescribeIndexStats", stats, decode, [("x-pinecone-api-version", VERSIONS[-1])])
    assert raised.value.code() == grpc.StatusCode.UNAUTHENTICATED

    # Without a version the call is served as the newest version that has a proto.
    answer, _ = _raw_call(host, "DescribeIndexStats", stats, decode, [("api-key", API_KEY)])
    assert answer.dimension == 2

    with pytest.raises(grpc.RpcError) as raised:
        _raw_call(
            host, "DescribeIndexStats", stats, decode, [("api-key", API_KEY), ("x-pinecone-api-version", "1999-01")]
        )
    response = httpx.post(
        f"{host}/describe_index_stats", json={}, headers={"Api-Key": API_KEY, "X-Pinecone-API-Version": "1999-01"}
    )
    assert (raised.value.code(), raised.value.details()) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        response.json()["message"],
    )

    # 2024-04's proto has no ListNamespaces.
    oldest = _module(VERSIONS[0], "db_data_pb2")
    assert not hasattr(oldest, "ListNamespacesRequest")
    listing = newest.ListNamespacesRequest()
    metadata = [("api-key", API_KEY), ("x-pinecone-api-version", VERSIONS[0])]
    with pytest.raises(grpc.RpcError) as raised:
        _raw_call(host, "ListNamespaces", listing, newest.ListNamespacesResponse.FromString, metadata)
    assert raised.value.code() == grpc.StatusCode.UNIMPLEMENTED

    # The generated stub's packaged path is not a path Pinecone serves.
    stubs = _module(VERSIONS[-1], "db_data_pb2_grpc")
    with grpc.insecure_channel(host.removeprefix("http://")) as channel, pytest.raises(grpc.RpcError) as raised:
        stubs.VectorServiceStub(channel).DescribeIndexStats(stats, metadata=[("api-key", API_KEY)])
    assert raised.value.code() == grpc.StatusCode.UNIMPLEMENTED


def test_http_and_grpc_share_the_port(server: LocalServer, control: Pinecone) -> None:
    host = _create(control, "shared", dimension=2)
    _grpc_index(server, host).upsert(vectors=[("g", [1.0, 0.0])])
    fetched = httpx.get(
        f"{host}/vectors/fetch", params={"ids": "g"}, headers={"Api-Key": API_KEY, "X-Pinecone-API-Version": "2025-04"}
    )
    assert fetched.json()["vectors"]["g"]["values"] == [1.0, 0.0]


def test_error_messages_name_fields_as_the_proto_does(server: LocalServer, control: Pinecone) -> None:
    """A query without top_k (proto3 cannot send 0 apart from none): the HTTP message, with the proto's field name."""
    host = _create(control, "names", dimension=2)
    code, message = _http_error(host, "/query", {"vector": [1.0, 0.0]})
    assert "topK" in message
    error = _grpc_error(lambda: _grpc_index(server, host).query(vector=[1.0, 0.0], top_k=0))
    assert (error.code().value[0], error.details()) == (code, message.replace("topK", "top_k"))
