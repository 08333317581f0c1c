"""Data-plane handlers: vectors, queries, stats, listing and namespaces of one index."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any

import numpy as np

from . import _filter
from ._context import Request, Response, Routes, paginate
from ._errors import ApiError, bad_request, not_found
from ._model import F32, Namespace, Record, Sparse
from ._state import IndexInfo, index_owner

routes = Routes()

MAX_UPSERT = 1000
MAX_FETCH = 1000
MAX_DELETE = 1000
MAX_TOP_K = 10_000
MAX_ID_LENGTH = 512
MAX_METADATA_BYTES = 40 * 1024
MAX_LIST_LIMIT = 100
MAX_SPARSE_INDEX = 2**32 - 1
DEFAULT_NAMESPACE = "__default__"


# Pinecone's data plane numbers each write of an index (log sequence numbers) and tells, on each query, the
# newest number its answer reflects; newer official SDKs wait on these headers for freshness.
REQUEST_LSN_HEADER = "x-pinecone-request-lsn"
MAX_INDEXED_LSN_HEADER = "x-pinecone-max-indexed-lsn"
_WRITES = frozenset(
    {
        ("POST", "/vectors/upsert"),
        ("POST", "/vectors/update"),
        ("POST", "/vectors/delete"),
        ("DELETE", "/vectors/delete"),
        ("POST", "/records/namespaces/{namespace}/upsert"),
        ("DELETE", "/namespaces/{namespace}"),
    }
)
_QUERIES = frozenset({("POST", "/query"), ("POST", "/records/namespaces/{namespace}/search")})


class LogSequence:
    """The last write number of each index. A write is visible once answered, so a query reflects every
    number handed out before it: its max-indexed number is simply the last one."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last: dict[str, int] = {}

    def headers(self, index: str, method: str, template: str) -> dict[str, str]:
        """The headers of a successful data-plane answer: a new number for a write, the last one for a query."""
        with self._lock:
            if (method, template) in _WRITES:
                self._last[index] = self._last.get(index, 0) + 1
                return {REQUEST_LSN_HEADER: str(self._last[index])}
            if (method, template) in _QUERIES:
                return {MAX_INDEXED_LSN_HEADER: str(self._last.get(index, 0))}
        return {}


def _info(req: Request) -> IndexInfo:
    info = req.state.indexes.get(req.index or "")
    if info is None:
        raise not_found(f"index {req.index!r} not found")
    return info


def _namespace(value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise bad_request("namespace must be a string")
    return value


def _space(req: Request, ns: str) -> Namespace:
    return req.state.namespaces(index_owner(_info(req).name)).get(ns) or Namespace()


def _number_list(value: Any, what: str) -> list[float]:
    _numbers(value, what)
    return value  # type: ignore[no-any-return]


def _numbers(value: Any, what: str) -> np.ndarray[Any, Any]:
    """``value`` as a 1-d numpy array, refusing anything but a list of numbers (checked in C, not per float)."""
    if not isinstance(value, list):
        raise bad_request(f"{what} must be a list of numbers")
    try:
        array = np.asarray(value)
    except ValueError:  # ragged nesting
        raise bad_request(f"{what} must be a list of numbers") from None
    if array.ndim != 1 or (array.size and array.dtype.kind not in "iuf"):
        raise bad_request(f"{what} must be a list of numbers")
    return array


def _dense(info: IndexInfo, value: Any, what: str) -> F32 | None:
    if value is None or value == []:
        if info.vector_type == "dense":
            raise bad_request(f"{what} needs dense values for a dense index")
        return None
    numbers = _numbers(value, what)
    if info.vector_type == "sparse":
        raise bad_request(f"{what}: a sparse index takes no dense values")
    if len(numbers) != info.dimension:
        # Pinecone's phrase, which programs match: "Vector dimension N does not match the dimension of the index D".
        raise bad_request(
            f"{what}: Vector dimension {len(numbers)} does not match the dimension of the index {info.dimension}"
        )
    with np.errstate(over="ignore"):  # out-of-range values become inf, refused just below
        array: F32 = numbers.astype(np.float32)
    if not np.all(np.isfinite(array)):
        raise bad_request(f"{what} holds a value that is not a finite float32")
    return array


def _sparse(info: IndexInfo, value: Any, what: str) -> Sparse | None:
    if value is None:
        if info.vector_type == "sparse":
            raise bad_request(f"{what} needs sparse values for a sparse index")
        return None
    if not isinstance(value, dict):
        raise bad_request(f"{what}: sparse values must be an object with indices and values")
    indices, values = value.get("indices"), _number_list(value.get("values"), f"{what} sparse values")
    if not isinstance(indices, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in indices):
        raise bad_request(f"{what}: sparse indices must be a list of integers")
    if len(indices) != len(values):
        raise bad_request(f"{what}: sparse indices and values differ in length")
    if len(set(indices)) != len(indices):
        raise bad_request(f"{what}: sparse indices must be unique")
    if any(not 0 <= i <= MAX_SPARSE_INDEX for i in indices):
        raise bad_request(f"{what}: sparse indices must be from 0 to {MAX_SPARSE_INDEX}")
    if info.vector_type == "sparse" and not indices:
        raise bad_request(f"{what}: a sparse index needs at least one sparse value")
    # Stored whatever the metric, as Pinecone does; only querying with them needs dotproduct (see query).
    return np.asarray(indices, dtype=np.int64), np.asarray(values, dtype=np.float32)


def _metadata(value: Any, what: str) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise bad_request(f"{what}: metadata must be an object")
    for key, item in value.items():
        scalar = isinstance(item, str | bool | int | float)
        if not (scalar or (isinstance(item, list) and all(isinstance(s, str) for s in item))):
            raise bad_request(f"{what}: metadata field {key!r} must be a string, number, boolean or list of strings")
    size = len(json.dumps(value).encode())
    if size > MAX_METADATA_BYTES:
        raise bad_request(f"{what}: metadata is {size} bytes; the limit is {MAX_METADATA_BYTES}")
    # Empty metadata is no metadata: Pinecone returns none rather than {}.
    return dict(value) or None


def _id(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise bad_request(f"{what}: id must be a non-empty string")
    if len(value.encode()) > MAX_ID_LENGTH:
        raise bad_request(f"{what}: id is longer than {MAX_ID_LENGTH} bytes")
    return value


def _new_id(value: Any, what: str) -> str:
    """The id of a vector being written: Pinecone stores ASCII ids without NUL (its phrases, which programs match)."""
    rid = _id(value, what)
    if "\0" in rid:
        raise bad_request(f"{what}: Vector ID must not contain null character: {rid!r}")
    if not rid.isascii():
        raise bad_request(f"{what}: Vector ID must be ASCII: {rid!r}")
    return rid


def _filter_of(value: Any) -> Callable[[Record], bool] | None:
    if value is None or value == {}:
        return None
    try:
        _filter.validate(value)
    except _filter.FilterError as error:
        raise bad_request(f"invalid filter: {error}") from None
    return lambda record: _filter.matches(value, record.metadata)


def _vector_json(rid: str, record: Record, values: bool = True, metadata: bool = True) -> dict[str, Any]:
    # "values" is always there, [] when not asked for or when the index is sparse, as Pinecone answers.
    out: dict[str, Any] = {"id": rid, "values": []}
    if values:
        if record.values is not None:
            out["values"] = record.values.tolist()
        if record.sparse is not None:
            out["sparseValues"] = {"indices": record.sparse[0].tolist(), "values": record.sparse[1].tolist()}
    if metadata and record.metadata is not None:
        out["metadata"] = record.metadata
    return out


@routes("POST", "/vectors/upsert")
def upsert(req: Request) -> Response:
    body = req.body
    vectors = body.get("vectors")
    if not isinstance(vectors, list) or not vectors:
        raise bad_request("Invalid request: vectors must be a non-empty list")
    if len(vectors) > MAX_UPSERT:
        raise bad_request(f"{len(vectors)} vectors in one upsert; the limit is {MAX_UPSERT}")
    with req.state.lock:
        info = _info(req)
        records = []
        for position, raw in enumerate(vectors):
            what = f"vector {position}"
            if not isinstance(raw, dict):
                raise bad_request(f"{what} must be an object")
            rid = _new_id(raw.get("id"), what)
            record = Record(
                _dense(info, raw.get("values"), what),
                _sparse(info, raw.get("sparseValues"), what),
                _metadata(raw.get("metadata"), what),
            )
            records.append((rid, record))
        req.state.put_records(index_owner(info.name), _namespace(body.get("namespace")), records)
    return 200, {"upsertedCount": len(records)}


@routes("POST", "/query")
def query(req: Request) -> Response:
    body = req.body
    top_k = body.get("topK")
    if not isinstance(top_k, int) or isinstance(top_k, bool) or not 1 <= top_k <= MAX_TOP_K:
        raise bad_request(f"topK must be an integer from 1 to {MAX_TOP_K}")
    if body.get("queries"):
        raise bad_request("the deprecated 'queries' field is not supported; send one query per request")
    ns = _namespace(body.get("namespace"))
    keep = _filter_of(body.get("filter"))
    with req.state.lock:
        info = _info(req)
        space = _space(req, ns)
        _check_query_inputs(info, body)
        if body.get("id") is not None:
            stored = space.records.get(_id(body["id"], "query"))
            if stored is None:
                return 200, {"results": [], "matches": [], "namespace": ns, "usage": {"readUnits": 1}}
            # A stored record queries with what the index ranks by: dense values, or sparse ones in a sparse index.
            dense, sparse = stored.values, stored.sparse if info.vector_type == "sparse" else None
        else:
            sparse = _sparse(info, body.get("sparseVector"), "query")
            dense = None if info.vector_type == "sparse" else _dense(info, body.get("vector"), "query")
        found = space.search(info.metric, dense, sparse, top_k, keep)
        matches = []
        for rid, score in found:
            match = _vector_json(
                rid, space.records[rid], bool(body.get("includeValues")), bool(body.get("includeMetadata"))
            )
            match["score"] = score
            matches.append(match)
    return 200, {"results": [], "matches": matches, "namespace": ns, "usage": {"readUnits": max(1, len(matches) // 10)}}


def _check_query_inputs(info: IndexInfo, body: dict[str, Any]) -> None:
    """Refuse a combination of vector, sparse vector and id the index cannot rank by, with Pinecone's phrases."""
    vector, rid, sparse = body.get("vector") not in (None, []), body.get("id") is not None, body.get("sparseVector")
    if info.vector_type == "sparse":
        if vector and (sparse is not None or rid):
            raise bad_request("Index configuration does not support dense values: this index is sparse")
        if rid and sparse is not None:
            raise bad_request("Cannot provide both 'ID' and 'sparse_vector' at the same time; send one of them")
        if not rid and sparse is None:
            raise bad_request("Either 'sparse_vector' or 'ID' must be provided to query a sparse index")
        return
    if vector and rid:
        raise bad_request("give either vector or id, not both")
    if not vector and not rid:
        if sparse is not None:
            raise bad_request(
                "Cannot query index with dense 'vector_type' with only sparse vector; add a dense vector or an id"
            )
        raise bad_request("a query needs a vector or an id")
    if sparse is not None and info.metric != "dotproduct":
        raise bad_request(f"query: sparse values need an index with the dotproduct metric; this one uses {info.metric}")


@routes("GET", "/vectors/fetch")
def fetch(req: Request) -> Response:
    ids = req.query.get("ids") or []
    if not ids:
        raise bad_request("fetch needs at least one id")
    if len(ids) > MAX_FETCH:
        raise bad_request(f"{len(ids)} ids in one fetch; the limit is {MAX_FETCH}")
    ns = _namespace(req.query.get("namespace"))
    with req.state.lock:
        space = _space(req, ns)
        vectors = {rid: _vector_json(rid, space.records[rid]) for rid in ids if rid in space.records}
    return 200, {"vectors": vectors, "namespace": ns, "usage": {"readUnits": 1}}


@routes("POST", "/vectors/fetch_by_metadata")
def fetch_by_metadata(req: Request) -> Response:
    body = req.body
    ns = _namespace(body.get("namespace"))
    keep = _filter_of(body.get("filter"))
    limit = body.get("limit", 100)
    with req.state.lock:
        space = _space(req, ns)
        ids = sorted(rid for rid, rec in space.records.items() if keep is None or keep(rec))
        page, token = paginate(ids, str, limit, body.get("paginationToken"))
        out: dict[str, Any] = {"vectors": {rid: _vector_json(rid, space.records[rid]) for rid in page}}
    out.update(namespace=ns, usage={"readUnits": 1})
    if token:
        out["pagination"] = {"next": token}
    return 200, out


@routes("POST", "/vectors/update")
def update(req: Request) -> Response:
    body = req.body
    ns = _namespace(body.get("namespace"))
    with req.state.lock:
        info = _info(req)
        owner = index_owner(info.name)
        space = _space(req, ns)
        new_metadata = _metadata(body.get("setMetadata"), "update")
        if body.get("id") is None:
            return _update_by_filter(req, body, ns, new_metadata)
        rid = _id(body["id"], "update")
        current = space.records.get(rid)
        if current is None:
            return 200, {"matchedRecords": 0}
        values = current.values if body.get("values") is None else _dense(info, body["values"], "update")
        sparse = current.sparse if body.get("sparseValues") is None else _sparse(info, body["sparseValues"], "update")
        metadata = current.metadata
        if new_metadata is not None:
            metadata = _metadata({**(current.metadata or {}), **new_metadata}, "update")
        req.state.put_records(owner, ns, [(rid, Record(values, sparse, metadata))])
    return 200, {"matchedRecords": 1}


def _update_by_filter(req: Request, body: dict[str, Any], ns: str, new_metadata: dict[str, Any] | None) -> Response:
    keep = _filter_of(body.get("filter"))
    if keep is None:
        raise bad_request("update needs an id or a non-empty filter")
    if body.get("values") is not None or body.get("sparseValues") is not None:
        raise bad_request("an update by filter can set metadata only")
    space = _space(req, ns)
    hits = [(rid, rec) for rid, rec in space.records.items() if keep(rec)]
    if not body.get("dryRun") and new_metadata is not None:
        changed = [
            (rid, Record(rec.values, rec.sparse, _metadata({**(rec.metadata or {}), **new_metadata}, "update")))
            for rid, rec in hits
        ]
        req.state.put_records(index_owner(_info(req).name), ns, changed)
    return 200, {"matchedRecords": len(hits)}


@routes("POST", "/vectors/delete")
@routes("DELETE", "/vectors/delete")
def delete(req: Request) -> Response:
    body = req.body if isinstance(req.body, dict) else req.query
    ns = _namespace(body.get("namespace"))
    ids, delete_all, flt = body.get("ids"), bool(body.get("deleteAll")), body.get("filter")
    if sum((ids is not None, delete_all, flt is not None)) != 1:
        raise bad_request("delete needs exactly one of ids, deleteAll or filter")
    keep = _filter_of(flt)
    with req.state.lock:
        owner = index_owner(_info(req).name)
        space = _space(req, ns)
        if delete_all:
            req.state.delete_namespace(owner, ns)
        elif ids is not None:
            if not isinstance(ids, list) or len(ids) > MAX_DELETE:
                raise bad_request(f"ids must be a list of at most {MAX_DELETE} ids")
            req.state.delete_records(owner, ns, [_id(rid, "delete") for rid in ids])
        elif keep is not None:
            req.state.delete_records(owner, ns, [rid for rid, rec in space.records.items() if keep(rec)])
    return 200, {}


@routes("POST", "/describe_index_stats")
@routes("GET", "/describe_index_stats")
def describe_index_stats(req: Request) -> Response:
    keep = _filter_of(req.body.get("filter") if isinstance(req.body, dict) else None)
    with req.state.lock:
        info = _info(req)
        counts = {}
        for ns, space in req.state.namespaces(index_owner(info.name)).items():
            count = sum(1 for rec in space.records.values() if keep is None or keep(rec))
            if count:
                counts[ns] = count
    out: dict[str, Any] = {
        "namespaces": {ns: {"vectorCount": n} for ns, n in sorted(counts.items())},
        "indexFullness": 0.0,
        "totalVectorCount": sum(counts.values()),
        "metric": info.metric,
        "vectorType": info.vector_type,
    }
    if info.dimension is not None:
        out["dimension"] = info.dimension
    return 200, out


def _limit(req: Request, default: int) -> int:
    limit = req.query.get("limit", default)
    if not 1 <= limit <= MAX_LIST_LIMIT:
        raise bad_request(f"limit must be from 1 to {MAX_LIST_LIMIT}")
    return int(limit)


@routes("GET", "/vectors/list")
def list_vectors(req: Request) -> Response:
    ns = _namespace(req.query.get("namespace"))
    prefix = req.query.get("prefix", "")
    limit = _limit(req, 100)
    with req.state.lock:
        ids = sorted(rid for rid in _space(req, ns).records if rid.startswith(prefix))
    page, token = paginate(ids, str, limit, req.query.get("paginationToken"))
    out: dict[str, Any] = {"vectors": [{"id": rid} for rid in page], "namespace": ns, "usage": {"readUnits": 1}}
    if token:
        out["pagination"] = {"next": token}
    return 200, out


def _public_name(ns: str) -> str:
    return ns or DEFAULT_NAMESPACE


def _stored_name(name: str) -> str:
    return "" if name == DEFAULT_NAMESPACE else name


def declared_namespaces(req: Request, info: IndexInfo) -> dict[str, dict[str, Any]]:
    """Namespaces made by create_namespace (they exist while empty), by stored name."""
    prefix = f"{info.uid}/"
    found = req.state.objects.get("namespace", {})
    return {_stored_name(body["name"]): body for key, body in found.items() if key.startswith(prefix)}


def _namespace_json(req: Request, info: IndexInfo, ns: str) -> dict[str, Any]:
    space = req.state.namespaces(index_owner(info.name)).get(ns)
    out: dict[str, Any] = {"name": _public_name(ns), "record_count": 0 if space is None else len(space.records)}
    schema = declared_namespaces(req, info).get(ns, {}).get("schema")
    if schema is not None:
        out["schema"] = schema
    return out


@routes("GET", "/namespaces")
def list_namespaces(req: Request) -> Response:
    prefix = req.query.get("prefix", "")
    limit = _limit(req, 100)
    with req.state.lock:
        info = _info(req)
        stored = set(req.state.namespaces(index_owner(info.name))) | set(declared_namespaces(req, info))
        names = sorted(_public_name(ns) for ns in stored if _public_name(ns).startswith(prefix))
        page, token = paginate(names, str, limit, req.query.get("paginationToken"))
        described = [_namespace_json(req, info, _stored_name(n)) for n in page]
    out: dict[str, Any] = {"namespaces": described, "total_count": len(names)}
    if token:
        out["pagination"] = {"next": token}
    return 200, out


def _existing_namespace(req: Request) -> str:
    ns = _stored_name(req.params["namespace"])
    info = _info(req)
    if ns not in req.state.namespaces(index_owner(info.name)) and ns not in declared_namespaces(req, info):
        raise not_found(f"namespace {req.params['namespace']!r} not found")
    return ns


@routes("GET", "/namespaces/{namespace}")
def describe_namespace(req: Request) -> Response:
    with req.state.lock:
        return 200, _namespace_json(req, _info(req), _existing_namespace(req))


@routes("DELETE", "/namespaces/{namespace}")
def delete_namespace(req: Request) -> Response:
    with req.state.lock:
        ns = _existing_namespace(req)
        info = _info(req)
        req.state.delete_namespace(index_owner(info.name), ns)
        if ns in declared_namespaces(req, info):
            req.state.drop_object("namespace", f"{info.uid}/{_public_name(ns)}")
    return 200, {}


@routes("POST", "/namespaces")
def create_namespace(req: Request) -> Response:
    name = req.body["name"]
    if not isinstance(name, str) or not name or len(name.encode()) > MAX_ID_LENGTH:
        raise bad_request(f"a namespace name is 1 to {MAX_ID_LENGTH} bytes")
    with req.state.lock:
        info = _info(req)
        ns = _stored_name(name)
        if ns in req.state.namespaces(index_owner(info.name)) or ns in declared_namespaces(req, info):
            raise ApiError(409, "ALREADY_EXISTS", f"namespace {name!r} already exists")
        body: dict[str, Any] = {"name": _public_name(ns)}
        if req.body.get("schema") is not None:
            body["schema"] = req.body["schema"]
        req.state.save_object("namespace", f"{info.uid}/{_public_name(ns)}", body)
        return 200, _namespace_json(req, info, ns)
