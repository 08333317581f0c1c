"""Control-plane operations (indexes, collections, backups, restore jobs), written once as plans.

Each function here is the body of a method of both ``Pinecone`` and
``AsyncPinecone``: it checks its arguments, yields the calls it needs and
returns the pinned version's generated model.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pinecone_versioned._engine import DEFAULT_WAIT_TIMEOUT, Call, Plan, Session, operation, wait_until
from pinecone_versioned._validate import check_dimension, check_metric, check_name, check_tags, drop_unset
from pinecone_versioned.errors import ConflictError, InvalidArgumentError, NotFoundError, PineconeError
from pinecone_versioned.specs import IndexSpec, spec_to_dict

DELETION_PROTECTION = ("enabled", "disabled")


def _deletion_protection(value: str | None) -> str | None:
    if value is not None and value not in DELETION_PROTECTION:
        raise InvalidArgumentError(f"deletion_protection={value!r}: use 'enabled' or 'disabled'")
    return value


def _ready(name: str) -> Plan[str | None]:
    """None once the index is ready, else its state."""
    index = yield Call("describe_index", {"index_name": name})
    state = str(getattr(index.status.state, "value", index.status.state))
    if state == "InitializationFailed":
        raise PineconeError(f"index {name!r} failed to initialise (state {state}); delete it and create it again")
    return None if index.status.ready else f"state {state}"


def _gone(name: str) -> Plan[str | None]:
    """None once the index is gone, else its state."""
    try:
        index = yield Call("describe_index", {"index_name": name})
    except NotFoundError:
        return None
    return f"listed, state {getattr(index.status.state, 'value', index.status.state)}"


def _create(client: Any, operation_name: str, body: Mapping[str, Any], asked: Mapping[str, Any]) -> Plan[None]:
    """Send a create; a 409 answering the retry of an attempt whose answer was lost is checked: the
    index that exists is accepted when it matches ``asked`` (the earlier attempt made it)."""
    try:
        yield Call(operation_name, {"body": body})
    except ConflictError as exc:
        if not exc.after_lost_answer:
            raise
        name = body["name"]
        existing = yield Call("describe_index", {"index_name": name})
        differences = _differences(asked, existing.to_dict())
        if differences:
            raise ConflictError(
                status=409,
                code=exc.code,
                message=f"index {name!r} exists but differs from what was asked ({'; '.join(differences)}),"
                " so an earlier attempt of this call did not make it: choose another name or delete that index",
                request_id=exc.request_id,
            ) from exc


def _differences(asked: Mapping[str, Any], existing: Mapping[str, Any], path: str = "") -> list[str]:
    """Where ``existing`` (a description in wire form) contradicts ``asked``; keys it lacks are not compared."""
    found = []
    for key, wanted in asked.items():
        if key not in existing:
            continue
        have = existing[key]
        if isinstance(wanted, Mapping) and isinstance(have, Mapping):
            found += _differences(wanted, have, f"{path}{key}.")
        elif wanted != have:
            found.append(f"{path}{key} is {have!r}, asked {wanted!r}")
    return found


def _created(client: Any, name: str, timeout: float | None, show_progress: bool) -> Plan[Any]:
    """Wait for a new index to be ready (see ``create_index``), then describe it."""
    yield from wait_until(
        lambda: _ready(name), timeout=timeout, what=f"index {name!r} to be ready", show_progress=show_progress
    )
    index = yield Call("describe_index", {"index_name": name})
    client._session.index_hosts[name] = index.host
    return index


class ControlPlane:
    """Control-plane methods shared by ``Pinecone`` and ``AsyncPinecone``."""

    _session: Session

    @operation
    def create_index(
        self,
        name: str,
        spec: IndexSpec | Mapping[str, Any],
        dimension: int | None = None,
        metric: str | None = "cosine",
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        deletion_protection: str | None = None,
        vector_type: str | None = None,
        tags: Mapping[str, str] | None = None,
        show_progress: bool = True,
    ) -> Plan[Any]:
        """Create an index and, unless ``timeout`` is negative, wait until it is ready.

        ``timeout`` is in seconds, as in the official SDK: ``None`` waits as long as it
        takes, ``-1`` returns at once; after it a ``PineconeTimeoutError`` names the
        state the index is still in. While waiting, a terminal shows the elapsed time
        and the index's state (``show_progress=False`` turns it off). Returns the index
        description (``IndexModel`` of the pinned version). ``vector_type="sparse"``
        indexes take no dimension.
        """
        check_name(name, "name")
        sparse = vector_type == "sparse"
        if dimension is None and not sparse:
            raise InvalidArgumentError("dimension is required for dense indexes (pass dimension=1536, say)")
        body = drop_unset(
            {
                "name": name,
                "dimension": check_dimension(dimension) if dimension is not None else None,
                "metric": check_metric(metric) if metric is not None else None,
                "spec": spec_to_dict(spec),
                "deletion_protection": _deletion_protection(deletion_protection),
                "vector_type": vector_type,
                "tags": check_tags(tags),
            }
        )
        yield from _create(self, "create_index", body, body)
        return (yield from _created(self, name, timeout, show_progress))

    @operation
    def create_index_for_model(
        self,
        name: str,
        cloud: str,
        region: str,
        embed: Mapping[str, Any],
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        deletion_protection: str | None = None,
        tags: Mapping[str, str] | None = None,
        show_progress: bool = True,
    ) -> Plan[Any]:
        """Create an index with integrated embedding (``embed={"model": ..., "field_map": {"text": ...}}``)."""
        check_name(name, "name")
        if "model" not in embed or "field_map" not in embed:
            raise InvalidArgumentError(
                "embed needs 'model' and 'field_map', e.g. "
                "{'model': 'multilingual-e5-large', 'field_map': {'text': 'chunk_text'}}"
            )
        body = drop_unset(
            {
                "name": name,
                "cloud": cloud,
                "region": region,
                "embed": dict(embed),
                "deletion_protection": _deletion_protection(deletion_protection),
                "tags": check_tags(tags),
            }
        )
        asked = {"spec": {"serverless": {"cloud": cloud, "region": region}}, "embed": {"model": embed["model"]}}
        yield from _create(self, "create_index_for_model", body, asked)
        return (yield from _created(self, name, timeout, show_progress))

    @operation
    def create_index_from_backup(
        self,
        name: str,
        backup_id: str,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        deletion_protection: str | None = None,
        tags: Mapping[str, str] | None = None,
        show_progress: bool = True,
    ) -> Plan[Any]:
        """Restore a backup into a new index and wait for it as ``create_index`` does."""
        check_name(name, "name")
        body = drop_unset(
            {"name": name, "deletion_protection": _deletion_protection(deletion_protection), "tags": check_tags(tags)}
        )
        yield Call("create_index_from_backup", {"backup_id": backup_id, "body": body})
        return (yield from _created(self, name, timeout, show_progress))

    @operation
    def describe_index(self, name: str) -> Plan[Any]:
        """The description of index ``name``, including its data-plane ``host``."""
        index = yield Call("describe_index", {"index_name": check_name(name, "name")})
        self._session.index_hosts[name] = index.host
        return index

    @operation
    def list_indexes(self) -> Plan[Any]:
        """All indexes of the project (``IndexList``; its ``indexes`` attribute is the list)."""
        return (yield Call("list_indexes"))

    @operation
    def has_index(self, name: str) -> Plan[bool]:
        """Whether index ``name`` exists."""
        try:
            yield Call("describe_index", {"index_name": name})
        except NotFoundError:
            return False
        return True

    @operation
    def configure_index(
        self,
        name: str,
        *,
        replicas: int | None = None,
        pod_type: str | None = None,
        deletion_protection: str | None = None,
        tags: Mapping[str, str] | None = None,
        embed: Mapping[str, Any] | None = None,
        spec: Mapping[str, Any] | None = None,
    ) -> Plan[Any]:
        """Change an index's replicas, pod type, deletion protection, tags or embedding settings."""
        pod = drop_unset({"replicas": replicas, "pod_type": pod_type})
        if pod and spec is not None:
            raise InvalidArgumentError("pass replicas/pod_type or spec=, not both")
        body = drop_unset(
            {
                "spec": {"pod": pod} if pod else (dict(spec) if spec is not None else None),
                "deletion_protection": _deletion_protection(deletion_protection),
                "tags": check_tags(tags),
                "embed": dict(embed) if embed is not None else None,
            }
        )
        if not body:
            raise InvalidArgumentError(
                "configure_index needs at least one change: replicas, pod_type, deletion_protection, tags, embed"
            )
        return (yield Call("configure_index", {"index_name": check_name(name, "name"), "body": body}))

    @operation
    def delete_index(
        self, name: str, *, timeout: float | None = DEFAULT_WAIT_TIMEOUT, show_progress: bool = True
    ) -> Plan[None]:
        """Delete an index and, unless ``timeout`` is negative, wait until it is gone
        (``timeout`` and ``show_progress`` as in ``create_index``)."""
        yield Call("delete_index", {"index_name": check_name(name, "name")})
        self._session.index_hosts.pop(name, None)
        yield from wait_until(
            lambda: _gone(name), timeout=timeout, what=f"index {name!r} to be deleted", show_progress=show_progress
        )

    # collections

    @operation
    def create_collection(self, name: str, source: str) -> Plan[Any]:
        """Snapshot pod-based index ``source`` into a new collection."""
        check_name(name, "name")
        return (yield Call("create_collection", {"body": {"name": name, "source": source}}))

    @operation
    def list_collections(self) -> Plan[Any]:
        """All collections of the project."""
        return (yield Call("list_collections"))

    @operation
    def describe_collection(self, name: str) -> Plan[Any]:
        """The description of collection ``name``."""
        return (yield Call("describe_collection", {"collection_name": name}))

    @operation
    def delete_collection(self, name: str) -> Plan[None]:
        """Delete collection ``name``."""
        yield Call("delete_collection", {"collection_name": name})

    # backups and restore jobs (2025-04 and later)

    @operation
    def create_backup(
        self, *, index_name: str, backup_name: str | None = None, description: str | None = None
    ) -> Plan[Any]:
        """Back up a serverless index."""
        body = drop_unset({"name": backup_name, "description": description})
        return (yield Call("create_backup", {"index_name": index_name, "body": body}))

    @operation
    def list_backups(
        self, *, index_name: str | None = None, limit: int | None = None, pagination_token: str | None = None
    ) -> Plan[Any]:
        """Backups of one index, or of the whole project when ``index_name`` is omitted (one page)."""
        query = drop_unset({"limit": limit, "pagination_token": pagination_token})
        if index_name is None:
            return (yield Call("list_project_backups", query))
        return (yield Call("list_index_backups", {"index_name": index_name, **query}))

    @operation
    def describe_backup(self, backup_id: str) -> Plan[Any]:
        """The description of one backup."""
        return (yield Call("describe_backup", {"backup_id": backup_id}))

    @operation
    def delete_backup(self, backup_id: str) -> Plan[None]:
        """Delete one backup."""
        yield Call("delete_backup", {"backup_id": backup_id})

    @operation
    def list_restore_jobs(self, *, limit: int | None = None, pagination_token: str | None = None) -> Plan[Any]:
        """Restore jobs of the project (one page)."""
        return (yield Call("list_restore_jobs", drop_unset({"limit": limit, "pagination_token": pagination_token})))

    @operation
    def describe_restore_job(self, job_id: str) -> Plan[Any]:
        """The state of one restore job."""
        return (yield Call("describe_restore_job", {"job_id": job_id}))
