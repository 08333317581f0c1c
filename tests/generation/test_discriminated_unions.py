"""Every discriminated oneOf of the specs parses each variant into its own class, losing nothing."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest

from codegen.generate import load_spec
from codegen.normalise import SpecContext, normalise
from codegen.pins import load_pins
from tests.conftest import spec_dir_or_none
from tests.generation._payloads import example_for

PINS = load_pins()


def _discriminated_unions(raw: dict[str, Any]) -> dict[str, dict[str, str]]:
    """Component name -> {discriminator value: variant component name}, from the raw spec."""
    found = {}
    for name, schema in raw.get("components", {}).get("schemas", {}).items():
        mapping = schema.get("discriminator", {}).get("mapping")
        if mapping and "oneOf" in schema:
            found[name] = {value: ref.rsplit("/", 1)[1] for value, ref in mapping.items()}
    return found


def _holder(document: dict[str, Any], union: str) -> tuple[str, str, bool]:
    """A component with a property of the union type: (component, property, is_array)."""
    target = f"#/components/schemas/{union}"
    for name, schema in document["components"]["schemas"].items():
        for prop, sub in schema.get("properties", {}).items():
            if sub.get("$ref") == target:
                return name, prop, False
            if sub.get("items", {}).get("$ref") == target:
                return name, prop, True
    raise LookupError(f"nothing refers to {union}")


def _cases() -> list[Any]:
    spec_dir = spec_dir_or_none()
    if spec_dir is None:
        return [pytest.param(None, None, marks=pytest.mark.skip(reason="no spec directory"))]
    return [
        pytest.param(version, spec, id=spec.relative_path)
        for version in PINS.versions
        for spec in version.openapi_files
        if _discriminated_unions(load_spec(spec_dir / spec.relative_path))
    ]


@pytest.mark.parametrize(("version", "spec"), _cases())
def test_each_variant_parses_to_its_own_class(version: Any, spec: Any, spec_dir: Path) -> None:
    raw = load_spec(spec_dir / spec.relative_path)
    unions = _discriminated_unions(raw)
    document = normalise(raw, SpecContext(version.name, spec.surface))
    models = importlib.import_module(f"pinecone_versioned_gen.{version.package}.{spec.surface}.models")
    for union, variants in unions.items():
        holder, prop, is_array = _holder(document, union)
        holder_class = getattr(models, holder)
        for value, variant in variants.items():
            payload = example_for(document, document["components"]["schemas"][holder])
            variant_payload = example_for(document, document["components"]["schemas"][variant])
            payload[prop] = [variant_payload] if is_array else variant_payload
            parsed = holder_class.from_dict(payload)
            member = getattr(parsed, prop)
            member = member[0] if is_array else member
            assert type(member).__name__ == variant, f"{union}={value}: got {type(member).__name__}"
            assert parsed.to_dict() == payload, f"{union}={value}: fields lost in the round trip"
