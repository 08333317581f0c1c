"""What changed between two Pinecone API versions, computed from the specs that ship with the package.

Every generated surface carries its spec (without prose) as ``openapi.json`` beside
its code; this module compares two versions' specs operation by operation::

    >>> from pinecone_versioned.diff import diff_versions, render_text
    >>> change = diff_versions("2025-01", "2025-04")                  # doctest: +SKIP
    >>> print(render_text(change))                                    # doctest: +SKIP

An operation is identified by its surface, HTTP method and path (path parameter
names ignored), so a renamed ``operationId`` shows as a change of that operation.
For each operation both versions have, the parameters and the request and
response bodies are flattened to dotted field paths (``spec.serverless.cloud``,
``vectors[].values``) and compared: fields added or removed, a changed type, a
changed requiredness and enum values added or removed. A field added or removed
with everything under it counts once, at its top.

``specs`` lets a caller pass spec documents directly (``{version: {surface: dict}}``),
e.g. to compare a synthetic release or specs that are not generated yet.
``python -m pinecone_versioned.diff --write-docs`` writes ``docs/compatibility.md``
from the same data.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, field
from importlib import resources
from typing import Any, Literal

from pinecone_versioned_gen import API_VERSIONS, registry

Spec = Mapping[str, Any]
SpecsByVersion = Mapping[str, Mapping[str, Spec]]  # version -> surface -> OpenAPI document

ChangeKind = Literal["added", "removed", "type", "required", "enum_added", "enum_removed", "operation_id", "media"]

SPEC_RESOURCE = "openapi.json"  # written by codegen beside each surface package
VERSION_HEADER = "x-pinecone-api-version"  # declared as a parameter by some specs, sent by the client itself
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@dataclass(frozen=True, slots=True)
class OperationRef:
    """One operation of one surface, as a version's spec names it."""

    surface: str
    operation_id: str
    method: str  # upper case
    path: str

    def label(self) -> str:
        return f"{self.surface} {self.operation_id} ({self.method} {self.path})"


@dataclass(frozen=True, slots=True)
class Change:
    """One difference inside an operation both versions have."""

    part: str  # "parameter", "request" or "response <status>"
    name: str  # "query namespace", a dotted field path, or "" for the whole body
    kind: ChangeKind
    old: str | None = None
    new: str | None = None

    def describe(self) -> str:
        where = f"{self.part} {self.name}".strip()
        if self.kind in ("added", "removed"):
            what = self.kind + (f" ({self.new or self.old})" if (self.new or self.old) else "")
        elif self.kind == "enum_added":
            what = f"enum values added: {self.new}"
        elif self.kind == "enum_removed":
            what = f"enum values removed: {self.old}"
        elif self.kind == "required":
            what = f"{self.old} -> {self.new}"
        else:
            what = f"{self.kind.replace('_', ' ')} {self.old} -> {self.new}"
        return f"{where}: {what}"


@dataclass(frozen=True, slots=True)
class OperationChanges:
    operation: OperationRef  # as the newer version names it
    changes: tuple[Change, ...]


@dataclass(frozen=True, slots=True)
class VersionDiff:
    """What changed from API version ``old`` to ``new``."""

    old: str
    new: str
    surfaces_added: tuple[str, ...] = ()
    surfaces_removed: tuple[str, ...] = ()
    added: tuple[OperationRef, ...] = ()
    removed: tuple[OperationRef, ...] = ()
    changed: tuple[OperationChanges, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.surfaces_added or self.surfaces_removed or self.added or self.removed or self.changed)

    def to_json(self) -> dict[str, Any]:
        """Plain data for ``json.dumps`` (what ``pinecone-versioned diff --json`` prints)."""
        return asdict(self)


# --- loading specs -----------------------------------------------------------------


@functools.cache
def shipped_spec(version: str, surface: str) -> Spec:
    """The spec of one surface of a generated version, as codegen shipped it."""
    package = registry.version(version).surfaces[surface].package
    text = (resources.files(package) / SPEC_RESOURCE).read_text(encoding="utf-8")
    loaded: Spec = json.loads(text)
    return loaded


def shipped_specs(version: str) -> dict[str, Spec]:
    """Every surface's spec of a generated version."""
    return {surface: shipped_spec(version, surface) for surface in registry.version(version).surfaces}


def _specs_of(version: str, specs: SpecsByVersion | None) -> Mapping[str, Spec]:
    if specs is not None and version in specs:
        return specs[version]
    if version not in API_VERSIONS:
        raise KeyError(f"API version {version!r} is not generated; generated: {', '.join(API_VERSIONS)}")
    return shipped_specs(version)


# --- flattening one spec's operations ----------------------------------------------


@dataclass(frozen=True, slots=True)
class _Field:
    type: str
    required: bool
    enum: frozenset[str] = frozenset()


@dataclass
class _Operation:
    ref: OperationRef
    parts: dict[str, dict[str, _Field]] = field(default_factory=dict)  # part -> name -> field
    media: dict[str, str] = field(default_factory=dict)  # part -> media types


def _enum_values(schema: Mapping[str, Any]) -> frozenset[str]:
    """Allowed values, closed (``enum``) or open (``x-enum``, as 2025-10 writes them): the same values either way."""
    return frozenset(str(value) for value in (*(schema.get("enum") or ()), *(schema.get("x-enum") or ())))


def _route_key(surface: str, method: str, path: str) -> tuple[str, str, str]:
    return surface, method, re.sub(r"{[^}]*}", "{}", path)


def operations_of(surface: str, spec: Spec) -> dict[tuple[str, str, str], OperationRef]:
    """The operations of one spec, by (surface, METHOD, path with parameter names blanked)."""
    found = {}
    for path, item in (spec.get("paths") or {}).items():
        for method in _METHODS:
            if isinstance(item.get(method), Mapping):
                ref = OperationRef(surface, str(item[method].get("operationId", "")), method.upper(), path)
                found[_route_key(surface, ref.method, path)] = ref
    return found


class _Flattener:
    """Turns one operation's parameters and bodies into ``{dotted path: _Field}``, resolving local $refs."""

    def __init__(self, spec: Spec) -> None:
        self._spec = spec

    def resolve(self, schema: Any) -> Any:
        seen: set[str] = set()
        while isinstance(schema, Mapping) and "$ref" in schema and schema["$ref"] not in seen:
            seen.add(schema["$ref"])
            target: Any = self._spec
            for token in schema["$ref"].removeprefix("#/").split("/"):
                target = target[token.replace("~1", "/").replace("~0", "~")]
            schema = target
        return schema

    def type_of(self, schema: Any) -> str:
        schema = self.resolve(schema)
        if not isinstance(schema, Mapping):
            return "any"
        for combinator in ("oneOf", "anyOf"):
            if combinator in schema:
                return f"{combinator}[{' | '.join(sorted(self.type_of(s) for s in schema[combinator]))}]"
        if "allOf" in schema:
            types = {self.type_of(s) for s in schema["allOf"]}
            return types.pop() if len(types) == 1 else f"allOf[{' & '.join(sorted(types))}]"
        kind = schema.get("type") or ("object" if "properties" in schema else "any")
        label = f"{kind}({schema['format']})" if "format" in schema else str(kind)
        return label + ("?" if schema.get("nullable") else "")

    def fields(self, schema: Any, path: str, required: bool) -> Iterator[tuple[str, _Field]]:
        yield from self._walk(schema, path, required, frozenset())

    def _walk(self, schema: Any, path: str, required: bool, refs: frozenset[str]) -> Iterator[tuple[str, _Field]]:
        ref = schema.get("$ref") if isinstance(schema, Mapping) else None
        if ref in refs:  # a recursive schema (e.g. a filter): compare it once
            yield path, _Field(f"recursive {ref.rsplit('/', 1)[-1]}", required)
            return
        refs = refs | {ref} if ref else refs
        resolved = self.resolve(schema)
        if not isinstance(resolved, Mapping):
            yield path, _Field("any", required)
            return
        enum = _enum_values(resolved)
        yield path, _Field(self.type_of(resolved), required, enum)
        # allOf parts add their fields and required names; each oneOf/anyOf variant its own fields.
        properties: dict[str, tuple[Any, bool]] = {}
        merged = [resolved, *(self.resolve(p) for p in resolved.get("allOf", ()))]
        merged_required = {n for p in merged if isinstance(p, Mapping) for n in p.get("required") or ()}
        variants = [self.resolve(p) for p in (*resolved.get("oneOf", ()), *resolved.get("anyOf", ()))]
        for part in merged + variants:
            if isinstance(part, Mapping):
                wanted = merged_required if part in merged else set(part.get("required") or ())
                for name, sub in (part.get("properties") or {}).items():
                    properties.setdefault(name, (sub, name in wanted))
        prefix = f"{path}." if path else ""
        for name, (sub, is_required) in properties.items():
            yield from self._walk(sub, prefix + name, is_required, refs)
        if isinstance(resolved.get("additionalProperties"), Mapping):
            yield from self._walk(resolved["additionalProperties"], f"{prefix}*", False, refs)
        if "items" in resolved:
            yield from self._walk(resolved["items"], f"{path}[]", True, refs)

    def operation(self, ref: OperationRef, path_item: Mapping[str, Any]) -> _Operation:
        spec = path_item[ref.method.lower()]
        flat = _Operation(ref)
        parameters: dict[str, _Field] = {}
        for parameter in (*path_item.get("parameters", ()), *spec.get("parameters", ())):
            parameter = self.resolve(parameter)
            schema = self.resolve(parameter.get("schema", {}))
            if str(parameter.get("name", "")).lower() == VERSION_HEADER:
                continue  # the client always sends it; not something a caller passes
            enum = _enum_values(schema) if isinstance(schema, Mapping) else frozenset()
            # Path parameters are keyed by position: a renamed placeholder is the same parameter.
            name = parameter["name"] if parameter.get("in") != "path" else self._path_slot(ref.path, parameter["name"])
            parameters[f"{parameter.get('in')} {name}"] = _Field(
                self.type_of(schema), bool(parameter.get("required")), enum
            )
        flat.parts["parameter"] = parameters
        body = self.resolve(spec.get("requestBody"))
        if isinstance(body, Mapping):
            flat.parts["request"], flat.media["request"] = self._content(body, bool(body.get("required")))
        for status, response in (spec.get("responses") or {}).items():
            response = self.resolve(response)
            part = f"response {status}"
            flat.parts[part], flat.media[part] = self._content(response, True)
        return flat

    @staticmethod
    def _path_slot(path: str, name: str) -> str:
        slots = re.findall(r"{([^}]*)}", path)
        return f"{{{slots.index(name)}}}" if name in slots else name

    def _content(self, holder: Mapping[str, Any], required: bool) -> tuple[dict[str, _Field], str]:
        content = holder.get("content") or {}
        fields: dict[str, _Field] = {}
        for media in content.values():  # the first media type with a schema describes the body
            if isinstance(media, Mapping) and "schema" in media:
                fields = dict(self.fields(media["schema"], "", required))
                break
        return fields, ", ".join(sorted(content))


def _flatten(surface: str, spec: Spec) -> dict[tuple[str, str, str], _Operation]:
    flattener = _Flattener(spec)
    paths = spec.get("paths") or {}
    return {key: flattener.operation(ref, paths[ref.path]) for key, ref in operations_of(surface, spec).items()}


# --- comparing -----------------------------------------------------------------------


def _compare_fields(part: str, old: Mapping[str, _Field], new: Mapping[str, _Field]) -> Iterator[Change]:
    def under(name: str, names: set[str]) -> bool:
        """Whether ``name`` lies inside another name of ``names`` (then that one is reported instead)."""
        return any(name != other and _inside(name, other) for other in names)

    removed = set(old) - set(new)
    added = set(new) - set(old)
    for name in sorted(removed):
        if not under(name, removed):
            yield Change(part, name, "removed", old=old[name].type)
    for name in sorted(added):
        if not under(name, added):
            yield Change(part, name, "added", new=new[name].type)
    for name in sorted(set(old) & set(new)):
        before, after = old[name], new[name]
        if before.type != after.type:
            yield Change(part, name, "type", before.type, after.type)
        if before.required != after.required:
            yield Change(part, name, "required", _requiredness(before), _requiredness(after))
        if after.enum - before.enum and before.enum:
            yield Change(part, name, "enum_added", new=", ".join(sorted(after.enum - before.enum)))
        if before.enum - after.enum and after.enum:
            yield Change(part, name, "enum_removed", old=", ".join(sorted(before.enum - after.enum)))
        if bool(before.enum) != bool(after.enum):  # a field that became free-form, or constrained
            yield Change(
                part,
                name,
                "enum_removed" if before.enum else "enum_added",
                old=", ".join(sorted(before.enum)) or None,
                new=", ".join(sorted(after.enum)) or None,
            )


def _inside(name: str, parent: str) -> bool:
    if parent == "":
        return True
    return name.startswith((parent + ".", parent + "[]"))


def _requiredness(f: _Field) -> str:
    return "required" if f.required else "optional"


def _compare_operation(old: _Operation, new: _Operation) -> tuple[Change, ...]:
    changes: list[Change] = []
    if old.ref.operation_id != new.ref.operation_id:
        changes.append(Change("operation", "", "operation_id", old.ref.operation_id, new.ref.operation_id))
    for part in _ordered_parts(old.parts, new.parts):
        if part not in old.parts:
            changes.append(Change(part, "", "added", new=new.media.get(part) or None))
        elif part not in new.parts:
            changes.append(Change(part, "", "removed", old=old.media.get(part) or None))
        else:
            if old.media.get(part, "") != new.media.get(part, ""):
                changes.append(Change(part, "", "media", old.media.get(part), new.media.get(part)))
            changes.extend(_compare_fields(part, old.parts[part], new.parts[part]))
    return tuple(changes)


def _ordered_parts(*parts: Mapping[str, Any]) -> list[str]:
    names = {name for p in parts for name in p}
    return sorted(names, key=lambda name: (name != "parameter", name != "request", name))


def diff_versions(old: str, new: str, specs: SpecsByVersion | None = None) -> VersionDiff:
    """What changed from API version ``old`` to ``new``: from ``specs`` where given, else the shipped specs."""
    old_specs, new_specs = _specs_of(old, specs), _specs_of(new, specs)
    before = {key: op for surface, spec in old_specs.items() for key, op in _flatten(surface, spec).items()}
    after = {key: op for surface, spec in new_specs.items() for key, op in _flatten(surface, spec).items()}
    changed = []
    for key in sorted(before.keys() & after.keys()):
        changes = _compare_operation(before[key], after[key])
        if changes:
            changed.append(OperationChanges(after[key].ref, changes))
    return VersionDiff(
        old,
        new,
        surfaces_added=tuple(sorted(new_specs.keys() - old_specs.keys())),
        surfaces_removed=tuple(sorted(old_specs.keys() - new_specs.keys())),
        added=tuple(after[key].ref for key in sorted(after.keys() - before.keys())),
        removed=tuple(before[key].ref for key in sorted(before.keys() - after.keys())),
        changed=tuple(changed),
    )


# --- rendering -------------------------------------------------------------------------


def render_text(diff: VersionDiff) -> str:
    """A readable report: one line per added or removed operation and per change of a shared one."""
    lines = [f"API {diff.old} -> {diff.new}"]
    if diff.surfaces_added:
        lines.append(f"surfaces added: {', '.join(diff.surfaces_added)}")
    if diff.surfaces_removed:
        lines.append(f"surfaces removed: {', '.join(diff.surfaces_removed)}")
    for title, mark, refs in (("added", "+", diff.added), ("removed", "-", diff.removed)):
        if refs:
            lines.append(f"operations {title} ({len(refs)}):")
            lines += [f"  {mark} {ref.label()}" for ref in refs]
    if diff.changed:
        lines.append(f"operations changed ({len(diff.changed)}):")
        for entry in diff.changed:
            lines.append(f"  ~ {entry.operation.label()}")
            lines += [f"      {change.describe()}" for change in entry.changes]
    if diff.empty:
        lines.append("no changes")
    return "\n".join(lines) + "\n"


def render_json(diff: VersionDiff) -> str:
    return json.dumps(diff.to_json(), indent=2) + "\n"


def consecutive_diffs(versions: tuple[str, ...] = API_VERSIONS) -> list[VersionDiff]:
    """The diff of every pinned version against the one before it, oldest first."""
    return [diff_versions(old, new) for old, new in itertools.pairwise(versions)]


# --- the compatibility page ---------------------------------------------------------------

DOCS_PATH = "docs/compatibility.md"


def _markdown_changes(diff: VersionDiff) -> list[str]:
    lines = [f"### {diff.new} (from {diff.old})", ""]
    if diff.surfaces_added:
        lines.append(f"Surfaces added: {', '.join(f'`{s}`' for s in diff.surfaces_added)}.")
    if diff.surfaces_removed:
        lines.append(f"Surfaces removed: {', '.join(f'`{s}`' for s in diff.surfaces_removed)}.")
    for title, refs in (("Operations added", diff.added), ("Operations removed", diff.removed)):
        if refs:
            lines += ["", f"{title}:", ""]
            lines += [f"- `{r.surface}` `{r.operation_id}` (`{r.method} {r.path}`)" for r in refs]
    if diff.changed:
        lines += ["", "Operations changed:", ""]
        for entry in diff.changed:
            ref = entry.operation
            lines.append(f"- `{ref.surface}` `{ref.operation_id}` (`{ref.method} {ref.path}`)")
            lines += [f"  - {change.describe()}" for change in entry.changes]
    if diff.empty:
        lines.append("No changes.")
    return [*lines, ""]


def compatibility_page() -> str:
    """``docs/compatibility.md``: every operation by version, and what changed in each release."""
    from pinecone_versioned._capabilities import matrix
    from pinecone_versioned._config import default_api_version
    from pinecone_versioned_gen import STATUS

    default = default_api_version()
    lines = [
        "# API compatibility",
        "",
        "<!-- Generated by `python -m pinecone_versioned.diff --write-docs` from the specs shipped in",
        "pinecone_versioned_gen; do not edit. A test fails when this page and the specs disagree. -->",
        "",
        "## Versions",
        "",
        "| API version | status |",
        "| --- | --- |",
        *(f"| {v} | {STATUS[v]}{' (default)' if v == default else ''} |" for v in API_VERSIONS),
        "",
        "## Operations by version",
        "",
        "A cell names the client method that wraps the operation; `call` means it is reachable",
        "through `client.call(...)` / `client.operations.<surface>.<operation>(...)` only; `-` that",
        "the version lacks it. Rows are routes, named by their newest operationId.",
    ]
    rows = matrix()
    for surface in sorted({row.surface for row in rows}):
        lines += ["", f"### {surface}", "", f"| operation | {' | '.join(API_VERSIONS)} |"]
        lines.append("| --- |" + " --- |" * len(API_VERSIONS))
        for row in rows:
            if row.surface == surface:
                marks = ("-" if c is None else f"`{c}`" if c else "call" for c in row.versions.values())
                lines.append(f"| `{row.operation_id}` | {' | '.join(marks)} |")
    lines += ["", "## What changed in each release", ""]
    for diff in reversed(consecutive_diffs()):
        lines += _markdown_changes(diff)
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    """``python -m pinecone_versioned.diff A B [--json]``, or ``--write-docs`` / ``--check-docs [PATH]``."""
    import argparse
    import sys
    from pathlib import Path

    parser = argparse.ArgumentParser(prog="python -m pinecone_versioned.diff")
    parser.add_argument("versions", nargs="*", help="OLD NEW: the two API versions to compare")
    parser.add_argument("--json", action="store_true", help="print the diff as JSON")
    parser.add_argument("--write-docs", nargs="?", const=DOCS_PATH, metavar="PATH", help=f"write {DOCS_PATH}")
    parser.add_argument("--check-docs", nargs="?", const=DOCS_PATH, metavar="PATH", help="fail if PATH is stale")
    args = parser.parse_args(argv)
    if args.write_docs:
        Path(args.write_docs).parent.mkdir(parents=True, exist_ok=True)
        Path(args.write_docs).write_text(compatibility_page(), encoding="utf-8")
        return 0
    if args.check_docs:
        current = Path(args.check_docs).read_text(encoding="utf-8") if Path(args.check_docs).exists() else ""
        if current != compatibility_page():
            print(f"{args.check_docs} is stale: run python -m pinecone_versioned.diff --write-docs", file=sys.stderr)
            return 1
        return 0
    if len(args.versions) != 2:
        parser.error("give two API versions, OLD NEW (or --write-docs)")
    result = diff_versions(*args.versions)
    sys.stdout.write(render_json(result) if args.json else render_text(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
