"""The project's generated clients, every pinned version, against the local server; and strict mode."""

from __future__ import annotations

from typing import Any

import httpx
from local_helpers import API_KEY, Api

from pinecone_versioned.local import LocalServer
from pinecone_versioned_gen import registry
from pinecone_versioned_gen._runtime import Client


def _call(version: str, surface: str, method: str, path: str, client: Client, *args: Any, **kwargs: Any) -> Any:
    ops = registry.version(version).surfaces[surface].operations.values()
    (op,) = [o for o in ops if o.method == method and o.path == path]
    return op.load().sync(*args, client=client, **kwargs)


def test_generated_clients_read_the_servers_answers(api: Api) -> None:
    api.create_serverless("gen", dimension=3, metric="dotproduct")
    vectors = [{"id": f"v{i}", "values": [float(i), 0.5, -1.0], "metadata": {"i": i}} for i in range(3)]
    assert api.data("gen").post("/vectors/upsert", json={"vectors": vectors}).status_code == 200
    headers = {"Api-Key": API_KEY, "X-Pinecone-API-Version": api.version}
    control = Client(
        str(api.control.base_url), httpx_client=httpx.Client(base_url=api.control.base_url, headers=headers)
    )
    model = _call(api.version, "db_control", "GET", "/indexes/{index_name}", control, "gen")
    assert (model.name, model.dimension, model.status.ready) == ("gen", 3, True)
    data = Client(model.host, httpx_client=httpx.Client(base_url=model.host, headers=headers))
    listed = _call(api.version, "db_data", "GET", "/vectors/list", data, prefix="v")
    assert [item.id for item in listed.vectors] == ["v0", "v1", "v2"]
    fetched = _call(api.version, "db_data", "GET", "/vectors/fetch", data, ids=["v2"])
    assert fetched.vectors["v2"].values == [2.0, 0.5, -1.0]


def test_strict_mode_refuses_off_spec_requests(server: LocalServer) -> None:
    api = Api(server, "2025-04")
    api.create_serverless("strict", dimension=2)
    data = api.data("strict")
    wrong_type = data.post("/query", json={"vector": [1.0, 0.0], "topK": "five"})
    assert wrong_type.status_code == 400
    assert "topK" in wrong_type.json()["message"]
    unknown = data.get("/vectors/list", params={"limt": 3})
    assert unknown.status_code == 400
    assert "limt" in unknown.json()["message"]
