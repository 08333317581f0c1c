"""What each API version can do, read from the generated registry.

The facade names its operations once, by the HTTP route each one uses; which
versions support an operation is never written down by hand but looked up in
the registry that code generation builds from the specs.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, Self

from pinecone_versioned.errors import InvalidArgumentError, UnsupportedOperationError
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

# What a facade method returns, for the per-version types that codegen writes (``facade.pyi`` of each
# version package). A method whose plan is declared ``Plan[Any]`` returns the pinned version's parsed
# success response of the operation of the same name, or of the operation named here; methods with
# their own result type (``Plan[int]``, ``Plan[QueryNamespacesResult]``...) keep it.
RESULT_OF: dict[str, str] = {
    "create_index": "describe_index",  # created, waited for, then described
    "create_index_for_model": "describe_index",
    "create_index_from_backup": "describe_index",
    "list_backups": "list_index_backups",  # both routes answer with the same model
    "list_paginated": "list",
    "list_namespaces_paginated": "list_namespaces",
    "list_imports_paginated": "list_imports",
    "upsert_from_dataframe": "upsert",  # one UpsertResponse, as upsert returns
    "wait_for_import": "describe_import",  # waited for, then described
    "create_assistant": "describe_assistant",
    "upload_file": "describe_file",
}


def result_operation(method: str) -> str:
    """The facade operation whose generated response ``method`` (declared ``Plan[Any]``) returns."""
    return RESULT_OF.get(method, method)


@functools.cache
def _routes(version: str) -> dict[Route, Operation]:
    manifest = registry.version(version)
    return {
        (surface.name, op.method, op.path): op
        for surface in manifest.surfaces.values()
        for op in surface.operations.values()
    }


def find(version: str, name: str) -> tuple[str, Operation] | None:
    """The surface and generated operation implementing facade operation ``name`` in ``version``, if any."""
    routes = _routes(version)
    for route in OPERATIONS[name]:
        if route in routes:
            return route[0], routes[route]
    return None


@dataclass(frozen=True, slots=True)
class Availability:
    """Where a version stands in the life of an operation or parameter that it lacks."""

    available_from: str | None  # the first version after ``version`` that has it
    removed_in: str | None  # the version that dropped it, when an earlier version had it
    last_in: str | None  # the last version before ``version`` that had it

    def hint(self, verb: str = "available") -> str:
        """E.g. "it was removed in API version 2024-10 (last in 2024-07)"; ``verb`` is "available" or "accepted"."""
        parts = []
        if self.removed_in is not None:
            parts.append(f"it was removed in API version {self.removed_in} (last in {self.last_in})")
        if self.available_from is not None:
            again = " again" if parts else ""
            parts.append(f"it is {verb}{again} from API version {self.available_from}")
        if not parts:
            return "no shipped API version has it" if verb == "available" else "no shipped API version accepts it"
        return "; ".join(parts)


def availability(version: str, having: Collection[str]) -> Availability:
    """Where ``version`` (which lacks something) stands, given the versions ``having`` it."""
    earlier = [v for v in API_VERSIONS if v < version and v in having]
    later = [v for v in API_VERSIONS if v > version and v in having]
    last_in = earlier[-1] if earlier else None
    removed_in = API_VERSIONS[API_VERSIONS.index(last_in) + 1] if last_in is not None else None
    return Availability(later[0] if later else None, removed_in, last_in)


def unsupported(
    version: str, name: str, having: Collection[str], *, what: str | None = None
) -> UnsupportedOperationError:
    """The error for ``version`` lacking operation ``name`` (``what`` describes it, default "name")."""
    status = availability(version, having)
    pin = " (pin it with api_version=...)" if status.available_from or status.last_in else ""
    return UnsupportedOperationError(
        f"{what or name} is not supported by API version {version}; {status.hint()}{pin}",
        operation=name,
        api_version=version,
        available_from=status.available_from,
        removed_in=status.removed_in,
        last_in=status.last_in,
    )


def require(version: str, name: str) -> tuple[str, Operation]:
    """Like :func:`find`, but raise :class:`UnsupportedOperationError` when ``version`` lacks it."""
    found = find(version, name)
    if found is not None:
        return found
    raise unsupported(version, name, [v for v in API_VERSIONS if find(v, name) is not None])


# --- every generated operation, wrapped by the facade or not ---------------------------


@dataclass(frozen=True, slots=True)
class OperationInfo:
    """One generated operation of a version, and the facade method that wraps it (None: call it generically)."""

    surface: str
    operation: Operation
    facade: str | None

    @property
    def operation_id(self) -> str:
        return self.operation.operation_id


class Capabilities(frozenset[str]):
    """What API ``version`` can do.

    As a set it holds the facade method names the version supports (``"create_backup" in caps``), as
    it always did; ``operations`` lists every generated operation of the version, each marking the
    facade method that wraps it, and ``generic_only`` those reachable only through ``client.call``.
    """

    version: str
    operations: tuple[OperationInfo, ...]

    def __new__(cls, version: str, operations: tuple[OperationInfo, ...]) -> Self:
        self = super().__new__(cls, (op.facade for op in operations if op.facade is not None))
        self.version = version
        self.operations = operations
        return self

    @property
    def generic_only(self) -> tuple[OperationInfo, ...]:
        return tuple(op for op in self.operations if op.facade is None)

    def __repr__(self) -> str:
        return f"Capabilities({self.version!r}, facade={sorted(self)}, operations={len(self.operations)})"

    def __reduce__(self) -> Any:  # frozenset's would drop the version and the operations
        return (Capabilities, (self.version, self.operations))


@functools.cache
def capabilities(version: str) -> Capabilities:
    """What API ``version`` supports: a set of facade method names, with every generated operation in ``operations``."""
    facade_of = {}
    for name in OPERATIONS:
        found = find(version, name)
        if found is not None:
            facade_of[(found[0], found[1].operation_id)] = name
    operations = tuple(
        OperationInfo(surface.name, op, facade_of.get((surface.name, op.operation_id)))
        for surface in registry.version(version).surfaces.values()
        for op in surface.operations.values()
    )
    return Capabilities(version, operations)


@dataclass(frozen=True, slots=True)
class MatrixRow:
    """One route across every version: the facade method per version, "" when reachable only
    through ``client.call``, None when the version lacks it. The newest operationId names it."""

    surface: str
    operation_id: str
    method: str
    path: str
    versions: dict[str, str | None]


def matrix() -> list[MatrixRow]:
    """Every operation of every version, one row per route (surface, method, path)."""
    names: dict[Route, str] = {}
    cells: dict[Route, dict[str, str]] = {}
    for version in API_VERSIONS:
        for info in capabilities(version).operations:
            key = (info.surface, info.operation.method, info.operation.path)
            names[key] = info.operation_id
            cells.setdefault(key, {})[version] = info.facade or ""
    return [
        MatrixRow(key[0], names[key], key[1], key[2], {v: cells[key].get(v) for v in API_VERSIONS})
        for key in sorted(names, key=lambda key: (key[0], names[key]))
    ]


def find_generated(version: str, operation_id: str, surface: str | None = None) -> tuple[str, Operation] | None:
    """The surface and generated operation with ``operation_id`` in ``version`` (in ``surface`` when given)."""
    found = [
        (s.name, s.operations[operation_id])
        for s in registry.version(version).surfaces.values()
        if operation_id in s.operations and surface in (None, s.name)
    ]
    if len(found) > 1:
        raise InvalidArgumentError(
            f"{operation_id} is an operation of several surfaces of API {version} "
            f"({', '.join(s for s, _ in found)}); name one with surface=..."
        )
    return found[0] if found else None


def require_generated(version: str, operation_id: str, surface: str | None = None) -> tuple[str, Operation]:
    """Like :func:`find_generated`, but explain what is wrong when ``version`` lacks the operation."""
    found = find_generated(version, operation_id, surface)
    if found is not None:
        return found
    manifest = registry.version(version)
    if surface is not None and surface not in manifest.surfaces:
        having = [v for v in API_VERSIONS if surface in registry.version(v).surfaces]
        if having:
            raise unsupported(version, surface, having, what=f"the {surface} surface")
        raise InvalidArgumentError(f"no API version has a {surface} surface; surfaces: {', '.join(_all_surfaces())}")
    having = [v for v in API_VERSIONS if v != version and _has_operation_id(v, operation_id, surface)]
    if not having:
        close = difflib.get_close_matches(operation_id, _operation_ids(version, surface), n=3)
        suggestion = f"; did you mean {', '.join(close)}?" if close else ""
        raise InvalidArgumentError(f"API {version} has no operation {operation_id!r}{suggestion}")
    error = unsupported(version, operation_id, having)
    renamed = _renamed_to(version, operation_id, having[-1], surface)
    if renamed and error.removed_in is not None:
        message = (
            f"{operation_id} is named {renamed} in API version {version}: renamed in API version "
            f"{error.removed_in} (the old name was last in {error.last_in})"
        )
        error.args = (message,)
    raise error


def _has_operation_id(version: str, operation_id: str, surface: str | None) -> bool:
    return any(
        operation_id in s.operations and surface in (None, s.name) for s in registry.version(version).surfaces.values()
    )


def _operation_ids(version: str, surface: str | None) -> list[str]:
    return [op for s in registry.version(version).surfaces.values() if surface in (None, s.name) for op in s.operations]


def _all_surfaces() -> list[str]:
    return sorted({s for v in API_VERSIONS for s in registry.version(v).surfaces})


def _renamed_to(version: str, operation_id: str, other: str, surface: str | None) -> str | None:
    """The operationId ``version`` gives the route that ``operation_id`` has in ``other``, if it has it."""
    where = find_generated(other, operation_id, surface)
    if where is None:
        return None
    route = (where[0], where[1].method, where[1].path)
    same = _routes(version).get(route)
    return same.operation_id if same is not None else None


__all__ = [
    "OPERATIONS",
    "Availability",
    "Capabilities",
    "MatrixRow",
    "OperationInfo",
    "availability",
    "capabilities",
    "find",
    "find_generated",
    "matrix",
    "require",
    "require_generated",
    "unsupported",
]
