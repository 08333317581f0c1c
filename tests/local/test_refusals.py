"""Every operation a version lacks is refused by the local server with Pinecone's status and error
shape: 404, or 405 where the version has the path with other methods; the data plane's rpcStatus,
the control plane's ErrorResponse. The table is written by hand from the spec files."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from local_helpers import API_KEY, VERSIONS, Api, check_refused

from pinecone_versioned.local import LocalServer


@dataclass(frozen=True)
class Route:
    plane: str  # "control" or "data"
    method: str
    path: str
    since: str  # the first version whose spec has it
    other_methods_from: str | None = None  # from this version on the path exists with other methods: 405

    def status(self, version: str) -> int:
        return 405 if self.other_methods_from and version >= self.other_methods_from else 404


ROUTES = [
    Route("control", "POST", "/embed", "2024-07"),
    Route("control", "POST", "/rerank", "2024-10"),
    Route("control", "GET", "/models", "2025-04"),
    Route("control", "GET", "/models/multilingual-e5-large", "2025-04"),
    # /indexes/create-for-model reads as /indexes/{index_name}, which takes GET, PATCH and DELETE.
    Route("control", "POST", "/indexes/create-for-model", "2025-01", other_methods_from="2024-04"),
    Route("control", "POST", "/indexes/movies/backups", "2025-04"),
    Route("control", "GET", "/indexes/movies/backups", "2025-04"),
    Route("control", "GET", "/backups", "2025-04"),
    Route("control", "GET", "/backups/b-1", "2025-04"),
    Route("control", "DELETE", "/backups/b-1", "2025-04"),
    Route("control", "POST", "/backups/b-1/create-index", "2025-04"),
    Route("control", "GET", "/restore-jobs", "2025-04"),
    Route("control", "GET", "/restore-jobs/r-1", "2025-04"),
    Route("control", "POST", "/assistant/assistants", "2025-01"),
    Route("control", "GET", "/assistant/assistants", "2025-01"),
    Route("control", "GET", "/assistant/assistants/helper", "2025-01"),
    Route("control", "POST", "/assistant/chat/helper", "2025-01"),
    Route("data", "POST", "/vectors/fetch_by_metadata", "2025-10"),
    Route("data", "GET", "/namespaces", "2025-04"),
    Route("data", "POST", "/namespaces", "2025-10", other_methods_from="2025-04"),
    Route("data", "GET", "/namespaces/north", "2025-04"),
    Route("data", "DELETE", "/namespaces/north", "2025-04"),
    Route("data", "POST", "/bulk/imports", "2024-10"),
    Route("data", "GET", "/bulk/imports", "2024-10"),
    Route("data", "GET", "/bulk/imports/1", "2024-10"),
    Route("data", "DELETE", "/bulk/imports/1", "2024-10"),
    Route("data", "POST", "/records/namespaces/ns/upsert", "2025-01"),
    Route("data", "POST", "/records/namespaces/ns/search", "2025-01"),
]
# The admin API (2025-04) needs a bearer token first: its refusals are in test_assistant_admin.py.


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer(api_key=API_KEY, strict=True) as running:
        yield running


@pytest.mark.parametrize("version", [v for v in VERSIONS if any(v < route.since for route in ROUTES)])
def test_operations_a_version_lacks_are_refused(server: LocalServer, version: str) -> None:
    api = Api(server, version)
    name = f"refusals-{version}"
    if api.control.get(f"/indexes/{name}").status_code == 404:
        api.create_serverless(name, dimension=2)
    data = api.data(name)
    lacking = [route for route in ROUTES if version < route.since]
    for route in lacking:
        client = data if route.plane == "data" else api.control
        body = None if route.method in ("GET", "DELETE") else {}
        response = client.request(route.method, route.path, json=body)
        check_refused(response, data_plane=route.plane == "data", status=route.status(version))


def test_every_route_is_served_from_its_version_on(server: LocalServer) -> None:
    """The other side of each boundary: in its first version the route is not refused as unknown."""
    for route in ROUTES:
        api = Api(server, route.since)
        name = f"served-{route.since}"
        if api.control.get(f"/indexes/{name}").status_code == 404:
            api.create_serverless(name, dimension=2)
        client = api.data(name) if route.plane == "data" else api.control
        response = client.request(route.method, route.path, json=None if route.method in ("GET", "DELETE") else {})
        body = response.json() if response.content else {}
        message = body.get("message") or body.get("error", {}).get("message", "")
        assert response.status_code != 405 and "has no" not in message, (route, response.text)
