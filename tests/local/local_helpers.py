"""Helpers of the local-server tests: httpx clients speaking one API version."""

from __future__ import annotations

from typing import Any

import httpx

from pinecone_versioned.local import LocalServer
from pinecone_versioned_gen import registry

API_KEY = "test-key"
VERSIONS = list(registry.versions())

# The first API version whose spec has each operation the tests below use (read off the spec files
# by hand): a version before it must be refused by the server, not skipped by the test.
SINCE = {
    "embed": "2024-07",
    "rerank": "2024-10",
    "bulk imports": "2024-10",
    "records": "2025-01",
    "assistants": "2025-01",
    "models": "2025-04",
    "admin": "2025-04",
    "list namespaces": "2025-04",
    "create namespace": "2025-10",
}


def has(version: str, surface: str, method: str, path: str) -> bool:
    """Whether the generated client of ``version`` has the operation (so the spec defines it)."""
    ops = registry.version(version).surfaces.get(surface)
    return ops is not None and any(o.method == method and o.path == path for o in ops.operations.values())


def check_refused(response: httpx.Response, *, data_plane: bool, status: int = 404) -> None:
    """An operation the pinned version lacks: 404 (405 where the path exists with other methods), in
    Pinecone's error shape for the plane: the data plane's rpcStatus, the control plane's ErrorResponse."""
    assert response.status_code == status, response.text
    body = response.json()
    code = {404: "NOT_FOUND", 405: "UNIMPLEMENTED"}[status]
    if data_plane:
        grpc_code = {"NOT_FOUND": 5, "UNIMPLEMENTED": 12}[code]
        assert body["code"] == grpc_code and body["details"] == [] and body["message"], body
    else:
        assert body["status"] == status and body["error"]["code"] == code and body["error"]["message"], body


class Api:
    """Control-plane and data-plane calls of one API version against one server."""

    def __init__(self, server: LocalServer, version: str) -> None:
        self.version = version
        headers = {"Api-Key": API_KEY, "X-Pinecone-API-Version": version}
        self.control = httpx.Client(base_url=server.url, headers=headers)
        self._headers = headers

    def create_serverless(self, name: str, dimension: int | None = 4, metric: str = "cosine", **extra: Any) -> Any:
        body = {"name": name, "metric": metric, "spec": {"serverless": {"cloud": "aws", "region": "us-east-1"}}}
        if dimension is not None:
            body["dimension"] = dimension
        body.update(extra)
        response = self.control.post("/indexes", json=body)
        assert response.status_code == 201, response.text
        return response.json()

    def data(self, name: str) -> httpx.Client:
        host = self.control.get(f"/indexes/{name}").json()["host"]
        return httpx.Client(base_url=host, headers=self._headers)
