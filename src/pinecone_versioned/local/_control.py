"""Control-plane handlers: indexes, collections, backups and restore jobs."""

from __future__ import annotations

import copy
import re
import uuid
from datetime import UTC, datetime
from typing import Any

from ._context import Request, Response, Routes, paginate
from ._errors import ApiError, bad_request, not_found
from ._inference import card
from ._state import IndexInfo, index_owner

routes = Routes()

_NAME = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$")
_MAX_NAME = 45
_MAX_DIMENSION = 20_000


def _now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


def _check_name(name: str, what: str = "index") -> None:
    if not (0 < len(name) <= _MAX_NAME and _NAME.match(name)):
        raise bad_request(
            f"{what} name {name!r} is not valid: use 1 to {_MAX_NAME} lower-case letters, digits and '-', "
            "starting and ending with a letter or digit"
        )


def _index(req: Request, name: str) -> IndexInfo:
    info = req.state.indexes.get(name)
    if info is None:
        raise not_found(f"index {name!r} not found")
    return info


def _exists(name: str) -> ApiError:
    return ApiError(409, "ALREADY_EXISTS", f"a resource named {name!r} already exists")


def index_model(req: Request, info: IndexInfo) -> dict[str, Any]:
    """The IndexModel of the newest version; the response shaper trims it per version."""
    spec = copy.deepcopy(info.spec)
    for kind in ("serverless", "byoc"):
        if kind in spec:
            capacity = spec[kind].setdefault("read_capacity", {"mode": "OnDemand"})
            capacity.setdefault("status", {"state": "Ready"})
    model: dict[str, Any] = {
        "name": info.name,
        "metric": info.metric,
        "host": req.hosts.host(info.port),
        "deletion_protection": info.deletion_protection,
        "spec": spec,
        "status": {"ready": info.ready, "state": "Ready" if info.ready else "Initializing"},
        "vector_type": info.vector_type,
    }
    if info.dimension is not None:
        model["dimension"] = info.dimension
    if info.tags is not None:
        model["tags"] = info.tags
    if info.embed is not None:
        model["embed"] = info.embed
    return model


def _check_shape(vector_type: str, dimension: Any, metric: str) -> None:
    if vector_type == "dense":
        if not isinstance(dimension, int) or not 1 <= dimension <= _MAX_DIMENSION:
            raise bad_request(f"a dense index needs a dimension from 1 to {_MAX_DIMENSION}")
    elif vector_type == "sparse":
        if dimension is not None:
            raise bad_request("a sparse index takes no dimension")
        if metric != "dotproduct":
            raise bad_request("a sparse index needs the dotproduct metric")
    else:
        raise bad_request(f"vector_type must be 'dense' or 'sparse', not {vector_type!r}")
    if metric not in ("cosine", "dotproduct", "euclidean"):
        raise bad_request(f"metric must be cosine, dotproduct or euclidean, not {metric!r}")


def _check_tags(tags: Any) -> dict[str, str] | None:
    if tags is None:
        return None
    if not isinstance(tags, dict) or not all(isinstance(v, str) for v in tags.values()):
        raise bad_request("tags must map names to strings")
    return {k: v for k, v in tags.items() if v != ""}


def _create(req: Request, info: IndexInfo, source_owner: str | None = None) -> Response:
    """Bind the index's port, store it, seed its data from a snapshot if given; Ready after this answer."""
    with req.state.lock:
        if info.name in req.state.indexes:
            raise _exists(info.name)
        info.port = req.hosts.open(info.name, 0)
        req.state.save_index(info)
        if source_owner is not None:
            req.state.copy_vectors(source_owner, index_owner(info.name))
        body = index_model(req, info)
        info.ready = True
        req.state.save_index(info)
    return 201, body


def _new_index(name: str, **fields: Any) -> IndexInfo:
    return IndexInfo(name=name, uid=str(uuid.uuid4()), created_at=_now(), **fields)


@routes("POST", "/indexes")
def create_index(req: Request) -> Response:
    body = req.body
    _check_name(body["name"])
    vector_type = body.get("vector_type", "dense")
    metric = body.get("metric", "dotproduct" if vector_type == "sparse" else "cosine")
    _check_shape(vector_type, body.get("dimension"), metric)
    spec = copy.deepcopy(body["spec"])
    if len(spec) != 1:
        raise bad_request("spec needs exactly one of serverless, pod or byoc")
    source_owner = None
    kind, detail = next(iter(spec.items()))
    if kind == "pod":
        detail.setdefault("replicas", 1)
        detail.setdefault("shards", 1)
        detail.setdefault("pods", detail["replicas"] * detail["shards"])
    if source := detail.get("source_collection"):
        collection = req.state.objects.get("collection", {}).get(source)
        if collection is None:
            raise not_found(f"collection {source!r} not found")
        if collection.get("dimension") != body.get("dimension"):
            raise bad_request(f"collection {source!r} has dimension {collection.get('dimension')}")
        source_owner = f"collection:{source}"
    info = _new_index(
        body["name"],
        dimension=body.get("dimension"),
        metric=metric,
        vector_type=vector_type,
        spec=spec,
        deletion_protection=body.get("deletion_protection", "disabled"),
        tags=_check_tags(body.get("tags")),
    )
    return _create(req, info, source_owner)


@routes("POST", "/indexes/create-for-model")
def create_index_for_model(req: Request) -> Response:
    body = req.body
    _check_name(body["name"])
    embed = dict(body["embed"])
    model = card(embed["model"], "embed")
    vector_type = str(model.vector_type)
    dimension = embed.get("dimension", model.dimensions[0]) if vector_type == "dense" else None
    metric = "cosine" if vector_type == "dense" else "dotproduct"
    if vector_type == "dense" and dimension not in model.dimensions:
        raise bad_request(f"{model.name} supports dimensions {', '.join(map(str, model.dimensions))}")
    embed.update(vector_type=vector_type, metric=embed.get("metric", metric))
    if dimension is not None:
        embed["dimension"] = dimension
    _check_shape(vector_type, dimension, embed["metric"])
    info = _new_index(
        body["name"],
        dimension=dimension,
        metric=embed["metric"],
        vector_type=vector_type,
        spec={"serverless": {"cloud": body["cloud"], "region": body["region"]}},
        deletion_protection=body.get("deletion_protection", "disabled"),
        tags=_check_tags(body.get("tags")),
        embed=embed,
    )
    return _create(req, info)


@routes("GET", "/indexes")
def list_indexes(req: Request) -> Response:
    with req.state.lock:
        return 200, {"indexes": [index_model(req, req.state.indexes[n]) for n in sorted(req.state.indexes)]}


@routes("GET", "/indexes/{index_name}")
def describe_index(req: Request) -> Response:
    with req.state.lock:
        return 200, index_model(req, _index(req, req.params["index_name"]))


@routes("DELETE", "/indexes/{index_name}")
def delete_index(req: Request) -> Response:
    with req.state.lock:
        info = _index(req, req.params["index_name"])
        if info.deletion_protection == "enabled":
            raise ApiError(
                403, "FORBIDDEN", f"index {info.name!r} has deletion protection enabled; disable it before deleting"
            )
        req.hosts.close(info.name)
        req.state.drop_index(info.name)
    return 202, None


@routes("PATCH", "/indexes/{index_name}")
def configure_index(req: Request) -> Response:
    body = req.body
    with req.state.lock:
        info = copy.deepcopy(_index(req, req.params["index_name"]))
        for kind, change in (body.get("spec") or {}).items():
            if kind not in info.spec:
                raise bad_request(f"index {info.name!r} is not a {kind} index")
            if kind == "pod":
                info.spec["pod"].update({k: v for k, v in change.items() if k in ("replicas", "pod_type")})
        if "deletion_protection" in body:
            info.deletion_protection = body["deletion_protection"]
        if body.get("tags") is not None:
            merged = {**(info.tags or {}), **body["tags"]}
            info.tags = _check_tags(merged)
        if body.get("embed") is not None:
            if info.embed is None:
                raise bad_request(f"index {info.name!r} was not created for a model")
            if body["embed"].get("model", info.embed["model"]) != info.embed["model"]:
                raise bad_request("the embedding model of an index cannot change")
            info.embed.update(body["embed"])
        req.state.save_index(info)
        return 202, index_model(req, info)


# Collections: snapshots of pod indexes.


def _collection(req: Request, name: str) -> dict[str, Any]:
    found = req.state.objects.get("collection", {}).get(name)
    if found is None:
        raise not_found(f"collection {name!r} not found")
    return found


def _counts(req: Request, owner: str) -> tuple[int, int]:
    spaces = req.state.namespaces(owner)
    return sum(len(s.records) for s in spaces.values()), len(spaces)


@routes("POST", "/collections")
def create_collection(req: Request) -> Response:
    name, source = req.body["name"], req.body["source"]
    _check_name(name, "collection")
    with req.state.lock:
        if name in req.state.objects.get("collection", {}):
            raise _exists(name)
        info = _index(req, source)
        if "pod" not in info.spec:
            raise bad_request("collections can be made from pod indexes only")
        count, _ = _counts(req, index_owner(source))
        body = {
            "name": name,
            "size": count * 4 * (info.dimension or 0),
            "status": "Ready",
            "dimension": info.dimension,
            "vector_count": count,
            "environment": info.spec["pod"]["environment"],
        }
        req.state.copy_vectors(index_owner(source), f"collection:{name}")
        req.state.save_object("collection", name, body)
    return 201, body


@routes("GET", "/collections")
def list_collections(req: Request) -> Response:
    with req.state.lock:
        found = req.state.objects.get("collection", {})
        return 200, {"collections": [found[n] for n in sorted(found)]}


@routes("GET", "/collections/{collection_name}")
def describe_collection(req: Request) -> Response:
    with req.state.lock:
        return 200, _collection(req, req.params["collection_name"])


@routes("DELETE", "/collections/{collection_name}")
def delete_collection(req: Request) -> Response:
    name = req.params["collection_name"]
    with req.state.lock:
        _collection(req, name)
        req.state.drop_object("collection", name, f"collection:{name}")
    return 202, None


# Backups of serverless indexes, and the restore jobs that turn them back into indexes.


def _page(req: Request, items: list[dict[str, Any]], key: str) -> dict[str, Any]:
    items = sorted(items, key=lambda item: str(item[key]))
    page, token = paginate(
        items, lambda item: str(item[key]), int(req.query.get("limit", 10)), req.query.get("paginationToken")
    )
    return {"data": page, **({"pagination": {"next": token}} if token else {})}


def _backup(req: Request, backup_id: str) -> dict[str, Any]:
    found = req.state.objects.get("backup", {}).get(backup_id)
    if found is None:
        raise not_found(f"backup {backup_id!r} not found")
    return found


@routes("POST", "/indexes/{index_name}/backups")
def create_backup(req: Request) -> Response:
    with req.state.lock:
        info = _index(req, req.params["index_name"])
        if "serverless" not in info.spec:
            raise bad_request("backups can be made of serverless indexes only")
        backup_id = str(uuid.uuid4())
        records, namespaces = _counts(req, index_owner(info.name))
        body: dict[str, Any] = {
            "backup_id": backup_id,
            "source_index_name": info.name,
            "source_index_id": info.uid,
            "name": req.body.get("name", ""),
            "description": req.body.get("description", ""),
            "status": "Ready",
            "cloud": info.spec["serverless"]["cloud"],
            "region": info.spec["serverless"]["region"],
            "dimension": info.dimension,
            "metric": info.metric,
            "record_count": records,
            "namespace_count": namespaces,
            "size_bytes": records * 4 * (info.dimension or 0),
            "created_at": _now(),
            # Kept for the restore; the shaper drops fields a version does not define.
            "tags": info.tags or {},
            "vector_type": info.vector_type,
            "embed": info.embed,
        }
        if body["dimension"] is None:
            del body["dimension"]
        req.state.copy_vectors(index_owner(info.name), f"backup:{backup_id}")
        req.state.save_object("backup", backup_id, body)
    return 201, body


@routes("GET", "/indexes/{index_name}/backups")
def list_index_backups(req: Request) -> Response:
    with req.state.lock:
        name = _index(req, req.params["index_name"]).name
        found = [b for b in req.state.objects.get("backup", {}).values() if b["source_index_name"] == name]
        return 200, _page(req, found, "backup_id")


@routes("GET", "/backups")
def list_project_backups(req: Request) -> Response:
    with req.state.lock:
        return 200, _page(req, list(req.state.objects.get("backup", {}).values()), "backup_id")


@routes("GET", "/backups/{backup_id}")
def describe_backup(req: Request) -> Response:
    with req.state.lock:
        return 200, _backup(req, req.params["backup_id"])


@routes("DELETE", "/backups/{backup_id}")
def delete_backup(req: Request) -> Response:
    backup_id = req.params["backup_id"]
    with req.state.lock:
        _backup(req, backup_id)
        req.state.drop_object("backup", backup_id, f"backup:{backup_id}")
    return 202, None


@routes("POST", "/backups/{backup_id}/create-index")
def create_index_from_backup(req: Request) -> Response:
    backup_id = req.params["backup_id"]
    _check_name(req.body["name"])
    with req.state.lock:
        backup = _backup(req, backup_id)
        info = _new_index(
            req.body["name"],
            dimension=backup.get("dimension"),
            metric=backup["metric"],
            vector_type=backup["vector_type"],
            spec={"serverless": {"cloud": backup["cloud"], "region": backup["region"]}},
            deletion_protection=req.body.get("deletion_protection", "disabled"),
            tags=_check_tags(req.body.get("tags", backup["tags"])),
            embed=backup["embed"],
        )
        _create(req, info, f"backup:{backup_id}")
        now = _now()
        job: dict[str, Any] = {
            "restore_job_id": str(uuid.uuid4()),
            "backup_id": backup_id,
            "target_index_name": info.name,
            "target_index_id": info.uid,
            "status": "Completed",
            "created_at": now,
            "completed_at": now,
            "percent_complete": 100.0,
        }
        req.state.save_object("restore_job", job["restore_job_id"], job)
    return 202, {"restore_job_id": job["restore_job_id"], "index_id": info.uid}


@routes("GET", "/restore-jobs")
def list_restore_jobs(req: Request) -> Response:
    with req.state.lock:
        return 200, _page(req, list(req.state.objects.get("restore_job", {}).values()), "restore_job_id")


@routes("GET", "/restore-jobs/{job_id}")
def describe_restore_job(req: Request) -> Response:
    with req.state.lock:
        found = req.state.objects.get("restore_job", {}).get(req.params["job_id"])
        if found is None:
            raise not_found(f"restore job {req.params['job_id']!r} not found")
        return 200, found
