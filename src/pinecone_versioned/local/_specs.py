"""Pinecone's OpenAPI specs as the server's routing table, validator and shaper.

By default the specs come from the generated package, which ships each pinned
surface's spec (its facts, without prose) beside its code, so an installed
server needs nothing else. A spec directory laid out as
``<version>/<file>.oas.yaml`` (the mirror of Pinecone's spec repository) may be
given instead, to serve specs that are not generated yet; there every version
folder holding a control plane and a data plane file is a version the server speaks. From each file the
server takes: the routes (method and path template), the parameters to parse,
the schemas to validate requests and its own responses against (strict mode),
and the response schemas it trims its answers to, so that each version sees only
the fields that version defines.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from jsonschema.exceptions import ValidationError
from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

import pinecone_versioned_gen
from pinecone_versioned_gen import registry

from ._errors import bad_request

SPEC_RESOURCE = "openapi.json"  # the file codegen writes beside each surface package

SPEC_DIR_ENV = "PINECONE_OPENAPI_SPECS"
SURFACES_BY_PREFIX = {"control": "db_control", "data": "db_data"}
_METHODS = ("get", "post", "put", "patch", "delete")
_SCALARS = frozenset({"number", "integer", "string", "boolean"})
_VERSION_DIR = re.compile(r"^\d{4}-\d{2}(?:\.[a-z]+\d*)?$")  # "2025-10", "2026-01.alpha"


def find_spec_dir(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The spec directory to serve: the argument, else $PINECONE_OPENAPI_SPECS, else None (the shipped specs)."""
    if explicit is not None:
        return Path(explicit)
    if env := os.environ.get(SPEC_DIR_ENV):
        return Path(env)
    return None


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


@dataclass(frozen=True)
class Operation:
    """One route of one surface of one version."""

    surface: str
    method: str
    template: str
    pattern: re.Pattern[str]
    pointer: str  # JSON pointer of the operation object inside its document
    spec: Mapping[str, Any]

    @property
    def operation_id(self) -> str:
        return str(self.spec.get("operationId", ""))


def _compile(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{([^}]+)\}", template)
    regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>[^/]+)" for i, p in enumerate(parts))
    return re.compile(f"^{regex}$")


@dataclass
class SurfaceSpec:
    """One spec document, with its routes and cached validators."""

    name: str
    uri: str
    doc: Mapping[str, Any]
    operations: list[Operation] = field(default_factory=list)
    _validators: dict[str, OAS30Validator] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for template, item in self.doc.get("paths", {}).items():
            for method in _METHODS:
                if method in item:
                    pointer = f"/paths/{_escape(template)}/{method}"
                    self.operations.append(
                        Operation(self.name, method.upper(), template, _compile(template), pointer, item[method])
                    )
        # Literal routes first, so /indexes/create-for-model wins over /indexes/{index_name}.
        self.operations.sort(key=lambda op: op.template.count("{"))
        resource: Resource[Any] = Resource.from_contents(dict(self.doc), default_specification=DRAFT4)
        self._registry: Registry[Any] = Registry().with_resource(self.uri, resource)

    def deref(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """Follow local $refs until a schema object."""
        while "$ref" in schema:
            node: Any = self.doc
            for token in str(schema["$ref"]).lstrip("#/").split("/"):
                node = node[token.replace("~1", "/").replace("~0", "~")]
            schema = node
        return schema

    def validator(self, pointer: str) -> OAS30Validator:
        """A validator for the schema at a JSON pointer of this document."""
        if pointer not in self._validators:
            self._validators[pointer] = OAS30Validator({"$ref": f"{self.uri}#{pointer}"}, registry=self._registry)
        return self._validators[pointer]

    def check(self, pointer: str, value: Any) -> str | None:
        """None if ``value`` conforms to the schema at ``pointer``, else a short reason."""
        try:
            error: ValidationError | None = next(iter(self.validator(pointer).iter_errors(value)), None)
        except TypeError:
            # openapi-schema-validator fails this way on a discriminator property holding a list or object.
            return "a discriminator property holds a value that is not a string"
        if error is None:
            return None
        where = "/".join(str(p) for p in error.absolute_path) or "(root)"
        return f"{where}: {error.message[:300]}"

    def shape(self, schema: Mapping[str, Any], value: Any) -> Any:
        """Keep only what ``schema`` defines (recursively); free-form objects are kept whole."""
        schema = self.deref(schema)
        if isinstance(value, list) and "items" in schema:
            items = self.deref(schema["items"])
            if items.get("type") in _SCALARS and "properties" not in items:
                return value  # a vector's values: nothing inside to trim, and walking them costs per float
            return [self.shape(items, v) for v in value]
        if not isinstance(value, dict):
            return value
        props: dict[str, Any] = dict(schema.get("properties", {}))
        for part in schema.get("allOf", []):
            props.update(self.deref(part).get("properties", {}))
        for key in ("oneOf", "anyOf"):
            for branch in map(self.deref, schema.get(key, [])):
                if set(branch.get("required", [])) <= value.keys():
                    return self.shape(branch, value)
        extra = schema.get("additionalProperties")
        if not props and not isinstance(extra, Mapping):
            return value
        out: dict[str, Any] = {}
        for key, item in value.items():
            if key in props:
                out[key] = self.shape(props[key], item)
            elif isinstance(extra, Mapping):
                out[key] = self.shape(extra, item)
            elif extra is True:
                out[key] = item
        return out


def _body_pointer(op: Operation) -> str | None:
    content = op.spec.get("requestBody", {}).get("content", {})
    if "application/json" not in content:
        return None
    return f"{op.pointer}/requestBody/content/application~1json/schema"


@dataclass
class VersionSpec:
    """Everything one API version defines, by surface name."""

    version: str
    surfaces: dict[str, SurfaceSpec]

    def match(self, surface: str, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        """The operation serving ``method path`` on ``surface`` and its path parameters."""
        spec = self.surfaces.get(surface)
        if spec is None:
            return None
        for op in spec.operations:
            found = op.pattern.match(path)
            if found and op.method == method:
                return op, found.groupdict()
        return None

    def methods(self, surface: str, path: str) -> set[str]:
        """The methods ``surface`` defines for a concrete ``path``."""
        spec = self.surfaces.get(surface)
        return set() if spec is None else {op.method for op in spec.operations if op.pattern.match(path)}

    def parse_query(self, op: Operation, raw: Mapping[str, list[str]], strict: bool) -> dict[str, Any]:
        """Typed query parameters of ``op`` (required ones enforced; unknown ones refused in strict mode)."""
        params = {p["name"]: p for p in map(self.surfaces[op.surface].deref, op.spec.get("parameters", []))}
        out: dict[str, Any] = {}
        for name, param in params.items():
            if param.get("in") != "query":
                continue
            if name not in raw:
                if param.get("required"):
                    raise bad_request(f"missing required query parameter {name!r}")
                continue
            out[name] = _coerce(name, self.surfaces[op.surface].deref(param.get("schema", {})), raw[name])
        if strict:
            unknown = sorted(set(raw) - {n for n, p in params.items() if p.get("in") == "query"})
            if unknown:
                raise bad_request(f"unknown query parameter(s): {', '.join(unknown)}")
        return out

    def check_request(self, op: Operation, body: Any) -> None:
        """Raise a 400 if the body does not conform to the operation's request schema."""
        pointer = _body_pointer(op)
        if pointer is None:
            return
        reason = self.surfaces[op.surface].check(pointer, body)
        if reason is not None:
            raise bad_request(f"request body does not match the {self.version} schema: {reason}")

    def shape_request(self, op: Operation, body: Any) -> Any:
        """The request body with the fields this version does not define dropped."""
        pointer = _body_pointer(op)
        if pointer is None:
            return body
        surface = self.surfaces[op.surface]
        return surface.shape(op.spec["requestBody"]["content"]["application/json"]["schema"], body)

    def _response(self, op: Operation, status: int) -> tuple[str, Mapping[str, Any]] | None:
        responses = op.spec.get("responses", {})
        for key in (str(status), f"{status // 100}XX", "default"):
            if key in responses:
                return key, self.surfaces[op.surface].deref(responses[key])
        return None

    def shape_response(self, op: Operation, status: int, body: Any) -> Any:
        """The response body trimmed to the schema this version gives for ``status``."""
        found = self._response(op, status)
        if found is None or body is None:
            return body
        schema = found[1].get("content", {}).get("application/json", {}).get("schema")
        return body if schema is None else self.surfaces[op.surface].shape(schema, body)

    def check_response(self, op: Operation, status: int, body: Any) -> str | None:
        """None if the response conforms to the spec (undocumented statuses are not checked)."""
        found = self._response(op, status)
        if found is None:
            return None
        key, response = found
        if "application/json" not in response.get("content", {}):
            # Pinecone's errors carry a JSON body even where a spec documents none.
            return None if body is None or status >= 400 else f"status {status} has no body in the spec"
        if body is None:
            return f"status {status} needs a JSON body"
        pointer = f"{op.pointer}/responses/{key}"
        if "$ref" in op.spec["responses"][key]:
            pointer = str(op.spec["responses"][key]["$ref"]).lstrip("#")
        return self.surfaces[op.surface].check(f"{pointer}/content/application~1json/schema", body)


def _coerce(name: str, schema: Mapping[str, Any], values: list[str]) -> Any:
    kind = schema.get("type")
    if kind == "array":
        item_kind = schema.get("items", {}).get("type")
        return [_scalar(name, item_kind, v) for v in values]
    return _scalar(name, kind, values[-1])


def _scalar(name: str, kind: Any, text: str) -> Any:
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            return float(text)
    except ValueError:
        raise bad_request(f"query parameter {name!r} must be a {kind}") from None
    if kind == "boolean":
        if text not in ("true", "false"):
            raise bad_request(f"query parameter {name!r} must be true or false")
        return text == "true"
    return text


def _surface_name(filename: str, version: str) -> str | None:
    suffix = f"_{version}.oas.yaml"
    if not filename.endswith(suffix):
        return None
    stem = filename[: -len(suffix)]
    return SURFACES_BY_PREFIX.get(stem, stem)


@functools.lru_cache(maxsize=4)
def load_specs(spec_dir: str | None) -> dict[str, VersionSpec]:
    """Every version in ``spec_dir`` (None: the generated package) with both a db_control and a db_data spec."""
    if spec_dir is None:
        return _shipped_specs()
    root = Path(spec_dir)
    if not root.is_dir():
        raise FileNotFoundError(f"no OpenAPI spec directory at {root} (set {SPEC_DIR_ENV})")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    versions: dict[str, VersionSpec] = {}
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and _VERSION_DIR.match(p.name)):
        surfaces: dict[str, SurfaceSpec] = {}
        for file in sorted(folder.glob("*.oas.yaml")):
            name = _surface_name(file.name, folder.name)
            if name is not None:
                with file.open(encoding="utf-8") as handle:
                    doc = yaml.load(handle, Loader=loader)
                surfaces[name] = SurfaceSpec(name, f"urn:pinecone-spec:{folder.name}:{name}", doc)
        if {"db_control", "db_data"} <= surfaces.keys():
            versions[folder.name] = VersionSpec(folder.name, surfaces)
    if not versions:
        raise FileNotFoundError(f"no API version with db_control and db_data specs under {root}")
    return versions


def _shipped_specs() -> dict[str, VersionSpec]:
    """The specs generated into pinecone_versioned_gen, one JSON file per surface."""
    root = Path(pinecone_versioned_gen.__file__).parent
    versions: dict[str, VersionSpec] = {}
    for name, manifest in registry.versions().items():
        surfaces = {}
        for surface in manifest.surfaces.values():
            path = root.joinpath(*surface.package.split(".")[1:], SPEC_RESOURCE)
            doc = json.loads(path.read_bytes())
            surfaces[surface.name] = SurfaceSpec(surface.name, f"urn:pinecone-spec:{name}:{surface.name}", doc)
        versions[name] = VersionSpec(name, surfaces)
    return versions
