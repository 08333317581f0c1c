"""Helpers of the local-server tests: httpx clients speaking one API version."""

from __future__ import annotations

from typing import Any

import httpx

from pinecone_versioned.local import LocalServer
from pinecone_versioned_gen import registry

API_KEY = "test-key"
VERSIONS = list(registry.versions())


def has(version: str, surface: str, method: str, path: str) -> bool:
    """Whether the generated client of ``version`` has the operation (so the spec defines it)."""
    ops = registry.version(version).surfaces.get(surface)
    return ops is not None and any(o.method == method and o.path == path for o in ops.operations.values())


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
