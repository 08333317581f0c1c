"""Named transforms applied to an in-memory copy of a spec before generation.

Each patch is a small function registered with ``@patch``; its docstring is the
one-line reason it exists. Patches run in the order they are declared. Data-only
corrections (names) live in ``openapi/patches.toml``.
"""

from __future__ import annotations

import copy
import functools
import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from codegen.pins import REPO_ROOT

PATCHES_PATH = REPO_ROOT / "openapi" / "patches.toml"

Json = dict[str, Any]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Keys whose value is a map from user-chosen names to objects: the names are
# data (a property may well be called "description"), so they are never stripped.
NAME_KEYED_MAPS = frozenset(
    {
        "properties",
        "paths",
        "schemas",
        "responses",
        "content",
        "mapping",
        "variables",
        "headers",
        "securitySchemes",
        "requestBodies",
        "parameters",
        "encoding",
        "links",
        "callbacks",
        "patternProperties",
    }
)
# Keys whose value is literal data, not spec structure.
LITERAL_KEYS = frozenset({"default", "enum", "x-enum", "const", "required"})
# Pinecone's prose and sample data: none of it may reach the generated code.
PROSE_KEYS = frozenset({"description", "summary", "title", "example", "examples", "externalDocs"})


@dataclass(frozen=True)
class SpecContext:
    version: str  # "2025-04"
    surface: str  # "db_control"


Patch = Callable[[Json, SpecContext], None]
PATCHES: list[Patch] = []

# Root key under which `pin_discriminator_values` lists the enums it made; the
# generator keeps those strict (every other string enum accepts new values).
STRICT_ENUMS_KEY = "x-strict-enums"


def patch(fn: Patch) -> Patch:
    PATCHES.append(fn)
    return fn


def normalise(document: Json, ctx: SpecContext) -> Json:
    """Return a patched deep copy of ``document``; the input is left untouched."""
    result = copy.deepcopy(document)
    for fn in PATCHES:
        fn(result, ctx)
    return result


@functools.cache
def _patch_data() -> Json:
    return tomllib.loads(PATCHES_PATH.read_text(encoding="utf-8"))


# --- walking helpers ---------------------------------------------------------


def operations(document: Json) -> Iterator[tuple[str, str, Json]]:
    """Yield (method, path, operation) for every operation of the document."""
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield method, path, item[method]


def _objects(node: Any, name_keyed: bool = False) -> Iterator[tuple[Json, bool]]:
    """Yield every dict below ``node`` with whether its keys are names (parents first).

    Literal values (defaults, enums, ...) are not descended into; in a name-keyed
    map such as ``properties`` every key is a name, so a property called
    ``default`` or ``description`` is walked like any other.
    """
    if isinstance(node, dict):
        yield node, name_keyed
        for key, value in node.items():
            if name_keyed:
                yield from _objects(value)
            elif key not in LITERAL_KEYS:
                yield from _objects(value, name_keyed=key in NAME_KEYED_MAPS)
    elif isinstance(node, list):
        for item in node:
            yield from _objects(item)


def schema_nodes(document: Json) -> list[Json]:
    """Every spec object (not name-keyed map) below ``document``."""
    return [node for node, name_keyed in _objects(document) if not name_keyed]


def resolve(document: Json, ref: str) -> Json:
    node: Any = document
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return node  # type: ignore[no-any-return]


def _pascal(text: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", text) if part)


# --- the patches -------------------------------------------------------------


@patch
def strip_prose(document: Json, ctx: SpecContext) -> None:
    """Descriptions, summaries, titles and examples are Pinecone's words; we ship none of them."""

    for node in schema_nodes(document):
        for key in PROSE_KEYS & node.keys():
            del node[key]
    # OpenAPI requires these two fields; they get our own neutral text.
    document.setdefault("info", {})["title"] = f"pinecone {ctx.surface} {ctx.version}"
    response_maps = [op.get("responses", {}) for _m, _p, op in operations(document)]
    response_maps.append(document.get("components", {}).get("responses", {}))
    for responses in response_maps:
        for response in responses.values():
            if "$ref" not in response:
                response["description"] = ""


@patch
def state_method_and_path(document: Json, ctx: SpecContext) -> None:
    """Generated docstrings name the HTTP method, path and API version (our words, not the spec's)."""
    for method, path, operation in operations(document):
        operation["summary"] = f"{method.upper()} {path} (Pinecone API {ctx.version}, {ctx.surface})."


@patch
def drop_api_version_header(document: Json, ctx: SpecContext) -> None:
    """From 2025-10 every operation declares the version header; the runtime sets it once per client."""

    def is_version_header(parameter: Json) -> bool:
        if "$ref" in parameter:
            parameter = resolve(document, parameter["$ref"])
        return parameter.get("in") == "header" and parameter.get("name", "").lower() == "x-pinecone-api-version"

    for item in document.get("paths", {}).values():
        for holder in [item, *(item[m] for m in HTTP_METHODS if m in item)]:
            if "parameters" in holder:
                holder["parameters"] = [p for p in holder["parameters"] if not is_version_header(p)]
                if not holder["parameters"]:
                    del holder["parameters"]


@patch
def x_enum_to_enum(document: Json, ctx: SpecContext) -> None:
    """2025-10 lists allowed values in `x-enum`; make them enums as in earlier versions."""
    for node in schema_nodes(document):
        if "x-enum" in node:
            node["enum"] = node.pop("x-enum")


@patch
def drop_required_only_one_of(document: Json, ctx: SpecContext) -> None:
    """A `oneOf` of bare `required` lists is a validation rule; as a type it turns `spec` into Any."""
    for node in schema_nodes(document):
        variants = node.get("oneOf")
        if variants and all(set(v) == {"required"} for v in variants):
            del node["oneOf"]


@patch
def pin_discriminator_values(document: Json, ctx: SpecContext) -> None:
    """The generator tries `oneOf` variants in order; a one-value enum makes only the right one parse."""
    for node in schema_nodes(document):
        discriminator = node.get("discriminator")
        if discriminator is None:
            continue
        mapping = discriminator.get("mapping")
        if not mapping or "oneOf" not in node:
            # A discriminator without variants to choose from constrains nothing.
            del node["discriminator"]
            continue
        prop = discriminator["propertyName"]
        for value, ref in mapping.items():
            variant = resolve(document, ref)
            # Named after the value (e.g. DenseVectorType), shared by unions that use the same one.
            enum_name = _pascal(value) + _pascal(prop)
            document.setdefault(STRICT_ENUMS_KEY, [])
            if enum_name not in document[STRICT_ENUMS_KEY]:
                document[STRICT_ENUMS_KEY].append(enum_name)
            variant.setdefault("properties", {})[prop] = add_component(
                document, enum_name, {"type": "string", "enum": [value]}
            )
            if prop not in variant.setdefault("required", []):
                variant["required"].append(prop)
        # The generator does not read the mapping itself.
        del node["discriminator"]


@patch
def json_body_only(document: Json, ctx: SpecContext) -> None:
    """The oauth token request offers a form body beside JSON; the form variant breaks the module."""
    for _method, _path, operation in operations(document):
        content = operation.get("requestBody", {}).get("content", {})
        if "application/json" in content:
            content.pop("application/x-www-form-urlencoded", None)


def add_component(document: Json, name: str, schema: Json) -> Json:
    """Register ``schema`` as component ``name`` (sharing an identical one) and return a $ref to it."""
    components = document.setdefault("components", {}).setdefault("schemas", {})
    if name in components and components[name] != schema:
        raise ValueError(f"component schema {name} already exists with another shape")
    components[name] = schema
    return {"$ref": f"#/components/schemas/{name}"}


def _step(node: Json, segment: str) -> tuple[Any, str | int]:
    """The container and key that one segment of a hoist location names below ``node``."""
    if segment in ("items", "additionalProperties"):
        return node, segment
    if segment.isdigit():
        raise ValueError("an index must follow oneOf/anyOf/allOf")
    return node.get("properties", {}), segment


@patch
def ndjson_body_as_bytes(document: Json, ctx: SpecContext) -> None:
    """The generator cannot encode NDJSON; the body becomes bytes, encoded by `_runtime.ndjson`."""
    for _method, _path, operation in operations(document):
        media = operation.get("requestBody", {}).get("content", {}).get("application/x-ndjson")
        if media is not None:
            media["schema"] = {"type": "string", "format": "binary"}


@patch
def name_stream_schemas(document: Json, ctx: SpecContext) -> None:
    """Inline server-sent-event chunk schemas are not generated; as components they become models."""
    for method, path, operation in operations(document):
        name = _patch_data()["stream_schemas"].get(f"{method.upper()} {path}")
        for response in operation.get("responses", {}).values():
            media = response.get("content", {}).get("text/event-stream")
            if name and media and "$ref" not in media.get("schema", {"$ref": ""}):
                media["schema"] = add_component(document, name, media["schema"])


@patch
def hoist_named_schemas(document: Json, ctx: SpecContext) -> None:
    """Give long or clashing inline schemas a readable component name (openapi/patches.toml)."""
    components = document.get("components", {}).get("schemas", {})
    for location, name in _patch_data()["hoist"].items():
        root, *segments = location.split("/")
        if root not in components:
            continue
        container: Any = None
        key: str | int = root
        node: Any = components[root]
        index = 0
        while index < len(segments) and isinstance(node, dict):
            segment = segments[index]
            if segment in ("oneOf", "anyOf", "allOf"):
                container, key = node.get(segment, []), int(segments[index + 1])
                index += 2
                node = container[key] if key < len(container) else None
            else:
                container, key = _step(node, segment)
                index += 1
                node = container.get(key)
        if index == len(segments) and isinstance(node, dict) and "$ref" not in node:
            container[key] = add_component(document, name, node)


@patch
def allow_null(document: Json, ctx: SpecContext) -> None:
    """Fields Pinecone sends as null though the spec omits it (openapi/patches.toml [nullable])."""
    components = document.get("components", {}).get("schemas", {})
    for location in _patch_data()["nullable"]["fields"]:
        root, *segments = location.split("/")
        node = components.get(root)
        for segment in segments:
            if not isinstance(node, dict):
                break
            if "$ref" in node:
                node = resolve(document, node["$ref"])
            node = node.get(segment) if segment == "items" else node.get("properties", {}).get(segment)
        if isinstance(node, dict):
            # The generator cannot make an enum nullable; a nullable string keeps every value.
            node.pop("enum", None)
            node["nullable"] = True


@patch
def free_form_objects_as_dicts(document: Json, ctx: SpecContext) -> None:
    """A property that is an object of any keys (metadata, filters) is a plain dict, not an empty model."""
    for node in schema_nodes(document):
        for name, schema in node.get("properties", {}).items():
            if _is_free_form(schema):
                # A schema without a type is generated as Any: the decoded JSON object, as it came.
                node["properties"][name] = {key: schema[key] for key in ("nullable",) if key in schema}


def _is_free_form(schema: Json) -> bool:
    extra = schema.get("additionalProperties", True)
    return (
        schema.get("type") == "object"
        and not schema.get("properties")
        and not any(key in schema for key in ("oneOf", "anyOf", "allOf", "$ref"))
        and (extra is True or extra == {})
    )


@patch
def keep_unknown_fields(document: Json, ctx: SpecContext) -> None:
    """A closed object (`additionalProperties: false`) would drop fields a later service release adds."""
    for node in schema_nodes(document):
        if node.get("additionalProperties") is False:
            del node["additionalProperties"]


@patch
def add_undocumented_fields(document: Json, ctx: SpecContext) -> None:
    """Fields Pinecone sends that the spec does not list (openapi/patches.toml [undocumented])."""
    components = document.get("components", {}).get("schemas", {})
    for location, schema in _patch_data()["undocumented"].items():
        component, name = location.split("/")
        node = components.get(component)
        if isinstance(node, dict) and name not in node.get("properties", {}):
            node.setdefault("properties", {})[name] = dict(schema)
