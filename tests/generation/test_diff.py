"""The version diff: exact on a synthetic release, and checked against the spec files for every pinned pair.

Expectations come from the spec documents themselves (the shipped JSON, or Pinecone's
YAML read here), never from the diff's own output.
"""

from __future__ import annotations

import copy
import itertools
import json
import re
from pathlib import Path
from typing import Any

import pytest

from pinecone_versioned import diff
from pinecone_versioned_gen import API_VERSIONS
from tests.conftest import GENERATED_PACKAGE, REPO_ROOT

NEWEST = API_VERSIONS[-1]
SYNTHETIC = "2099-01"


def _shipped_json(version: str) -> dict[str, dict[str, Any]]:
    folder = GENERATED_PACKAGE / f"v{version.replace('-', '_')}"
    return {path.parent.name: json.loads(path.read_text()) for path in sorted(folder.glob("*/openapi.json"))}


def _synthetic_release() -> dict[str, dict[str, Any]]:
    """The newest pinned version's specs with exactly five changes."""
    specs = copy.deepcopy(_shipped_json(NEWEST))
    control, data = specs["db_control"], specs["db_data"]
    # 1. an operation added
    control["paths"]["/synthetic/widgets"] = {
        "get": {"operationId": "list_widgets", "responses": {"200": {"description": ""}}}
    }
    # 2. an operation removed
    del control["paths"]["/collections/{collection_name}"]["get"]
    # 3. a request parameter removed
    listing = data["paths"]["/vectors/list"]["get"]
    listing["parameters"] = [p for p in listing["parameters"] if p["name"] != "prefix"]
    # 4. the response schema of one existing operation changed (its own copy, so no other operation shares it)
    schemas = control["components"]["schemas"]
    changed = copy.deepcopy(schemas["IndexModel"])
    changed["properties"]["dimension"] = {"type": "string"}
    schemas["IndexModelSynthetic"] = changed
    describe = control["paths"]["/indexes/{index_name}"]["get"]["responses"]["200"]
    describe["content"]["application/json"]["schema"] = {"$ref": "#/components/schemas/IndexModelSynthetic"}
    # 5. an enum value added, on a schema only one operation uses
    cloud = schemas["CreateIndexForModelRequest"]["properties"]["cloud"]
    enum_key = "enum" if "enum" in cloud else "x-enum"
    cloud[enum_key] = [*cloud[enum_key], "oracle"]
    return specs


def _flat(result: diff.VersionDiff) -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()
    found |= {("added", r.surface, r.method, r.path) for r in result.added}
    found |= {("removed", r.surface, r.method, r.path) for r in result.removed}
    for entry in result.changed:
        op = entry.operation
        for c in entry.changes:
            found.add((c.kind, op.operation_id, c.part, c.name, str(c.old), str(c.new)))
    return found


def test_a_synthetic_release_with_five_changes_reports_exactly_those_five() -> None:
    specs = {NEWEST: _shipped_json(NEWEST), SYNTHETIC: _synthetic_release()}
    result = diff.diff_versions(NEWEST, SYNTHETIC, specs=specs)
    old_dimension = specs[NEWEST]["db_control"]["components"]["schemas"]["IndexModel"]["properties"]["dimension"]
    list_id = specs[NEWEST]["db_data"]["paths"]["/vectors/list"]["get"]["operationId"]
    assert _flat(result) == {
        ("added", "db_control", "GET", "/synthetic/widgets"),
        ("removed", "db_control", "GET", "/collections/{collection_name}"),
        ("removed", list_id, "parameter", "query prefix", "string", "None"),
        ("type", "describe_index", "response 200", "dimension", f"integer({old_dimension['format']})", "string"),
        ("enum_added", "create_index_for_model", "request", "cloud", "None", "oracle"),
    }
    assert not result.surfaces_added and not result.surfaces_removed


def test_json_and_text_say_the_same() -> None:
    specs = {NEWEST: _shipped_json(NEWEST), SYNTHETIC: _synthetic_release()}
    result = diff.diff_versions(NEWEST, SYNTHETIC, specs=specs)
    _assert_text_matches_json(diff.render_text(result), json.loads(diff.render_json(result)))


def _assert_text_matches_json(text: str, data: dict[str, Any]) -> None:
    """Every item of the JSON is a line of the text, and the text has no other item lines."""

    def label(op: dict[str, str]) -> str:
        return f"{op['surface']} {op['operation_id']} ({op['method']} {op['path']})"

    expected = [f"  + {label(op)}" for op in data["added"]] + [f"  - {label(op)}" for op in data["removed"]]
    for entry in data["changed"]:
        expected.append(f"  ~ {label(entry['operation'])}")
        expected += [f"      {diff.Change(**change).describe()}" for change in entry["changes"]]
    item_lines = [line for line in text.splitlines() if line.startswith(("  + ", "  - ", "  ~ ", "      "))]
    assert item_lines == expected
    assert f"API {data['old']} -> {data['new']}" in text


# --- every consecutive pair of pinned versions, against Pinecone's YAML -----------------

_PREFIXES = {"control": "db_control", "data": "db_data"}  # 2024-04 and 2024-07 file names


def _yaml_routes(spec_dir: Path, version: str) -> set[tuple[str, str, str]]:
    yaml = pytest.importorskip("yaml")
    routes = set()
    for file in (spec_dir / version).glob("*.oas.yaml"):
        stem = file.name.removesuffix(f"_{version}.oas.yaml")
        surface = _PREFIXES.get(stem, stem)
        document = yaml.safe_load(file.read_text())
        for path, item in document["paths"].items():
            for method in item:
                if method in ("get", "put", "post", "delete", "patch"):
                    routes.add((surface, method.upper(), re.sub(r"{[^}]*}", "{}", path)))
    return routes


def _routes(refs: tuple[diff.OperationRef, ...]) -> set[tuple[str, str, str]]:
    return {(r.surface, r.method, re.sub(r"{[^}]*}", "{}", r.path)) for r in refs}


@pytest.mark.parametrize("old,new", list(itertools.pairwise(API_VERSIONS)))
def test_each_consecutive_pair_adds_and_removes_what_the_yaml_says(spec_dir: Path, old: str, new: str) -> None:
    before, after = _yaml_routes(spec_dir, old), _yaml_routes(spec_dir, new)
    result = diff.diff_versions(old, new)
    assert _routes(result.added) == after - before
    assert _routes(result.removed) == before - after
    assert set(result.surfaces_added) == {r[0] for r in after} - {r[0] for r in before}
    _assert_text_matches_json(diff.render_text(result), json.loads(diff.render_json(result)))


def test_2025_01_to_2025_04_adds_namespaces_backups_restore_jobs_admin_and_oauth() -> None:
    result = diff.diff_versions("2025-01", "2025-04")
    assert set(result.surfaces_added) == {"admin", "oauth"}
    added = {(r.surface, r.method, r.path) for r in result.added}
    for route in [
        ("db_data", "GET", "/namespaces"),
        ("db_data", "GET", "/namespaces/{namespace}"),
        ("db_data", "DELETE", "/namespaces/{namespace}"),
        ("db_control", "POST", "/indexes/{index_name}/backups"),
        ("db_control", "GET", "/backups"),
        ("db_control", "POST", "/backups/{backup_id}/create-index"),
        ("db_control", "GET", "/restore-jobs"),
        ("db_control", "GET", "/restore-jobs/{job_id}"),
        ("oauth", "POST", "/oauth/token"),
        ("admin", "GET", "/admin/projects"),
    ]:
        assert route in added, route
    assert not result.removed


def test_request_fields_added_to_query_in_2025_10_match_the_yaml(spec_dir: Path) -> None:
    yaml = pytest.importorskip("yaml")

    def query_fields(version: str) -> set[str]:
        document = yaml.safe_load((spec_dir / version / f"db_data_{version}.oas.yaml").read_text())
        return set(document["components"]["schemas"]["QueryRequest"]["properties"])

    expected = query_fields("2025-10") - query_fields("2025-04")
    assert expected  # the spot check needs a real change
    result = diff.diff_versions("2025-04", "2025-10")
    (query,) = [e for e in result.changed if (e.operation.method, e.operation.path) == ("POST", "/query")]
    assert {c.name for c in query.changes if c.part == "request" and c.kind == "added"} == expected


def test_enum_values_added_are_reported_from_the_spec() -> None:
    """2025-10 constrains list_models' type parameter to values that 2025-04 left open."""
    specs = _shipped_json("2025-10")
    parameters = specs["inference"]["paths"]["/models"]["get"]["parameters"]
    (type_parameter,) = [p for p in parameters if p["name"] == "type"]
    values = type_parameter["schema"].get("enum") or type_parameter["schema"]["x-enum"]
    result = diff.diff_versions("2025-04", "2025-10")
    (models,) = [e for e in result.changed if (e.operation.surface, e.operation.path) == ("inference", "/models")]
    (change,) = [c for c in models.changes if c.name == "query type"]
    assert change.kind == "enum_added" and change.new == ", ".join(sorted(values))


def test_the_compatibility_page_is_up_to_date() -> None:
    committed = (REPO_ROOT / diff.DOCS_PATH).read_text(encoding="utf-8")
    assert committed == diff.compatibility_page(), "run: python -m pinecone_versioned.diff --write-docs"


def test_the_compatibility_page_lists_every_operation_of_every_version() -> None:
    page = (REPO_ROOT / diff.DOCS_PATH).read_text(encoding="utf-8")
    for version in API_VERSIONS:
        for spec in _shipped_json(version).values():
            for item in spec["paths"].values():
                for operation in item.values():
                    if isinstance(operation, dict) and "operationId" in operation:
                        assert f"`{operation['operationId']}`" in page


def test_check_docs_fails_on_a_stale_page_and_write_docs_fixes_it(tmp_path: Path) -> None:
    page = tmp_path / "compatibility.md"
    page.write_text("# stale\n", encoding="utf-8")
    assert diff.main(["--check-docs", str(page)]) == 1
    assert diff.main(["--write-docs", str(page)]) == 0
    assert diff.main(["--check-docs", str(page)]) == 0
