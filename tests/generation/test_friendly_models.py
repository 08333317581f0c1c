"""Generated models read like the official SDK's: reprs of set fields, mappings, lists, dict-style access.

Expectations come from the specs (which properties a schema declares, which are
maps) and from JSON written here, never from the generated classes themselves.
"""

from __future__ import annotations

import importlib
import pickle
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from openapi_python_client.strings import ClassName, PythonIdentifier  # the generator's naming rules

from codegen.generate import load_spec
from codegen.normalise import SpecContext, normalise
from codegen.pins import load_pins
from pinecone_versioned_gen import registry
from tests.conftest import spec_dir_or_none
from tests.generation._payloads import example_for

PINS = load_pins()
VERSIONS = list(registry.versions())


def _models(version: str, surface: str) -> Any:
    return importlib.import_module(f"{registry.version(version).surfaces[surface].package}.models")


def _object_schemas(spec_dir: Path) -> Iterator[Any]:
    """(id, model class, normalised document, schema) of every component object schema with a generated class."""
    for version in PINS.versions:
        for spec in version.openapi_files:
            document = normalise(load_spec(spec_dir / spec.relative_path), SpecContext(version.name, spec.surface))
            models = _models(version.name, spec.surface)
            for name, schema in document.get("components", {}).get("schemas", {}).items():
                cls = getattr(models, ClassName(name, ""), None)
                if cls is not None and hasattr(cls, "from_dict") and schema.get("type", "object") == "object":
                    yield pytest.param(cls, document, schema, id=f"{version.name}-{spec.surface}-{name}")


SPEC_DIR = spec_dir_or_none()
SCHEMAS = list(_object_schemas(SPEC_DIR)) if SPEC_DIR else []


def _required_only(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """A payload that sets only the required properties (so every optional field stays UNSET)."""
    full = example_for(document, schema)
    required = set(schema.get("required", []))
    if schema.get("properties"):
        return {key: value for key, value in full.items() if key in required}
    return full  # a map: its entries are the content


@pytest.mark.skipif(not SCHEMAS, reason="no spec directory (PINECONE_OPENAPI_SPECS)")
@pytest.mark.parametrize(("cls", "document", "schema"), SCHEMAS)
def test_every_model_reads_well_compares_and_pickles(cls: Any, document: Any, schema: Any) -> None:
    payload = _required_only(document, schema)
    model = cls.from_dict(payload)
    text = repr(model)
    assert "UNSET" not in text and "additional_properties=" not in text, text
    assert text.startswith(f"{cls.__name__}(")
    assert pickle.loads(pickle.dumps(model)) == model
    assert cls.from_dict(payload) == model
    if schema.get("properties"):
        for key in payload:
            # Dict-style access by wire name gives what attribute access gives.
            assert model[key] is getattr(model, PythonIdentifier(key, "field_")), key
            assert key in model
        for key in set(schema["properties"]) - set(payload):
            assert key not in model and model.get(key) is None
            with pytest.raises(KeyError):
                model[key]
    else:
        assert isinstance(model, Mapping)
        assert sorted(model) == sorted(payload) and len(model) == len(payload)


@pytest.mark.parametrize("version", VERSIONS)
def test_fetched_vectors_are_a_mapping_and_metadata_a_dict(version: str) -> None:
    wire = {
        "vectors": {
            "b": {"id": "b", "values": [0.5, 0.25], "metadata": {"genre": "drama", "year": 1999}},
            "a": {"id": "a", "values": [1.0, 0.0]},
        },
        "namespace": "films",
    }
    fetched = _models(version, "db_data").FetchResponse.from_dict(wire)
    vectors = fetched.vectors
    assert isinstance(vectors, Mapping)
    assert sorted(vectors) == ["a", "b"] and len(vectors) == 2 and "a" in vectors and "z" not in vectors
    assert list(vectors.keys()) == ["b", "a"] and [v.id for v in vectors.values()] == ["b", "a"]
    assert dict(vectors.items())["b"].values == [0.5, 0.25]
    assert set(dict(vectors)) == {"a", "b"}
    assert type(vectors["b"].metadata) is dict and vectors["b"].metadata == {"genre": "drama", "year": 1999}
    assert fetched["namespace"] == "films" and fetched["vectors"] is vectors
    assert repr(vectors["a"]) == "Vector(id='a', values=[1.0, 0.0])"


@pytest.mark.parametrize("version", VERSIONS)
def test_query_matches_carry_metadata_as_dicts(version: str) -> None:
    wire = {"matches": [{"id": "m", "score": 0.75, "metadata": {"tags": ["x"], "n": 2}}], "namespace": ""}
    response = _models(version, "db_data").QueryResponse.from_dict(wire)
    match = response.matches[0]
    assert type(match.metadata) is dict and match.metadata["tags"] == ["x"]
    assert response["matches"][0]["score"] == 0.75
    assert repr(match) == "ScoredVector(id='m', score=0.75, metadata={'tags': ['x'], 'n': 2})"


@pytest.mark.parametrize("version", VERSIONS)
def test_index_stats_namespaces_are_a_mapping(version: str) -> None:
    models = _models(version, "db_data")
    cls = getattr(models, "IndexDescription", None) or models.DescribeIndexStatsResponse
    stats = cls.from_dict({"namespaces": {"films": {"vectorCount": 2}, "": {"vectorCount": 1}}, "dimension": 2})
    assert dict(stats.namespaces).keys() == {"films", ""}
    assert stats.namespaces["films"].vector_count == 2 and stats["namespaces"]["films"]["vectorCount"] == 2
    assert stats.namespaces == {"films": stats.namespaces["films"], "": stats.namespaces[""]}


@pytest.mark.parametrize("version", VERSIONS)
def test_index_list_iterates_and_names_and_describe_reads_like_a_dict(version: str) -> None:
    models = _models(version, "db_control")
    index = {
        "name": "movies",
        "dimension": 2,
        "metric": "cosine",
        "host": "movies-abc.svc.pinecone.io",
        "spec": {"serverless": {"cloud": "aws", "region": "us-east-1"}},
        "status": {"ready": True, "state": "Ready"},
        "deletion_protection": "disabled",
        "vector_type": "dense",
    }
    if version >= "2025-10":
        index["spec"]["serverless"]["read_capacity"] = {"mode": "OnDemand", "status": {"state": "Ready"}}
    listed = models.IndexList.from_dict({"indexes": [index, {**index, "name": "books"}]})
    assert listed.names() == ["movies", "books"]
    assert [i.name for i in listed] == ["movies", "books"] and len(listed) == 2 and listed[1].name == "books"
    assert [i.name for i in listed[:1]] == ["movies"]
    described = listed[0]
    assert described["host"] == "movies-abc.svc.pinecone.io" and described.status["ready"] is True
    assert described.get("nonexistent", "absent") == "absent"
    assert models.IndexList.from_dict({}).names() == [] and list(models.IndexList.from_dict({})) == []


@pytest.mark.parametrize("version", VERSIONS)
def test_pagination_next_is_spelled_as_the_official_sdk(version: str) -> None:
    page = _models(version, "db_data").ListResponse.from_dict(
        {"vectors": [{"id": "a"}], "pagination": {"next": "token-2"}, "namespace": "films"}
    )
    assert page.pagination.next == "token-2" and page["pagination"]["next"] == "token-2"
    assert [item.id for item in page] == ["a"]
    assert repr(page.pagination) == "Pagination(next='token-2')"


def test_models_of_different_content_differ_and_are_not_hashable() -> None:
    from pinecone_versioned_gen.v2025_04.db_data.models import Vector

    assert Vector(id="a", values=[1.0]) != Vector(id="a", values=[2.0])
    assert Vector(id="a", values=[1.0]) == Vector(id="a", values=[1.0])
    with pytest.raises(TypeError):
        hash(Vector(id="a", values=[1.0]))
