"""A synthetic upstream release: the newest pinned version's files, relabelled, with five known changes.

``build_release`` writes a spec directory laid out like upstream (every mirrored
version folder, plus the new one) and returns what it changed, so that tests of
``add-version``, ``diff`` and the facade can check each change by name.
"""

from __future__ import annotations

import copy
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from codegen.pins import load_pins

Json = dict[str, Any]


@dataclass(frozen=True)
class Change:
    kind: str  # "operation added", "operation removed", "request field removed", "response changed", "enum value added"
    surface: str
    operation_id: str
    detail: str = ""  # the field, status or enum value concerned


@dataclass(frozen=True)
class SyntheticRelease:
    spec_dir: Path  # upstream layout: the mirror's version folders and the new one
    version: str  # e.g. "2099-01" or "2099-01.alpha"
    base: str  # the pinned version it was made from
    changes: tuple[Change, ...]


# The five changes, on db_control and db_data (every version since 2024-04 has both).
ADDED = Change("operation added", "db_data", "alt_describe_index_stats", "GET /describe_index_stats")
REMOVED = Change("operation removed", "db_control", "list_collections", "GET /collections")
FIELD_REMOVED = Change("request field removed", "db_control", "create_index", "tags")
RESPONSE_CHANGED = Change("response changed", "db_control", "describe_collection", "200: environment removed")
ENUM_ADDED = Change("enum value added", "db_control", "create_index", "metric: manhattan")
CHANGES = (ADDED, REMOVED, FIELD_REMOVED, RESPONSE_CHANGED, ENUM_ADDED)


def newest_pinned() -> str:
    return [v.name for v in load_pins().versions if v.status != "preview"][-1]


def _operation(document: Json, method: str, path: str) -> Json:
    operation: Json = document["paths"][path][method]
    return operation


def _edit_db_control(document: Json) -> None:
    del document["paths"]["/collections"]["get"]
    schemas = document["components"]["schemas"]
    request = schemas["CreateIndexRequest"]["properties"]
    del request["tags"]
    metric = request["metric"]
    values = "x-enum" if "x-enum" in metric else "enum"  # 2025-10 writes x-enum, earlier versions enum
    metric[values] = [*metric[values], "manhattan"]
    # The changed response is inlined, so that only describe_collection changes (not every CollectionModel user).
    changed = copy.deepcopy(schemas["CollectionModel"])
    del changed["properties"]["environment"]
    changed["required"] = [name for name in changed["required"] if name != "environment"]
    response = _operation(document, "get", "/collections/{collection_name}")["responses"]["200"]
    response["content"]["application/json"]["schema"] = changed


def _edit_db_data(document: Json) -> None:
    stats = _operation(document, "post", "/describe_index_stats")
    added = {key: copy.deepcopy(value) for key, value in stats.items() if key not in ("requestBody", "description")}
    added["operationId"] = ADDED.operation_id
    added["summary"] = "Synthetic: index statistics by GET."
    document["paths"]["/describe_index_stats"]["get"] = added


EDITS = {"db_control": _edit_db_control, "db_data": _edit_db_data}


def build_release(mirror: Path, dest: Path, *, version: str = "2099-01", base: str | None = None) -> SyntheticRelease:
    """Write ``dest`` (upstream layout) holding the mirror's versions and ``version`` made from ``base``."""
    base = base or newest_pinned()
    dest.mkdir(parents=True, exist_ok=True)
    for folder in mirror.iterdir():
        if folder.is_dir():
            (dest / folder.name).symlink_to(folder.resolve(), target_is_directory=True)
    target = dest / version
    target.mkdir()
    pinned = load_pins().version(base)
    for spec in pinned.files:
        text = (mirror / spec.relative_path).read_text(encoding="utf-8").replace(base, version)
        name = spec.file.replace(base, version)
        if spec.kind == "openapi" and spec.surface in EDITS:
            document = yaml.safe_load(text)
            EDITS[spec.surface](document)
            text = yaml.safe_dump(document, sort_keys=False, allow_unicode=True)
        (target / name).write_text(text, encoding="utf-8")
    return SyntheticRelease(dest, version, base, CHANGES)


def relabel(release: SyntheticRelease, version: str) -> SyntheticRelease:
    """The same release under another folder name (e.g. ``2099-01.alpha``), beside the first."""
    target = release.spec_dir / version
    shutil.copytree(release.spec_dir / release.version, target)
    for path in sorted(target.iterdir()):
        path.write_text(path.read_text(encoding="utf-8").replace(release.version, version), encoding="utf-8")
        path.rename(target / path.name.replace(release.version, version))
    return SyntheticRelease(release.spec_dir, version, release.base, release.changes)
