"""Build a fully populated JSON payload for a schema of a normalised spec."""

from __future__ import annotations

from typing import Any

from codegen.normalise import resolve

MAX_DEPTH = 20
STRING_FORMATS = {
    "date-time": "2025-01-02T03:04:05+00:00",
    "date": "2025-01-02",
    "uuid": "3f2c8e0a-5b1d-4c7e-9a2f-0d6b8e4c1a7f",
}


def example_for(document: dict[str, Any], schema: dict[str, Any], depth: int = 0) -> Any:
    """A value that sets every property the schema declares (first enum value, first variant)."""
    if depth > MAX_DEPTH:
        raise RecursionError("schema nests deeper than the payload builder follows")
    if "$ref" in schema:
        return example_for(document, resolve(document, schema["$ref"]), depth + 1)
    for combinator in ("oneOf", "anyOf"):
        if combinator in schema:
            options = [o for o in schema[combinator] if o.get("type") != "null"]
            return example_for(document, options[0], depth + 1)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged.update(example_for(document, part, depth + 1))
        return merged
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type", "object" if "properties" in schema else None)
    if kind == "object":
        properties = schema.get("properties", {})
        value = {name: example_for(document, sub, depth + 1) for name, sub in properties.items()}
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            value["extra_key"] = example_for(document, extra, depth + 1)
        elif not properties:
            value["genre"] = "documentary"  # a free-form object, such as metadata
        return value
    if kind == "array":
        return [example_for(document, schema.get("items", {}), depth + 1)]
    if kind == "string":
        return STRING_FORMATS.get(schema.get("format", ""), "text")
    if kind == "integer":
        return 3
    if kind == "number":
        return 0.5
    if kind == "boolean":
        return True
    return "any"
