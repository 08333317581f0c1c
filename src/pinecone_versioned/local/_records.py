"""Data-plane handlers for text records (indexes created for a model) and bulk imports.

Records: upsert_records embeds the field named by the index's ``field_map``
(``text``) with the stand-in model of ``_inference`` and keeps every other field
as metadata; search_records embeds its query text the same way.

Bulk imports read Parquet files from a local ``file://`` directory: files directly
in it go to the default namespace, files in a subdirectory to the namespace of
that name. Columns: ``id``, ``values``, ``sparse_values`` (indices and values) and
``metadata`` (a JSON string), as Pinecone documents them. An import moves one
step each time it is described or listed (Pending, InProgress, then Completed or
Failed), so clients that poll see every state; it is written in one
transaction when it completes, and a cancel before then writes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

import numpy as np

from ._context import Request, Response, Routes, paginate
from ._data import (
    _dense,
    _filter_of,
    _id,
    _info,
    _limit,
    _metadata,
    _new_id,
    _space,
    _sparse,
    _stored_name,
)
from ._errors import bad_request, not_found
from ._inference import card, embedding, rerank_documents, words
from ._model import Record
from ._state import IndexInfo, index_owner

routes = Routes()

MAX_RECORDS_PER_UPSERT = 96
_TERMINAL = ("Completed", "Failed", "Cancelled")


def _now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


def _embed_record(info: IndexInfo, text: str) -> tuple[Any, Any]:
    """Dense values or sparse values of ``text`` with the index's model."""
    assert info.embed is not None
    found = embedding(card(info.embed["model"], "embed"), text, info.dimension)
    if found["vector_type"] == "sparse":
        pair = np.asarray(found["sparse_indices"], np.int64), np.asarray(found["sparse_values"], np.float32)
        return None, pair
    return np.asarray(found["values"], np.float32), None


def _text_field(info: IndexInfo) -> str:
    if info.embed is None:
        raise bad_request(f"index {info.name!r} was not created for a model; upsert vectors instead")
    field = (info.embed.get("field_map") or {}).get("text")
    if not isinstance(field, str):
        raise bad_request(f"index {info.name!r} has no field_map for text")
    return field


@routes("POST", "/records/namespaces/{namespace}/upsert")
def upsert_records(req: Request) -> Response:
    rows = req.body if isinstance(req.body, list) else [req.body]
    if not rows or len(rows) > MAX_RECORDS_PER_UPSERT:
        raise bad_request(f"send 1 to {MAX_RECORDS_PER_UPSERT} records per request")
    with req.state.lock:
        info = _info(req)
        field = _text_field(info)
        records = []
        for position, row in enumerate(rows):
            what = f"record {position}"
            if not isinstance(row, dict):
                raise bad_request(f"{what} must be an object")
            rid = _new_id(row.get("_id", row.get("id")), what)
            text = row.get(field)
            if not isinstance(text, str):
                raise bad_request(f"{what} needs a string field {field!r} to embed")
            fields = {k: v for k, v in row.items() if k not in ("_id", "id")}
            records.append((rid, Record(*_embed_record(info, text), _metadata(fields, what))))
        req.state.put_records(index_owner(info.name), _stored_name(req.params["namespace"]), records)
    return 201, None


def _search_vector(req: Request, info: IndexInfo, query: dict[str, Any], ns: str) -> tuple[Any, Any, int]:
    """Dense and sparse query values, and the tokens embedded to get them."""
    if query.get("inputs") is not None:
        text = query["inputs"].get("text")
        if not isinstance(text, str):
            raise bad_request("query.inputs needs a text string")
        _text_field(info)
        return *_embed_record(info, text), len(words(text))
    if query.get("vector") is not None:
        vector = query["vector"]
        sparse = None
        if vector.get("sparse_indices") is not None:
            raw = {"indices": vector["sparse_indices"], "values": vector.get("sparse_values")}
            sparse = _sparse(info, raw, "query.vector")
        dense = None if info.vector_type == "sparse" else _dense(info, vector.get("values"), "query.vector")
        return dense, sparse, 0
    if query.get("id") is not None:
        stored = _space(req, ns).records.get(_id(query["id"], "query"))
        if stored is None:
            raise not_found(f"record {query['id']!r} not found")
        return stored.values, stored.sparse if info.vector_type == "sparse" else None, 0
    raise bad_request("query needs inputs, vector or id")


def _match_terms(info: IndexInfo, terms: Any) -> Callable[[Record], bool] | None:
    if not terms or not terms.get("terms"):
        return None
    if info.vector_type != "sparse":
        raise bad_request("match_terms works on sparse indexes only")
    wanted = {w for term in terms["terms"] for w in words(term)}
    field = _text_field(info)
    return lambda record: wanted <= set(words(str((record.metadata or {}).get(field, ""))))


@routes("POST", "/records/namespaces/{namespace}/search")
def search_records(req: Request) -> Response:
    body = req.body
    query = body["query"]
    top_k = query.get("top_k")
    if not isinstance(top_k, int) or not 1 <= top_k <= 10_000:
        raise bad_request("query.top_k must be an integer from 1 to 10000")
    ns = _stored_name(req.params["namespace"])
    with req.state.lock:
        info = _info(req)
        dense, sparse, tokens = _search_vector(req, info, query, ns)
        checks = [c for c in (_filter_of(query.get("filter")), _match_terms(info, query.get("match_terms"))) if c]
        keep = (lambda record: all(c(record) for c in checks)) if checks else None
        space = _space(req, ns)
        found = space.search(info.metric, dense, sparse, top_k, keep)
        metadata = [space.records[rid].metadata or {} for rid, _ in found]
    wanted = body.get("fields")
    # No field list, or the wildcard "*", returns every field.
    every = wanted is None or "*" in wanted
    hits = [
        {"_id": rid, "_score": score, "fields": {k: v for k, v in meta.items() if every or k in wanted}}
        for (rid, score), meta in zip(found, metadata, strict=True)
    ]
    usage: dict[str, Any] = {"read_units": 1, "embed_total_tokens": tokens}
    if body.get("rerank") is not None:
        hits = _rerank(body["rerank"], query, hits, metadata)
        usage["rerank_units"] = 1
    return 200, {"result": {"hits": hits}, "usage": usage}


def _rerank(
    spec: dict[str, Any], query: dict[str, Any], hits: list[dict[str, Any]], metadata: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    card(spec["model"], "rerank")
    text = spec.get("query") or (query.get("inputs") or {}).get("text")
    if not isinstance(text, str):
        raise bad_request("rerank needs a query text (rerank.query or query.inputs.text)")
    ranked = rerank_documents(text, metadata, spec.get("rank_fields") or ["text"])
    top_n = spec.get("top_n", len(hits))
    return [{**hits[i], "_score": score} for i, score in ranked[:top_n]]


# Bulk imports.


def _imports(req: Request, info: IndexInfo) -> dict[str, dict[str, Any]]:
    prefix = f"{info.uid}/"
    return {k: v for k, v in req.state.objects.get("import", {}).items() if k.startswith(prefix)}


@routes("POST", "/bulk/imports")
def start_import(req: Request) -> Response:
    uri = req.body["uri"]
    parts = urlsplit(uri)
    if parts.scheme != "file":
        raise bad_request(f"this local server imports from file:// directories only, not {parts.scheme or uri!r}")
    folder = Path(url2pathname(parts.path))
    if not folder.is_dir():
        raise bad_request(f"no directory at {folder}")
    on_error = (req.body.get("errorMode") or {}).get("onError", "abort")
    if on_error not in ("abort", "continue"):
        raise bad_request("errorMode.onError must be abort or continue")
    with req.state.lock:
        info = _info(req)
        job_id = str(len(_imports(req, info)) + 1)
        job = {
            "id": job_id,
            "uri": uri,
            "status": "Pending",
            "createdAt": _now(),
            "percentComplete": 0.0,
            "recordsImported": 0,
            "onError": on_error,
        }
        req.state.save_object("import", f"{info.uid}/{job_id}", job)
    return 200, {"id": job_id}


def _read_parquet(folder: Path, info: IndexInfo, skip_errors: bool) -> dict[str, list[tuple[str, Record]]]:
    """The records of every Parquet file under ``folder``, by namespace (ValueError on a bad row)."""
    import pyarrow.parquet as pq  # type: ignore[import-untyped]  # optional: only imports need it

    out: dict[str, list[tuple[str, Record]]] = {}
    for file in sorted(folder.rglob("*.parquet")):
        ns = "" if file.parent == folder else _stored_name(file.parent.relative_to(folder).as_posix())
        for position, row in enumerate(pq.read_table(file).to_pylist()):
            try:
                sparse = row.get("sparse_values")
                raw_meta = row.get("metadata")
                meta = json.loads(raw_meta) if isinstance(raw_meta, str) else raw_meta
                what = f"{file.name} row {position}"
                record = Record(
                    _dense(info, row.get("values"), what), _sparse(info, sparse, what), _metadata(meta, what)
                )
                out.setdefault(ns, []).append((_new_id(row.get("id"), what), record))
            except Exception as error:  # noqa: BLE001 (any bad row: skip it or fail the import)
                if not skip_errors:
                    raise ValueError(f"{file.name} row {position}: {error}") from None
    return out


def _advance(req: Request, info: IndexInfo, key: str, job: dict[str, Any]) -> dict[str, Any]:
    """Move an import one step along Pending, InProgress, Completed/Failed."""
    if job["status"] in _TERMINAL:
        return job
    job = dict(job)
    if job["status"] == "Pending":
        job.update(status="InProgress", percentComplete=50.0)
    else:
        try:
            found = _read_parquet(Path(url2pathname(urlsplit(job["uri"]).path)), info, job["onError"] == "continue")
        except Exception as error:  # noqa: BLE001 (the import fails with the reason, the server goes on)
            job.update(status="Failed", error=str(error), finishedAt=_now())
        else:
            for ns, records in found.items():
                req.state.put_records(index_owner(info.name), ns, records)
            count = sum(len(r) for r in found.values())
            job.update(status="Completed", percentComplete=100.0, recordsImported=count, finishedAt=_now())
    req.state.save_object("import", key, job)
    return job


def _job(req: Request, info: IndexInfo) -> tuple[str, dict[str, Any]]:
    key = f"{info.uid}/{req.params['id']}"
    job = req.state.objects.get("import", {}).get(key)
    if job is None:
        raise not_found(f"import {req.params['id']!r} not found")
    return key, job


@routes("GET", "/bulk/imports/{id}")
def describe_import(req: Request) -> Response:
    with req.state.lock:
        info = _info(req)
        return 200, _advance(req, info, *_job(req, info))


@routes("GET", "/bulk/imports")
def list_imports(req: Request) -> Response:
    limit = _limit(req, 100)
    with req.state.lock:
        info = _info(req)
        jobs = sorted(
            (_advance(req, info, key, job) for key, job in _imports(req, info).items()), key=lambda j: int(j["id"])
        )
    page, token = paginate(jobs, lambda j: f"{int(j['id']):012d}", limit, req.query.get("paginationToken"))
    return 200, {"data": page, **({"pagination": {"next": token}} if token else {})}


@routes("DELETE", "/bulk/imports/{id}")
def cancel_import(req: Request) -> Response:
    with req.state.lock:
        info = _info(req)
        key, job = _job(req, info)
        if job["status"] not in _TERMINAL:
            req.state.save_object("import", key, {**job, "status": "Cancelled", "finishedAt": _now()})
    return 200, {}
