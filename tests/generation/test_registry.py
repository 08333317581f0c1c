"""Every operation of every pinned spec is generated, registered and callable."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from codegen.generate import load_spec
from codegen.normalise import operations
from codegen.pins import load_pins
from pinecone_versioned_gen import API_VERSIONS, registry

PINS = load_pins()


def test_registry_lists_every_pinned_version_and_surface() -> None:
    assert tuple(v.name for v in PINS.versions) == API_VERSIONS
    for pinned in PINS.versions:
        manifest = registry.version(pinned.name)
        assert manifest.status == pinned.status
        assert set(manifest.surfaces) == {f.surface for f in pinned.openapi_files}


def test_unknown_version_names_the_generated_ones() -> None:
    with pytest.raises(KeyError, match="2025-04"):
        registry.version("2023-01")


def test_every_spec_operation_has_a_generated_function(spec_dir: Path) -> None:
    per_version: dict[str, int] = {}
    for pinned in PINS.versions:
        manifest = registry.version(pinned.name)
        for spec in pinned.openapi_files:
            surface = manifest.surfaces[spec.surface]
            raw = load_spec(spec_dir / spec.relative_path)
            expected = {(op["operationId"], method.upper(), path) for method, path, op in operations(raw)}
            registered = {(o.operation_id, o.method, o.path) for o in surface.operations.values()}
            assert registered == expected, spec.relative_path
            for operation in surface.operations.values():
                module = operation.load()
                for name in ("sync_detailed", "asyncio_detailed"):
                    assert callable(getattr(module, name)), f"{operation.module}.{name}"
                assert inspect.iscoroutinefunction(module.asyncio_detailed)
            per_version[pinned.name] = per_version.get(pinned.name, 0) + len(expected)
    # Counts come from the specs, so a new release needs no edit here; none may be empty.
    assert per_version.keys() == set(API_VERSIONS) and all(per_version.values()), per_version


def test_operations_once_skipped_by_the_generator_are_present() -> None:
    """The generator used to drop these (duplicate titles, enum clash, NDJSON body, form body)."""
    wanted = {
        "2025-10": {
            "db_control": ["create_index", "configure_index", "create_index_for_model", "list_indexes"],
            "db_data": ["upsertRecordsNamespace"],
            "oauth": ["get_token"],
        },
        "2025-01": {"assistant_data": ["chat_assistant"], "db_data": ["upsertRecordsNamespace"]},
        "2025-04": {"assistant_data": ["chat_assistant"], "oauth": ["get_token"]},
    }
    for version, surfaces in wanted.items():
        manifest = registry.version(version)
        for surface, operation_ids in surfaces.items():
            for operation_id in operation_ids:
                assert operation_id in manifest.surfaces[surface].operations, (version, surface, operation_id)


def test_list_and_describe_parse_their_200_responses() -> None:
    """Duplicate class names once cost these operations their parsed 200 response (2025-10)."""
    from pinecone_versioned_gen.v2025_10.db_control.api.manage_indexes import describe_index, list_indexes

    assert "IndexList" in str(inspect.signature(list_indexes.sync).return_annotation)
    assert "IndexModel" in str(inspect.signature(describe_index.sync).return_annotation)


def test_no_operation_takes_the_api_version_header() -> None:
    for name, manifest in registry.versions().items():
        for surface in manifest.surfaces.values():
            for operation in surface.operations.values():
                parameters = inspect.signature(operation.load().sync_detailed).parameters
                assert not any("api_version" in p for p in parameters), (name, operation.module)


def test_surfaces_record_servers_and_authentication() -> None:
    manifest = registry.version("2025-04")
    auth = {name: (s.auth, s.auth_header) for name, s in manifest.surfaces.items()}
    assert auth["admin"] == ("bearer", "Authorization")
    assert auth["db_metrics"] == ("bearer", "Authorization")
    assert auth["oauth"] == ("none", "")
    assert auth["db_control"] == ("api_key", "Api-Key")
    assert manifest.surfaces["db_data"].servers == ("https://{index_host}",)
    assert manifest.surfaces["assistant_control"].servers == ("https://api.pinecone.io/assistant",)
