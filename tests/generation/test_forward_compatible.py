"""Every response of every operation of every version survives what a later service release may send:
an enum value the pinned spec does not list, and fields it does not declare.

For each JSON response a spec declares, a payload is built from its schema, an
unknown value is put at every enum position (except the one-value enums that
tell ``oneOf`` variants apart, which must stay strict) and an unknown field into
every object with declared properties. The generated endpoint parses it; the
unknown values must come back typed as their enum, and both must survive
``to_dict``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import httpx
import orjson
import pytest

from codegen.generate import load_spec
from codegen.normalise import STRICT_ENUMS_KEY, SpecContext, normalise, operations, resolve
from codegen.pins import load_pins
from pinecone_versioned_gen import registry
from pinecone_versioned_gen._runtime import Client
from pinecone_versioned_gen._runtime.enums import is_known
from tests.conftest import spec_dir_or_none
from tests.generation._payloads import example_for

PINS = load_pins()
NEW_VALUE = "value-from-a-later-release"
NEW_FIELD = "field_from_a_later_release"
NEW_FIELD_VALUE = {"nested": [1, "two"], "flag": True}

Path_ = tuple[str | int, ...]


def _walk(
    document: dict[str, Any], schema: dict[str, Any], path: Path_, strict: set[str], depth: int = 0
) -> Iterator[tuple[str, Path_]]:
    """("enum", path) for open enum positions and ("object", path) for objects with declared properties,
    following the same choices as ``example_for`` (first variant, one array item, ``extra_key``)."""
    if depth > 20:
        return
    if "$ref" in schema:
        if schema["$ref"].rsplit("/", 1)[1] in strict:
            return
        yield from _walk(document, resolve(document, schema["$ref"]), path, strict, depth + 1)
        return
    for combinator in ("oneOf", "anyOf"):
        if combinator in schema:
            options = [o for o in schema[combinator] if o.get("type") != "null"]
            yield from _walk(document, options[0], path, strict, depth + 1)
            return
    if "allOf" in schema:
        for part in schema["allOf"]:
            yield from _walk(document, part, path, strict, depth + 1)
        return
    if "enum" in schema:
        if all(isinstance(value, str) for value in schema["enum"]):
            yield "enum", path
        return
    kind = schema.get("type", "object" if "properties" in schema else None)
    if kind == "object":
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        typed_map = isinstance(extra, dict) and bool(extra)
        if properties and not typed_map:
            yield "object", path
        for name, sub in properties.items():
            yield from _walk(document, sub, (*path, name), strict, depth + 1)
        if typed_map:
            yield from _walk(document, extra, (*path, "extra_key"), strict, depth + 1)
    elif kind == "array":
        yield from _walk(document, schema.get("items", {}), (*path, 0), strict, depth + 1)


def _at(value: Any, path: Path_) -> Any:
    for step in path:
        value = value[step]
    return value


def _enums_in(value: Any) -> Iterator[enum.Enum]:
    """Every enum instance in a parsed model graph."""
    if isinstance(value, enum.Enum):
        yield value
    elif attrs.has(type(value)):
        for attribute in attrs.fields(type(value)):
            yield from _enums_in(getattr(value, attribute.name))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _enums_in(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _enums_in(item)


def _responses(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(operationId, status, schema) of every JSON response."""
    for _method, _path, operation in operations(document):
        for status, response in operation.get("responses", {}).items():
            if "$ref" in response:
                response = resolve(document, response["$ref"])
            schema = response.get("content", {}).get("application/json", {}).get("schema")
            if schema is not None and status.isdigit():
                yield operation["operationId"], status, schema


def _specs() -> list[Any]:
    if spec_dir_or_none() is None:
        return [pytest.param(None, None, marks=pytest.mark.skip(reason="no spec directory"))]
    return [
        pytest.param(version, spec, id=spec.relative_path)
        for version in PINS.versions
        for spec in version.openapi_files
    ]


@pytest.mark.parametrize(("version", "spec"), _specs())
def test_unknown_enum_values_and_fields_survive_every_response(version: Any, spec: Any, spec_dir: Path) -> None:
    document = normalise(load_spec(spec_dir / spec.relative_path), SpecContext(version.name, spec.surface))
    strict = set(document.get(STRICT_ENUMS_KEY, ()))
    surface = registry.version(version.name).surfaces[spec.surface]
    client = Client("http://localhost")
    checked = 0
    for operation_id, status, schema in _responses(document):
        payload = example_for(document, schema)
        positions = list(_walk(document, schema, (), strict))
        enum_paths = [path for kind, path in positions if kind == "enum"]
        object_paths = [path for kind, path in positions if kind == "object"]
        if not enum_paths and not object_paths:
            continue
        for path in enum_paths:
            if path:
                _at(payload, path[:-1])[path[-1]] = NEW_VALUE
        for path in object_paths:
            _at(payload, path)[NEW_FIELD] = NEW_FIELD_VALUE
        where = f"{version.name} {spec.surface} {operation_id} {status}"
        response = httpx.Response(int(status), content=orjson.dumps(payload), request=httpx.Request("GET", "http://x"))
        parsed = surface.operations[operation_id].load()._parse_response(client=client, response=response)
        assert parsed is not None, where
        unknown = [member for member in _enums_in(parsed) if member.value == NEW_VALUE]
        assert len(unknown) == len([p for p in enum_paths if p]), f"{where}: unknown enum values lost or untyped"
        assert not any(is_known(member) for member in unknown), where
        assert all(member == NEW_VALUE and str(member) == NEW_VALUE for member in unknown), where
        out = parsed.to_dict() if hasattr(parsed, "to_dict") else [item.to_dict() for item in parsed]
        for path in enum_paths:
            assert _at(out, path) == NEW_VALUE, f"{where}: enum value at {path} did not survive to_dict"
        for path in object_paths:
            assert _at(out, path)[NEW_FIELD] == NEW_FIELD_VALUE, f"{where}: field at {path} did not survive to_dict"
        checked += 1
    if any(True for _ in _responses(document)):
        assert checked, f"{spec.relative_path}: no response was checked"


def test_discriminator_enums_stay_strict() -> None:
    """The one-value enums that pick a ``oneOf`` variant refuse other values, or unions would mis-parse."""
    from pinecone_versioned_gen.v2025_10.db_control.models.index_model_status_state import IndexModelStatusState
    from pinecone_versioned_gen.v2025_10.inference.models.dense_vector_type import DenseVectorType

    with pytest.raises(ValueError):
        DenseVectorType("sparse")
    assert IndexModelStatusState("Archiving") == "Archiving"  # an ordinary enum is open
    assert not is_known(IndexModelStatusState("Archiving"))
    assert is_known(IndexModelStatusState("Ready"))
