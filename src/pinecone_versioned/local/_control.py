"""Control-plane handlers: indexes, collections, backups and restore jobs."""

from __future__ import annotations

import copy
import re
import uuid
from datetime import UTC, datetime
from typing import Any

from ._context import Request, Response, Routes, paginate
from ._errors import ApiError, bad_request, not_found
from ._inference import ModelCard, card, embedding_models
from ._state import IndexInfo, index_owner

routes = Routes()

_NAME = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$")
_MAX_NAME = 45
_MAX_DIMENSION = 20_000
# Where Pinecone runs indexes: serverless regions by cloud, and the pod environments.
SERVERLESS_REGIONS = {
    "aws": ("us-east-1", "us-west-2", "eu-west-1"),
    "gcp": ("us-central1", "europe-west4"),
    "azure": ("eastus2",),
}
POD_ENVIRONMENTS = (
    "us-west1-gcp",
    "us-central1-gcp",
    "us-west4-gcp",
    "us-east4-gcp",
    "northamerica-northeast1-gcp",
    "asia-northeast1-gcp",
    "asia-southeast1-gcp",
    "us-east1-gcp",
    "eu-west1-gcp",
    "eu-west4-gcp",
    "us-east-1-aws",
    "eastus-azure",
)
# What an integrated index embeds with when the embed block names no parameters.
DEFAULT_READ_PARAMETERS = {"input_type": "query", "truncate": "END"}
DEFAULT_WRITE_PARAMETERS = {"input_type": "passage", "truncate": "END"}
# The field_map key every embedding model reads its text from.
FIELD_MAP_KEY = "text"


def _now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


def _check_name(name: str, what: str = "index") -> None:
    if not (0 < len(name) <= _MAX_NAME and _NAME.match(name)):
        raise bad_request(
            f"{what} name {name!r} is not valid: use 1 to {_MAX_NAME} lower-case letters, digits and '-', "
            "starting and ending with a letter or digit"
        )


def resource_not_found(kind: str, name: str) -> ApiError:
    """A 404 worded as Pinecone words it ("Resource <name> not found"), which programs match."""
    return not_found(f"Resource {name} not found: there is no {kind} of that name")


def _index(req: Request, name: str) -> IndexInfo:
    info = req.state.indexes.get(name)
    if info is None:
        raise resource_not_found("index", name)
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
        # The sentences carry Pinecone's phrases ("dimension should not be specified for sparse indexes",
        # "Sparse vector indexes must use the metric dotproduct."), which programs match.
        if dimension is not None:
            raise bad_request(f"dimension should not be specified for sparse indexes (got {dimension})")
        if metric != "dotproduct":
            raise bad_request(f"Sparse vector indexes must use the metric dotproduct. This one asks for {metric}.")
    else:
        raise bad_request(f"vector_type must be 'dense' or 'sparse', not {vector_type!r}")
    if metric not in ("cosine", "dotproduct", "euclidean"):
        raise bad_request(f"metric must be cosine, dotproduct or euclidean, not {metric!r}")


def _check_tags(tags: Any) -> dict[str, str] | None:
    """The tags to keep: an empty value removes its tag, and no tags at all is None (not ``{}``), as on Pinecone."""
    if tags is None:
        return None
    if not isinstance(tags, dict) or not all(isinstance(v, str) for v in tags.values()):
        raise bad_request("tags must map names to strings")
    return {k: v for k, v in tags.items() if v != ""} or None


def _check_place(kind: str, detail: dict[str, Any]) -> None:
    """Refuse a serverless region or pod environment Pinecone does not run indexes in."""
    if kind == "serverless":
        cloud, region = detail.get("cloud"), detail.get("region")
        regions = SERVERLESS_REGIONS.get(str(cloud), ())
        if region not in regions:
            known = "; ".join(f"{c}: {', '.join(r)}" for c, r in SERVERLESS_REGIONS.items())
            raise bad_request(f"Region {region} not found for cloud {cloud}; serverless regions are {known}")
    elif kind == "pod" and detail.get("environment") not in POD_ENVIRONMENTS:
        raise bad_request(
            f"Environment {detail.get('environment')} not found; pod environments are {', '.join(POD_ENVIRONMENTS)}"
        )


def _embed_block(embed: dict[str, Any], model_name: str) -> dict[str, Any]:
    """An embed block with the model's required field_map key checked and default read/write parameters."""
    field_map = embed.get("field_map")
    if not isinstance(field_map, dict) or FIELD_MAP_KEY not in field_map:
        raise bad_request(
            f"Missing required key {FIELD_MAP_KEY!r} in field_map: {model_name} embeds the record field "
            f"that field_map[{FIELD_MAP_KEY!r}] names"
        )
    return {
        **embed,
        "read_parameters": embed.get("read_parameters") or dict(DEFAULT_READ_PARAMETERS),
        "write_parameters": embed.get("write_parameters") or dict(DEFAULT_WRITE_PARAMETERS),
    }


def _embed_model(name: str) -> ModelCard:
    """The embedding model of that name; a 400 worded as Pinecone words it for index creation."""
    try:
        return card(name, "embed")
    except ApiError:
        raise bad_request(f"Model {name} not found. Embedding models: {', '.join(embedding_models())}") from None


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
    _check_place(kind, detail)
    if kind == "pod" and vector_type == "sparse":
        raise bad_request("Sparse vector type is not supported for pod indexes; use a serverless index")
    if kind == "pod":
        detail.setdefault("replicas", 1)
        detail.setdefault("shards", 1)
        detail.setdefault("pods", detail["replicas"] * detail["shards"])
    if source := detail.get("source_collection"):
        collection = req.state.objects.get("collection", {}).get(source)
        if collection is None:
            raise resource_not_found("collection", source)
        if collection.get("environment") != detail.get("environment"):
            raise bad_request(
                "Source collection must be in the same environment as the index: "
                f"{source!r} is in {collection.get('environment')}, not {detail.get('environment')}"
            )
        if collection.get("dimension") != body.get("dimension"):
            raise bad_request(
                f"Index and collection must have the same dimension: {source!r} has {collection.get('dimension')}"
            )
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
    model = _embed_model(body["embed"]["model"])
    embed = _embed_block(dict(body["embed"]), model.name)
    spec = {"serverless": {"cloud": body["cloud"], "region": body["region"]}}
    _check_place("serverless", spec["serverless"])
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
        spec=spec,
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
                403,
                "FORBIDDEN",
                f"Deletion protection is enabled for this index ({info.name!r}); disable it before deleting",
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
            info.embed = _configure_embed(info, body["embed"])
        req.state.save_index(info)
        return 202, index_model(req, info)


def _configure_embed(info: IndexInfo, change: dict[str, Any]) -> dict[str, Any]:
    """The embed block after a change: an index without one becomes integrated if the model fits its shape."""
    if info.embed is not None:
        if change.get("model", info.embed["model"]) != info.embed["model"]:
            raise bad_request("the embedding model of an index cannot change")
        return {**info.embed, **change}
    model = _embed_model(str(change.get("model")))
    if model.vector_type != info.vector_type:
        raise bad_request(f"{model.name} makes {model.vector_type} vectors; index {info.name!r} is {info.vector_type}")
    if info.dimension is not None and info.dimension not in model.dimensions:
        raise bad_request(
            f"Index dimension {info.dimension} does not match {model.name}, "
            f"which makes dimensions {', '.join(map(str, model.dimensions))}"
        )
    embed = _embed_block(dict(change), model.name)
    embed.update(vector_type=info.vector_type, metric=info.metric)
    if info.dimension is not None:
        embed["dimension"] = info.dimension
    return embed


# Collections: snapshots of pod indexes.


def _collection(req: Request, name: str) -> dict[str, Any]:
    found = req.state.objects.get("collection", {}).get(name)
    if found is None:
        raise resource_not_found("collection", name)
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
            # Ready once a client has seen it initialising (see _observed), so wait loops run as on Pinecone.
            "status": "Initializing",
            "dimension": info.dimension,
            "vector_count": count,
            "environment": info.spec["pod"]["environment"],
        }
        req.state.copy_vectors(index_owner(source), f"collection:{name}")
        req.state.save_object("collection", name, body)
    return 201, body


def _observed(req: Request, collection: dict[str, Any]) -> dict[str, Any]:
    """The collection as a client sees it now; an initialising one is Ready from the next look on."""
    if collection["status"] == "Initializing":
        req.state.save_object("collection", collection["name"], {**collection, "status": "Ready"})
    return collection


@routes("GET", "/collections")
def list_collections(req: Request) -> Response:
    with req.state.lock:
        found = req.state.objects.get("collection", {})
        return 200, {"collections": [_observed(req, found[n]) for n in sorted(found)]}


@routes("GET", "/collections/{collection_name}")
def describe_collection(req: Request) -> Response:
    with req.state.lock:
        return 200, _observed(req, _collection(req, req.params["collection_name"]))


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
            "tags": info.tags,
            "vector_type": info.vector_type,
            "embed": info.embed,
        }
        # Absent rather than null or {}, as Pinecone reports them.
        for key in ("dimension", "tags"):
            if body[key] is None:
                del body[key]
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
            tags=_check_tags(req.body.get("tags", backup.get("tags"))),
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
