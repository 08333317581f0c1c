"""What each API version can do, read from the generated registry.

The facade names its operations once, by the HTTP route each one uses; which
versions support an operation is never written down by hand but looked up in
the registry that code generation builds from the specs.
"""

from __future__ import annotations

import functools

from pinecone_versioned.errors import UnsupportedOperationError
from pinecone_versioned_gen import API_VERSIONS, registry
from pinecone_versioned_gen.registry import Operation

Route = tuple[str, str, str]  # (surface, METHOD, path)

# Facade operation -> the routes that implement it, preferred first.
OPERATIONS: dict[str, tuple[Route, ...]] = {
    # control plane: indexes
    "list_indexes": (("db_control", "GET", "/indexes"),),
    "create_index": (("db_control", "POST", "/indexes"),),
    "create_index_for_model": (("db_control", "POST", "/indexes/create-for-model"),),
    "create_index_from_backup": (("db_control", "POST", "/backups/{backup_id}/create-index"),),
    "describe_index": (("db_control", "GET", "/indexes/{index_name}"),),
    "configure_index": (("db_control", "PATCH", "/indexes/{index_name}"),),
    "delete_index": (("db_control", "DELETE", "/indexes/{index_name}"),),
    # control plane: collections, backups, restore jobs
    "list_collections": (("db_control", "GET", "/collections"),),
    "create_collection": (("db_control", "POST", "/collections"),),
    "describe_collection": (("db_control", "GET", "/collections/{collection_name}"),),
    "delete_collection": (("db_control", "DELETE", "/collections/{collection_name}"),),
    "create_backup": (("db_control", "POST", "/indexes/{index_name}/backups"),),
    "list_index_backups": (("db_control", "GET", "/indexes/{index_name}/backups"),),
    "list_project_backups": (("db_control", "GET", "/backups"),),
    "describe_backup": (("db_control", "GET", "/backups/{backup_id}"),),
    "delete_backup": (("db_control", "DELETE", "/backups/{backup_id}"),),
    "list_restore_jobs": (("db_control", "GET", "/restore-jobs"),),
    "describe_restore_job": (("db_control", "GET", "/restore-jobs/{job_id}"),),
    # data plane
    "upsert": (("db_data", "POST", "/vectors/upsert"),),
    "query": (("db_data", "POST", "/query"),),
    "fetch": (("db_data", "GET", "/vectors/fetch"),),
    "fetch_by_metadata": (("db_data", "POST", "/vectors/fetch_by_metadata"),),
    "update": (("db_data", "POST", "/vectors/update"),),
    "delete": (("db_data", "POST", "/vectors/delete"),),
    "describe_index_stats": (("db_data", "POST", "/describe_index_stats"),),
    "list": (("db_data", "GET", "/vectors/list"),),
    "list_namespaces": (("db_data", "GET", "/namespaces"),),
    "create_namespace": (("db_data", "POST", "/namespaces"),),
    "describe_namespace": (("db_data", "GET", "/namespaces/{namespace}"),),
    "delete_namespace": (("db_data", "DELETE", "/namespaces/{namespace}"),),
    "start_import": (("db_data", "POST", "/bulk/imports"),),
    "list_imports": (("db_data", "GET", "/bulk/imports"),),
    "describe_import": (("db_data", "GET", "/bulk/imports/{id}"),),
    "cancel_import": (("db_data", "DELETE", "/bulk/imports/{id}"),),
    "upsert_records": (("db_data", "POST", "/records/namespaces/{namespace}/upsert"),),
    "search_records": (("db_data", "POST", "/records/namespaces/{namespace}/search"),),
    # inference (2024-07 serves embed from the control plane)
    "embed": (("inference", "POST", "/embed"), ("db_control", "POST", "/embed")),
    "rerank": (("inference", "POST", "/rerank"),),
    "list_models": (("inference", "GET", "/models"),),
    "describe_model": (("inference", "GET", "/models/{model_name}"),),
    # assistants (2025-01 and later)
    "create_assistant": (("assistant_control", "POST", "/assistants"),),
    "list_assistants": (("assistant_control", "GET", "/assistants"),),
    "describe_assistant": (("assistant_control", "GET", "/assistants/{assistant_name}"),),
    "update_assistant": (("assistant_control", "PATCH", "/assistants/{assistant_name}"),),
    "delete_assistant": (("assistant_control", "DELETE", "/assistants/{assistant_name}"),),
    "upload_file": (("assistant_data", "POST", "/files/{assistant_name}"),),
    "list_files": (("assistant_data", "GET", "/files/{assistant_name}"),),
    "describe_file": (("assistant_data", "GET", "/files/{assistant_name}/{assistant_file_id}"),),
    "delete_file": (("assistant_data", "DELETE", "/files/{assistant_name}/{assistant_file_id}"),),
    "chat": (("assistant_data", "POST", "/chat/{assistant_name}"),),
    "chat_completions": (("assistant_data", "POST", "/chat/{assistant_name}/chat/completions"),),
    "context": (("assistant_data", "POST", "/chat/{assistant_name}/context"),),
    "evaluate_alignment": (("assistant_evaluation", "POST", "/evaluation/metrics/alignment"),),
    # admin (2025-04 and later), authenticated with a token from the oauth surface
    "get_token": (("oauth", "POST", "/oauth/token"),),
    "list_projects": (("admin", "GET", "/admin/projects"),),
    "create_project": (("admin", "POST", "/admin/projects"),),
    "describe_project": (("admin", "GET", "/admin/projects/{project_id}"),),
    "update_project": (("admin", "PATCH", "/admin/projects/{project_id}"),),
    "delete_project": (("admin", "DELETE", "/admin/projects/{project_id}"),),
    "list_api_keys": (("admin", "GET", "/admin/projects/{project_id}/api-keys"),),
    "create_api_key": (("admin", "POST", "/admin/projects/{project_id}/api-keys"),),
    "describe_api_key": (("admin", "GET", "/admin/api-keys/{api_key_id}"),),
    "update_api_key": (("admin", "PATCH", "/admin/api-keys/{api_key_id}"),),
    "delete_api_key": (("admin", "DELETE", "/admin/api-keys/{api_key_id}"),),
    "list_organizations": (("admin", "GET", "/admin/organizations"),),
    "describe_organization": (("admin", "GET", "/admin/organizations/{organization_id}"),),
    "update_organization": (("admin", "PATCH", "/admin/organizations/{organization_id}"),),
    "delete_organization": (("admin", "DELETE", "/admin/organizations/{organization_id}"),),
}


@functools.cache
def _routes(version: str) -> dict[Route, Operation]:
    manifest = registry.version(version)
    return {
        (surface.name, op.method, op.path): op
        for surface in manifest.surfaces.values()
        for op in surface.operations.values()
    }


def find(version: str, name: str) -> tuple[str, Operation] | None:
    """The surface and generated operation implementing ``name`` in ``version``, if any."""
    routes = _routes(version)
    for route in OPERATIONS[name]:
        if route in routes:
            return route[0], routes[route]
    return None


def first_version_with(name: str) -> str | None:
    return next((v for v in API_VERSIONS if find(v, name) is not None), None)


def require(version: str, name: str) -> tuple[str, Operation]:
    """Like :func:`find`, but raise :class:`UnsupportedOperationError` when ``version`` lacks it."""
    found = find(version, name)
    if found is not None:
        return found
    since = first_version_with(name)
    hint = f"it is available from API version {since}" if since else "no shipped API version has it"
    raise UnsupportedOperationError(
        f"{name} is not supported by API version {version}; {hint} (pin it with api_version=...)",
        operation=name,
        api_version=version,
        available_from=since,
    )


def capabilities(version: str) -> frozenset[str]:
    """The facade operations that API ``version`` supports."""
    return frozenset(name for name in OPERATIONS if find(version, name) is not None)


__all__ = ["OPERATIONS", "capabilities", "find", "first_version_with", "require"]
