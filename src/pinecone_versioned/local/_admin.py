"""Simulations of the admin API (organizations, projects, API keys) and of its OAuth token endpoint.

A simulation, not Pinecone's account system: ``/oauth/token`` hands a bearer token
to any non-empty client id and secret (client credentials grant); the admin routes
accept any unexpired token it issued. There is one organization, and a project
named ``default`` made on first use. API keys made here are accepted by every
other surface of the same server, even when it runs with its own ``api_key``.
"""

from __future__ import annotations

import secrets
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from ._context import Request, Response, Routes, ok_status
from ._errors import ApiError, bad_request, not_found

routes = Routes()
oauth_routes = Routes()

TOKEN_LIFETIME_SECONDS = 1800
ORGANIZATION_ID = "local-organization"
_ROLES = (
    "ProjectEditor",
    "ProjectViewer",
    "ControlPlaneEditor",
    "ControlPlaneViewer",
    "DataPlaneEditor",
    "DataPlaneViewer",
)


def _now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


@oauth_routes("POST", "/oauth/token")
def get_token(req: Request) -> Response:
    body = req.body
    if body.get("grant_type") != "client_credentials":
        raise bad_request("grant_type must be client_credentials")
    if not body.get("client_id") or not body.get("client_secret"):
        raise ApiError(401, "UNAUTHENTICATED", "client_id and client_secret are required")
    token = secrets.token_urlsafe(32)
    with req.state.lock:
        now = time.time()
        for old in [t for t, expiry in req.state.tokens.items() if expiry < now]:
            del req.state.tokens[old]
        req.state.tokens[token] = now + TOKEN_LIFETIME_SECONDS
    return 200, {"access_token": token, "token_type": "Bearer", "expires_in": TOKEN_LIFETIME_SECONDS}


def _objects(req: Request, kind: str) -> dict[str, dict[str, Any]]:
    """Objects of a kind, with the organization and the default project made on first use."""
    if "organization" not in req.state.objects:
        org = {
            "id": ORGANIZATION_ID,
            "name": "local",
            "plan": "Free",
            "payment_status": "Active",
            "created_at": _now(),
            "support_tier": "Free",
        }
        req.state.save_object("organization", ORGANIZATION_ID, org)
        _save_project(req, {"name": "default"})
    return req.state.objects.get(kind, {})


def _get(req: Request, kind: str, key: str) -> dict[str, Any]:
    found = _objects(req, kind).get(req.params[key])
    if found is None:
        raise not_found(f"{kind.replace('_', ' ')} {req.params[key]!r} not found")
    return found


def _save_project(req: Request, body: dict[str, Any], current: dict[str, Any] | None = None) -> dict[str, Any]:
    name = body.get("name")
    if name is not None and any(
        p["name"] == name and p is not current for p in req.state.objects.get("project", {}).values()
    ):
        raise ApiError(409, "ALREADY_EXISTS", f"a project named {name!r} already exists")
    project = current or {
        "id": str(uuid.uuid4()),
        "max_pods": 0,
        "force_encryption_with_cmek": False,
        "organization_id": ORGANIZATION_ID,
        "created_at": _now(),
    }
    project = {**project, **{k: v for k, v in body.items() if v is not None}}
    req.state.save_object("project", project["id"], project)
    return project


@routes("GET", "/admin/organizations")
def list_organizations(req: Request) -> Response:
    with req.state.lock:
        return 200, {"data": list(_objects(req, "organization").values())}


@routes("GET", "/admin/organizations/{organization_id}")
def fetch_organization(req: Request) -> Response:
    with req.state.lock:
        return 200, _get(req, "organization", "organization_id")


@routes("PATCH", "/admin/organizations/{organization_id}")
def update_organization(req: Request) -> Response:
    with req.state.lock:
        org = {**_get(req, "organization", "organization_id"), **req.body}
        req.state.save_object("organization", org["id"], org)
        return 200, org


@routes("DELETE", "/admin/organizations/{organization_id}")
def delete_organization(req: Request) -> Response:
    with req.state.lock:
        _get(req, "organization", "organization_id")
    raise bad_request("the local server's only organization cannot be deleted")


@routes("GET", "/admin/projects")
def list_projects(req: Request) -> Response:
    with req.state.lock:
        return 200, {"data": sorted(_objects(req, "project").values(), key=lambda p: str(p["created_at"]))}


@routes("POST", "/admin/projects")
def create_project(req: Request) -> Response:
    with req.state.lock:
        _objects(req, "project")
        return ok_status(req), _save_project(req, req.body)


@routes("GET", "/admin/projects/{project_id}")
def fetch_project(req: Request) -> Response:
    with req.state.lock:
        return 200, _get(req, "project", "project_id")


@routes("PATCH", "/admin/projects/{project_id}")
def update_project(req: Request) -> Response:
    with req.state.lock:
        return 200, _save_project(req, req.body, _get(req, "project", "project_id"))


@routes("DELETE", "/admin/projects/{project_id}")
def delete_project(req: Request) -> Response:
    with req.state.lock:
        project = _get(req, "project", "project_id")
        for key_id in [k for k, v in _objects(req, "api_key").items() if v["project_id"] == project["id"]]:
            req.state.drop_object("api_key", key_id)
        req.state.drop_object("project", project["id"])
    return ok_status(req), None


def _roles(body: dict[str, Any], default: list[str]) -> list[str]:
    roles = body.get("roles", default)
    if not isinstance(roles, list) or not roles or any(r not in _ROLES for r in roles):
        raise bad_request(f"roles must be a non-empty list drawn from {', '.join(_ROLES)}")
    return roles


def _with_secret(key: dict[str, Any]) -> dict[str, Any]:
    return {"key": key, "value": key["secret"]}


@routes("GET", "/admin/projects/{project_id}/api-keys")
def list_api_keys(req: Request) -> Response:
    with req.state.lock:
        project = _get(req, "project", "project_id")
        found = [k for k in _objects(req, "api_key").values() if k["project_id"] == project["id"]]
        return 200, {"data": sorted(found, key=lambda k: str(k["created_at"]))}


@routes("POST", "/admin/projects/{project_id}/api-keys")
def create_api_key(req: Request) -> Response:
    with req.state.lock:
        project = _get(req, "project", "project_id")
        key = {
            "id": str(uuid.uuid4()),
            "name": req.body["name"],
            "project_id": project["id"],
            "roles": _roles(req.body, ["ProjectEditor"]),
            "created_at": _now(),
            "secret": f"pckey_local_{secrets.token_urlsafe(24)}",
        }
        req.state.save_object("api_key", key["id"], key)
        return ok_status(req), _with_secret(key)


@routes("GET", "/admin/api-keys/{api_key_id}")
def fetch_api_key(req: Request) -> Response:
    with req.state.lock:
        return 200, _get(req, "api_key", "api_key_id")


@routes("PATCH", "/admin/api-keys/{api_key_id}")
def update_api_key(req: Request) -> Response:
    with req.state.lock:
        key = dict(_get(req, "api_key", "api_key_id"))
        if req.body.get("name") is not None:
            key["name"] = req.body["name"]
        key["roles"] = _roles(req.body, key["roles"])
        req.state.save_object("api_key", key["id"], key)
        # 2025-04 answers an APIKeyWithSecret, 2025-10 an APIKey: send both, the version's schema keeps its own.
        return ok_status(req), {**key, **_with_secret(key)}


@routes("DELETE", "/admin/api-keys/{api_key_id}")
def delete_api_key(req: Request) -> Response:
    with req.state.lock:
        req.state.drop_object("api_key", _get(req, "api_key", "api_key_id")["id"])
    return ok_status(req), None
