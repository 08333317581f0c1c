"""The main request and response models of every version survive a round trip on realistic payloads."""

from __future__ import annotations

import enum
import importlib
from typing import Any

import attrs
import pytest

from pinecone_versioned._engine import unknown_fields
from pinecone_versioned_gen import registry

SPARSE = {"indices": [3, 17, 42], "values": [0.5, 0.25, 0.125]}
METADATA = {"genre": "drama", "year": 2019, "rating": 4.5, "tags": ["classic", "noir"], "draft": False}
VECTOR = {"id": "movie-1", "values": [0.1, 0.2, 0.3], "sparseValues": SPARSE, "metadata": METADATA}
SERVERLESS = {"serverless": {"cloud": "aws", "region": "us-east-1"}}

# Model name -> (payload, optional keys added only where the version's model declares them).
PAYLOADS: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "CreateIndexRequest": (
        {"name": "movies", "dimension": 3, "metric": "cosine", "spec": SERVERLESS},
        {"deletion_protection": "enabled", "tags": {"team": "search"}, "vector_type": "dense"},
    ),
    "IndexModel": (
        {
            "name": "movies",
            "dimension": 3,
            "metric": "dotproduct",
            "host": "movies-abc123.svc.aped-4627-b74a.pinecone.io",
            "spec": SERVERLESS,
            "status": {"ready": True, "state": "Ready"},
        },
        {"deletion_protection": "disabled", "tags": {"team": "search"}, "vector_type": "dense"},
    ),
    "UpsertRequest": ({"vectors": [VECTOR, {"id": "movie-2", "values": [0.0, 1.0, 0.5]}], "namespace": "films"}, {}),
    "QueryRequest": (
        {
            "namespace": "films",
            "topK": 5,
            "filter": {"$and": [{"genre": {"$in": ["drama", "comedy"]}}, {"year": {"$gte": 2000}}]},
            "includeValues": True,
            "includeMetadata": True,
            "vector": [0.1, 0.2, 0.3],
            "sparseVector": SPARSE,
        },
        {},
    ),
    "QueryResponse": (
        {"matches": [{**VECTOR, "score": 0.975}], "namespace": "films"},
        {"usage": {"readUnits": 6}},
    ),
    "FetchResponse": ({"vectors": {"movie-1": VECTOR}, "namespace": "films"}, {"usage": {"readUnits": 1}}),
    # Named DescribeIndexStatsResponse up to 2024-07, IndexDescription afterwards.
    "DescribeIndexStatsResponse": (
        {"namespaces": {"films": {"vectorCount": 2}}, "dimension": 3, "indexFullness": 0.0, "totalVectorCount": 2},
        {},
    ),
    "IndexDescription": (
        {"namespaces": {"films": {"vectorCount": 2}}, "dimension": 3, "indexFullness": 0.0, "totalVectorCount": 2},
        {"metric": "cosine", "vectorType": "dense"},
    ),
    "EmbedRequest": (
        {
            "model": "multilingual-e5-large",
            "inputs": [{"text": "a quiet film"}],
            "parameters": {"input_type": "passage"},
        },
        {},
    ),
}


def _cases() -> list[Any]:
    cases = []
    for version, manifest in registry.versions().items():
        for surface in manifest.surfaces:
            models = importlib.import_module(f"{manifest.surfaces[surface].package}.models")
            for model in PAYLOADS:
                if hasattr(models, model):
                    cases.append(pytest.param(getattr(models, model), version, id=f"{version}-{surface}-{model}"))
    return cases


def _payload(cls: type, version: str) -> dict[str, Any]:
    """The model's payload with the optional keys its version declares."""
    base, extras = PAYLOADS[cls.__name__]
    declared = {field.name for field in attrs.fields(cls)}
    # Wire names may be camelCase while attribute names are snake_case.
    payload = {**base, **{key: value for key, value in extras.items() if _attribute(key) in declared}}
    if cls.__name__ == "IndexModel" and version >= "2025-10":
        # From 2025-10 a serverless index reports its read capacity, a required field.
        capacity = {"mode": "OnDemand", "status": {"state": "Ready"}}
        payload["spec"] = {"serverless": {**SERVERLESS["serverless"], "read_capacity": capacity}}
    return payload


def _attribute(wire_name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in wire_name)


@pytest.mark.parametrize(("cls", "version"), _cases())
def test_model_round_trip(cls: Any, version: str) -> None:
    payload = _payload(cls, version)
    parsed = cls.from_dict(payload)
    assert unknown_fields(parsed) == []  # every key landed in a declared field
    assert parsed.to_dict() == payload
    assert cls.from_dict(parsed.to_dict()) == parsed


def test_round_trips_cover_the_main_models_of_every_version() -> None:
    covered: dict[str, set[str]] = {}
    for case in _cases():
        version = case.id[:7]
        covered.setdefault(version, set()).add(case.values[0].__name__)
    for version in registry.versions():
        assert {"CreateIndexRequest", "IndexModel", "UpsertRequest", "QueryRequest", "FetchResponse"} <= covered[
            version
        ]
        assert covered[version] & {"DescribeIndexStatsResponse", "IndexDescription"}
        if version >= "2024-07":
            assert "EmbedRequest" in covered[version]


@pytest.mark.parametrize("version", list(registry.versions()))
def test_index_spec_is_typed_not_any(version: str) -> None:
    """Up to 2025-04 the spec's oneOf of bare `required` lists once made `spec` untyped."""
    models = importlib.import_module(f"{registry.version(version).surfaces['db_control'].package}.models")
    parsed = models.IndexModel.from_dict(_payload(models.IndexModel, version))
    assert attrs.has(type(parsed.spec)), type(parsed.spec)
    serverless = parsed.spec.serverless
    assert attrs.has(type(serverless))
    assert isinstance(serverless.cloud, enum.Enum)


def test_x_enum_values_are_enums_in_2025_10() -> None:
    """2025-10 lists allowed values in x-enum; they must be enums as in earlier versions."""
    from pinecone_versioned_gen.v2025_10.db_control.models import IndexModel

    parsed = IndexModel.from_dict(_payload(IndexModel, "2025-10"))
    assert isinstance(parsed.metric, enum.Enum)
    assert parsed.metric.value == "dotproduct"
