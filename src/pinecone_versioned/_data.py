"""Data-plane operations of one index, written once as plans for ``Index`` and ``AsyncIndex``."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from pinecone_versioned._config import normalise_host
from pinecone_versioned._engine import (
    DEFAULT_WAIT_TIMEOUT,
    Call,
    Emit,
    Failed,
    ItemPlan,
    Parallel,
    Plan,
    Session,
    batches,
    first_error,
    iterating,
    operation,
    wait_until,
)
from pinecone_versioned._validate import (
    MAX_VECTORS_PER_UPSERT,
    check_batch_size,
    check_filter,
    check_id,
    check_ids,
    check_metadata,
    check_namespace,
    check_top_k,
    drop_unset,
    json_values,
    sparse_values,
    vector_dicts,
)
from pinecone_versioned.errors import FailedBatch, InvalidArgumentError, PineconeError, UpsertError
from pinecone_versioned_gen._runtime.ndjson import ndjson_body

DEFAULT_CONCURRENCY = 4
Item = TypeVar("Item")


@dataclass(frozen=True, slots=True)
class NamespaceMatch:
    """One match of :meth:`Index.query_namespaces`: the generated match and the namespace it came from."""

    namespace: str
    match: Any  # the pinned version's ScoredVector

    @property
    def id(self) -> str:
        return str(self.match.id)

    @property
    def score(self) -> float:
        return float(self.match.score)


@dataclass(frozen=True, slots=True)
class QueryNamespacesResult:
    """The merged top-k of a query over several namespaces, best first."""

    matches: list[NamespaceMatch]
    read_units: int


def _namespace(namespace: str | None) -> dict[str, str]:
    return {} if namespace is None else {"namespace": check_namespace(namespace)}


class DataPlane:
    """Data-plane methods shared by ``Index`` and ``AsyncIndex``."""

    _session: Session
    _name: str | None
    _host: str | None

    def _resolve_host(self) -> Plan[str]:
        if self._host is None:
            assert self._name is not None  # the constructor requires one of the two
            session = self._session
            cached = session.index_hosts.get(self._name)
            if cached is None:
                index = yield Call("describe_index", {"index_name": self._name})
                cached = session.index_hosts[self._name] = index.host
            self._host = normalise_host(cached)
        return self._host

    def _at_index(self, operation_name: str, kwargs: Mapping[str, Any] | None = None) -> Plan[Any]:
        self._session.prepare(operation_name)  # an unsupported operation fails before the host lookup
        host = yield from self._resolve_host()
        return (yield Call(operation_name, kwargs or {}, host=host))

    @operation
    def upsert(
        self,
        vectors: Iterable[Any],
        namespace: str | None = None,
        *,
        batch_size: int | None = None,
        show_progress: bool = True,
        max_concurrency: int = DEFAULT_CONCURRENCY,
    ) -> Plan[Any]:
        """Write vectors (tuples, dicts, generated ``Vector`` models; values may be numpy arrays).

        Without ``batch_size`` all vectors go in one request (at most 1,000).
        With it they are sent in batches, ``max_concurrency`` at a time, with a
        progress bar when ``show_progress`` is true and there is more than one
        batch. Returns the pinned version's ``UpsertResponse``: ``upserted_count`` is the number
        of vectors the server reports as written (summed over the batches).

        An id may appear once per call. When batches fail (after their retries),
        no further batch starts, the batches in flight finish, and one
        :class:`~pinecone_versioned.UpsertError` is raised with the count written,
        every error, and ``failed_vectors``: ``index.upsert(err.failed_vectors,
        batch_size=...)`` resumes. Without ``batch_size`` the request's own error
        is raised.
        """
        wire = vector_dicts(vectors)
        if batch_size is None:
            if len(wire) > MAX_VECTORS_PER_UPSERT:
                raise InvalidArgumentError(
                    f"{len(wire)} vectors exceed the {MAX_VECTORS_PER_UPSERT} per request: pass batch_size=..."
                )
            size = max(1, len(wire))
        else:
            size = check_batch_size(batch_size)
        host = yield from self._resolve_host()
        chunks = batches(wire, size)
        calls = tuple(
            Call("upsert", {"body": {"vectors": chunk, **_namespace(namespace)}}, host=host) for chunk in chunks
        )
        if batch_size is None:
            return (yield calls[0])
        outcomes: list[Any]
        if len(calls) == 1:
            try:
                outcomes = [(yield calls[0])]
            except PineconeError as exc:
                outcomes = [Failed(exc)]
        else:
            label = "upsert" if show_progress else None
            outcomes = yield Parallel(calls, max_concurrency, label, tuple(len(c) for c in chunks))
        written = sum(int(o.upserted_count or 0) for o in outcomes if not isinstance(o, Failed))
        failed = [
            FailedBatch(position, chunk, outcome.error)
            for position, (chunk, outcome) in enumerate(zip(chunks, outcomes, strict=True))
            if isinstance(outcome, Failed)
        ]
        if failed:
            raise UpsertError(upserted_count=written, total=len(wire), batches=len(chunks), failed=failed)
        return _upserted(self._session, outcomes)

    @operation
    def upsert_from_dataframe(
        self, df: Any, namespace: str | None = None, *, batch_size: int = 500, show_progress: bool = True
    ) -> Plan[Any]:
        """Upsert the rows of a pandas DataFrame with columns ``id``, ``values`` and optionally
        ``sparse_values`` and ``metadata``. Returns an ``UpsertResponse`` as ``upsert`` does."""
        if not hasattr(df, "to_dict"):
            raise InvalidArgumentError("df must be a pandas DataFrame")
        missing = {"id", "values"} - set(df.columns)
        if missing:
            raise InvalidArgumentError(f"df lacks the column(s) {sorted(missing)}")
        rows = df.to_dict(orient="records")
        return (
            yield from DataPlane.upsert._plan(self, rows, namespace, batch_size=batch_size, show_progress=show_progress)
        )

    @operation
    def query(
        self,
        *,
        top_k: int,
        vector: Sequence[float] | Any | None = None,
        id: str | None = None,
        namespace: str | None = None,
        filter: Mapping[str, Any] | None = None,
        include_values: bool | None = None,
        include_metadata: bool | None = None,
        sparse_vector: Mapping[str, Any] | Any | None = None,
    ) -> Plan[Any]:
        """The ``top_k`` nearest vectors to ``vector`` (dense), ``sparse_vector``, both (hybrid), or
        to the stored vector ``id``, optionally restricted by a metadata ``filter``."""
        if vector is None and sparse_vector is None and id is None:
            raise InvalidArgumentError("query needs vector=, sparse_vector= or id=")
        if id is not None and (vector is not None or sparse_vector is not None):
            raise InvalidArgumentError("query by id= takes no vector= or sparse_vector=")
        body = drop_unset(
            {
                "topK": check_top_k(top_k),
                "vector": json_values(vector, "vector") if vector is not None else None,
                "sparseVector": sparse_values(sparse_vector, "sparse_vector") if sparse_vector is not None else None,
                "id": check_id(id, "id") if id is not None else None,
                "namespace": check_namespace(namespace),
                "filter": check_filter(filter),
                "includeValues": include_values,
                "includeMetadata": include_metadata,
            }
        )
        return (yield from self._at_index("query", {"body": body}))

    @operation
    def query_namespaces(
        self,
        vector: Sequence[float] | Any | None,
        namespaces: Sequence[str],
        metric: str,
        *,
        top_k: int = 10,
        filter: Mapping[str, Any] | None = None,
        include_values: bool | None = None,
        include_metadata: bool | None = None,
        sparse_vector: Mapping[str, Any] | Any | None = None,
        max_concurrency: int = DEFAULT_CONCURRENCY,
    ) -> Plan[QueryNamespacesResult]:
        """Query several namespaces in parallel and merge their matches into one top-k.

        ``metric`` is the index's metric: it decides whether higher scores are
        better (cosine, dotproduct) or lower (euclidean).
        """
        if metric not in ("cosine", "dotproduct", "euclidean"):
            raise InvalidArgumentError(f"metric={metric!r}: use the index's metric, cosine, dotproduct or euclidean")
        if not namespaces or len(set(namespaces)) != len(namespaces):
            raise InvalidArgumentError("namespaces must be a non-empty list without repeats")
        for position, ns in enumerate(namespaces):
            check_namespace(ns, f"namespaces[{position}]")
        body = drop_unset(
            {
                "topK": check_top_k(top_k),
                "vector": json_values(vector, "vector") if vector is not None else None,
                "sparseVector": sparse_values(sparse_vector, "sparse_vector") if sparse_vector is not None else None,
                "filter": check_filter(filter),
                "includeValues": include_values,
                "includeMetadata": include_metadata,
            }
        )
        host = yield from self._resolve_host()
        calls = tuple(Call("query", {"body": {**body, "namespace": ns}}, host=host) for ns in namespaces)
        responses = yield Parallel(calls, max_concurrency)
        first_error(responses)
        found = [NamespaceMatch(ns, m) for ns, r in zip(namespaces, responses, strict=True) for m in r.matches or []]
        import heapq

        pick = heapq.nsmallest if metric == "euclidean" else heapq.nlargest
        read_units = sum(int(getattr(r.usage, "read_units", 0) or 0) for r in responses)
        return QueryNamespacesResult(pick(top_k, found, key=lambda m: m.score), read_units)

    @operation
    def fetch(self, ids: Sequence[str], namespace: str | None = None) -> Plan[Any]:
        """The stored vectors with these ids (``FetchResponse``; ``vectors`` maps id to vector).

        The ids travel in the URL; when they would make it longer than servers
        accept, they are fetched in several requests and the answers merged.
        """
        groups = _url_sized_groups(check_ids(ids, "ids"))
        where = _namespace(namespace)
        if len(groups) == 1:
            return (yield from self._at_index("fetch", {"ids": groups[0], **where}))
        self._session.prepare("fetch")
        host = yield from self._resolve_host()
        responses = yield Parallel(
            tuple(Call("fetch", {"ids": g, **where}, host=host) for g in groups), DEFAULT_CONCURRENCY
        )
        return _merged_fetch(responses)

    @operation
    def update(
        self,
        id: str,
        *,
        values: Sequence[float] | Any | None = None,
        set_metadata: Mapping[str, Any] | None = None,
        namespace: str | None = None,
        sparse_values: Mapping[str, Any] | Any | None = None,
    ) -> Plan[None]:
        """Change one vector's values, sparse values or metadata fields (merged into what is stored)."""
        if values is None and set_metadata is None and sparse_values is None:
            raise InvalidArgumentError("update needs values=, sparse_values= or set_metadata=")
        body = drop_unset(
            {
                "id": check_id(id, "id"),
                "values": json_values(values, "values") if values is not None else None,
                "sparseValues": _sparse(sparse_values),
                "setMetadata": check_metadata(set_metadata, "set_metadata") if set_metadata is not None else None,
                "namespace": check_namespace(namespace),
            }
        )
        yield from self._at_index("update", {"body": body})

    @operation
    def delete(
        self,
        ids: Sequence[str] | None = None,
        delete_all: bool | None = None,
        namespace: str | None = None,
        filter: Mapping[str, Any] | None = None,
    ) -> Plan[None]:
        """Delete vectors by ids, by metadata filter, or all of a namespace (exactly one of the three)."""
        chosen = [name for name, value in (("ids", ids), ("delete_all", delete_all), ("filter", filter)) if value]
        if len(chosen) != 1:
            raise InvalidArgumentError(f"delete needs exactly one of ids=, delete_all=True or filter=; got {chosen}")
        body = drop_unset(
            {
                "ids": check_ids(ids, "ids") if ids else None,
                "deleteAll": delete_all or None,
                "filter": check_filter(filter) if filter else None,
                "namespace": check_namespace(namespace),
            }
        )
        yield from self._at_index("delete", {"body": body})

    @operation
    def describe_index_stats(self, filter: Mapping[str, Any] | None = None) -> Plan[Any]:
        """Vector counts per namespace, dimension and fullness (optionally of the vectors matching ``filter``)."""
        body = drop_unset({"filter": check_filter(filter)})
        return (yield from self._at_index("describe_index_stats", {"body": body}))

    @operation
    def list_paginated(
        self,
        prefix: str | None = None,
        limit: int | None = None,
        pagination_token: str | None = None,
        namespace: str | None = None,
    ) -> Plan[Any]:
        """One page of vector ids (``ListResponse``), for serverless indexes."""
        query = drop_unset(
            {
                "prefix": prefix,
                "limit": limit,
                "pagination_token": pagination_token,
                "namespace": check_namespace(namespace),
            }
        )
        return (yield from self._at_index("list", query))

    @iterating
    def list(
        self, prefix: str | None = None, limit: int | None = None, namespace: str | None = None
    ) -> ItemPlan[list[str]]:
        """Every vector id (optionally with ``prefix``), one list of ids per page, following all pages."""
        yield from _every_page(
            lambda token: DataPlane.list_paginated._plan(self, prefix, limit, token, namespace),
            lambda page: [[item.id for item in page.vectors or []]],
        )

    # namespaces (2025-04 and later)

    @operation
    def list_namespaces_paginated(self, limit: int | None = None, pagination_token: str | None = None) -> Plan[Any]:
        """One page of namespaces (``ListNamespacesResponse``)."""
        return (
            yield from self._at_index(
                "list_namespaces", drop_unset({"limit": limit, "pagination_token": pagination_token})
            )
        )

    @iterating
    def list_namespaces(self, limit: int | None = None) -> ItemPlan[Any]:
        """Every namespace description, following all pages."""
        yield from _every_page(
            lambda token: DataPlane.list_namespaces_paginated._plan(self, limit, token),
            lambda page: page.namespaces or [],
        )

    @operation
    def create_namespace(self, name: str, *, schema: Mapping[str, Any] | None = None) -> Plan[Any]:
        """Create an empty namespace (2025-10), optionally with a metadata ``schema`` such as
        ``{"fields": {"genre": {"filterable": True}}}``."""
        body = drop_unset(
            {"name": check_namespace(name, "name"), "schema": dict(schema) if schema is not None else None}
        )
        return (yield from self._at_index("create_namespace", {"body": body}))

    @operation
    def fetch_by_metadata(
        self,
        filter: Mapping[str, Any],
        namespace: str | None = None,
        *,
        limit: int | None = None,
        pagination_token: str | None = None,
    ) -> Plan[Any]:
        """One page of the vectors whose metadata matches ``filter`` (2025-10)."""
        body = drop_unset(
            {
                "filter": check_filter(filter),
                "namespace": check_namespace(namespace),
                "limit": limit,
                "paginationToken": pagination_token,
            }
        )
        return (yield from self._at_index("fetch_by_metadata", {"body": body}))

    @operation
    def describe_namespace(self, namespace: str) -> Plan[Any]:
        """Record count (and, from 2025-10, schema) of one namespace."""
        return (yield from self._at_index("describe_namespace", {"namespace": check_namespace(namespace)}))

    @operation
    def delete_namespace(self, namespace: str) -> Plan[None]:
        """Delete a namespace and every vector in it."""
        yield from self._at_index("delete_namespace", {"namespace": check_namespace(namespace)})

    # bulk import (2024-10 and later)

    @operation
    def start_import(self, uri: str, *, integration_id: str | None = None, error_mode: str | None = None) -> Plan[Any]:
        """Start importing Parquet files from ``uri``; ``error_mode`` is "continue" or "abort"
        (any case: the official SDK spells them "CONTINUE" and "ABORT")."""
        if error_mode is not None:
            if error_mode.lower() not in ("continue", "abort"):
                raise InvalidArgumentError(f"error_mode={error_mode!r}: use 'continue' or 'abort'")
            error_mode = error_mode.lower()
        body = drop_unset(
            {"uri": uri, "integrationId": integration_id, "errorMode": {"onError": error_mode} if error_mode else None}
        )
        return (yield from self._at_index("start_import", {"body": body}))

    @operation
    def list_imports_paginated(self, limit: int | None = None, pagination_token: str | None = None) -> Plan[Any]:
        """One page of bulk imports."""
        return (
            yield from self._at_index(
                "list_imports", drop_unset({"limit": limit, "pagination_token": pagination_token})
            )
        )

    @iterating
    def list_imports(self, limit: int | None = None) -> ItemPlan[Any]:
        """Every bulk import of the index, following all pages."""
        yield from _every_page(
            lambda token: DataPlane.list_imports_paginated._plan(self, limit, token),
            lambda page: page.data or [],
        )

    @operation
    def describe_import(self, import_id: str) -> Plan[Any]:
        """The state and progress of one bulk import."""
        return (yield from self._at_index("describe_import", {"id": import_id}))

    @operation
    def wait_for_import(
        self, import_id: str, *, timeout: float | None = DEFAULT_WAIT_TIMEOUT, show_progress: bool = True
    ) -> Plan[Any]:
        """Wait until a bulk import has ended (Completed, Failed or Cancelled) and return its
        description. ``timeout`` in seconds: ``None`` waits as long as it takes, ``-1`` does not
        wait; a terminal shows the import's status and progress unless ``show_progress=False``."""

        def ended() -> Plan[str | None]:
            described = yield from self._at_index("describe_import", {"id": import_id})
            status = str(getattr(described.status, "value", described.status))
            if status in ("Completed", "Failed", "Cancelled"):
                return None
            percent = described.get("percent_complete")
            return f"status {status}" + (f", {percent:.0f}% done" if percent else "")

        yield from wait_until(ended, timeout=timeout, what=f"import {import_id} to end", show_progress=show_progress)
        return (yield from self._at_index("describe_import", {"id": import_id}))

    @operation
    def cancel_import(self, import_id: str) -> Plan[None]:
        """Cancel a bulk import that has not finished."""
        yield from self._at_index("cancel_import", {"id": import_id})

    # integrated records (2025-01 and later)

    @operation
    def upsert_records(self, namespace: str, records: Sequence[Mapping[str, Any]]) -> Plan[None]:
        """Write records to an index with integrated embedding; each needs ``_id`` (or ``id``) and the
        field the index embeds."""
        if not records:
            raise InvalidArgumentError("records is empty")
        for position, record in enumerate(records):
            if not isinstance(record, Mapping) or not ("_id" in record or "id" in record):
                raise InvalidArgumentError(f"records[{position}] must be a dict with an '_id' (or 'id') field")
        body = ndjson_body(records)
        yield from self._at_index("upsert_records", {"namespace": check_namespace(namespace), "body": body})

    @operation
    def search_records(
        self,
        namespace: str,
        query: Mapping[str, Any],
        *,
        rerank: Mapping[str, Any] | None = None,
        fields: Sequence[str] | None = None,
    ) -> Plan[Any]:
        """Search an index with integrated embedding, e.g. ``query={"inputs": {"text": "..."}, "top_k": 5}``."""
        if "top_k" not in query:
            raise InvalidArgumentError("query needs 'top_k', e.g. {'inputs': {'text': 'jazz'}, 'top_k': 5}")
        body = drop_unset(
            {
                "query": dict(query),
                "rerank": dict(rerank) if rerank else None,
                "fields": list(fields) if fields else None,
            }
        )
        return (yield from self._at_index("search_records", {"namespace": check_namespace(namespace), "body": body}))

    search = search_records  # the official SDK's shorter name


# Characters of ids in one fetch URL: request lines beyond about 8 KB are refused by common
# web servers and proxies (and httpx refuses URLs beyond 64 KB outright).
MAX_FETCH_QUERY = 6_000
MAX_FETCH_IDS = 1_000  # Pinecone's limit of ids per fetch request


def _url_sized_groups(ids: list[str]) -> list[list[str]]:
    """``ids`` split into groups of at most MAX_FETCH_IDS whose ``ids=...`` query stays within MAX_FETCH_QUERY
    characters."""
    from urllib.parse import quote

    groups: list[list[str]] = [[]]
    length = 0
    for vector_id in ids:
        cost = len(quote(vector_id, safe="")) + len("&ids=")
        if groups[-1] and (length + cost > MAX_FETCH_QUERY or len(groups[-1]) == MAX_FETCH_IDS):
            groups.append([])
            length = 0
        groups[-1].append(vector_id)
        length += cost
    return groups


def _merged_fetch(responses: Sequence[Any]) -> Any:
    """One FetchResponse holding the vectors (and the read units) of several."""
    merged = responses[0]
    for other in responses[1:]:
        found = getattr(other.vectors, "additional_properties", None)
        if found:
            if getattr(merged.vectors, "additional_properties", None) is None:
                merged.vectors = other.vectors
            else:
                merged.vectors.additional_properties.update(found)
        units = getattr(getattr(other, "usage", None), "read_units", None)
        if isinstance(units, int) and isinstance(getattr(merged.usage, "read_units", None), int):
            merged.usage.read_units += units
    return merged


def _upserted(session: Session, responses: Sequence[Any]) -> Any:
    """One ``UpsertResponse`` of the pinned version for all batches, as the official SDK returns."""
    if len(responses) == 1:
        return responses[0]
    total = sum(int(r.upserted_count or 0) for r in responses)
    return session.models("db_data").UpsertResponse(upserted_count=total)


def _sparse(value: Any) -> dict[str, list[Any]] | None:
    return sparse_values(value, "sparse_values") if value is not None else None


def _every_page(fetch: Callable[[str | None], Plan[Any]], items: Callable[[Any], Iterable[Item]]) -> ItemPlan[Item]:
    """Emit the items of every page, following pagination tokens until the last page."""
    token = None
    while True:
        page = yield from fetch(token)
        for item in items(page):
            yield Emit(item)
        token = _next_token(page)
        if token is None:
            return


def _next_token(page: Any) -> str | None:
    pagination = getattr(page, "pagination", None)
    token = getattr(pagination, "next_", None) if pagination else None
    return token if isinstance(token, str) and token else None
