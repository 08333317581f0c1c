"""With --data-dir, an acknowledged write survives kill -9 of a real server process, and a delete stays deleted."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pyarrow as pa
import pyarrow.parquet as pq
from local_helpers import API_KEY, VERSIONS

from pinecone_versioned.local import LocalServer

HEADERS = {"Api-Key": API_KEY, "X-Pinecone-API-Version": VERSIONS[-1]}


@contextmanager
def _serve(data_dir: Path) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """Start ``pinecone-versioned serve`` on a free port and yield the process and its URL."""
    command = [sys.executable, "-c", "from pinecone_versioned.local.cli import main; main()"]
    args = ["serve", "--port", "0", "--data-dir", str(data_dir), "--api-key", API_KEY, "--strict"]
    process = subprocess.Popen(command + args, stdout=subprocess.PIPE, text=True, env=dict(os.environ))
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # the server prints its URL once it is listening
        assert "listening on " in line, line
        yield process, line.rsplit(" ", 1)[-1].strip()
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()


def test_acknowledged_writes_survive_sigkill(tmp_path: Path) -> None:
    vectors = [{"id": f"id-{i}", "values": [float(i), 1.0], "metadata": {"i": i}} for i in range(50)]
    with _serve(tmp_path) as (process, url):
        control = httpx.Client(base_url=url, headers=HEADERS)
        body = {
            "name": "durable",
            "dimension": 2,
            "metric": "euclidean",
            "spec": {"serverless": {"cloud": "aws", "region": "us-east-1"}},
        }
        assert control.post("/indexes", json=body).status_code == 201
        data = httpx.Client(base_url=control.get("/indexes/durable").json()["host"], headers=HEADERS)
        assert data.post("/vectors/upsert", json={"vectors": vectors, "namespace": "n"}).status_code == 200
        assert data.post("/vectors/delete", json={"ids": ["id-0"], "namespace": "n"}).status_code == 200
        update = {"id": "id-1", "setMetadata": {"i": 100}, "namespace": "n"}
        assert data.post("/vectors/update", json=update).status_code == 200
        process.send_signal(signal.SIGKILL)
        process.wait()

    with _serve(tmp_path) as (_, url):
        control = httpx.Client(base_url=url, headers=HEADERS)
        described = control.get("/indexes/durable").json()
        assert (described["dimension"], described["metric"], described["status"]["ready"]) == (2, "euclidean", True)
        data = httpx.Client(base_url=described["host"], headers=HEADERS)
        stats = data.post("/describe_index_stats", json={}).json()
        assert stats["namespaces"] == {"n": {"vectorCount": 49}}
        fetched = data.get("/vectors/fetch", params={"ids": ["id-0", "id-1", "id-7"], "namespace": "n"}).json()
        assert sorted(fetched["vectors"]) == ["id-1", "id-7"]
        assert fetched["vectors"]["id-1"]["metadata"] == {"i": 100}
        assert fetched["vectors"]["id-7"]["values"] == [7.0, 1.0]
        top = data.post("/query", json={"vector": [7.0, 1.0], "topK": 1, "namespace": "n"}).json()
        assert top["matches"][0]["id"] == "id-7"


SERVERLESS = {"serverless": {"cloud": "aws", "region": "us-east-1"}}
POD = {"pod": {"environment": "us-east-1-aws", "pod_type": "p1.x1", "pods": 1, "replicas": 1, "shards": 1}}


def _killed(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait()


class _Clients:
    """Control, admin and assistant clients of one running server (2025-10: it has every kind of object)."""

    def __init__(self, url: str) -> None:
        self.control = httpx.Client(base_url=url, headers=HEADERS)
        form = {"client_id": "id", "client_secret": "secret", "grant_type": "client_credentials", "audience": "x"}
        token = httpx.post(f"{url}/oauth/token", data=form).json()["access_token"]
        self.admin = httpx.Client(base_url=url, headers={**HEADERS, "Authorization": f"Bearer {token}"})

    def data(self, index: str) -> httpx.Client:
        return httpx.Client(base_url=self.control.get(f"/indexes/{index}").json()["host"], headers=HEADERS)

    def ok(self, response: httpx.Response) -> Any:
        """The JSON of an acknowledged (2xx) answer."""
        assert response.is_success, (response.request.method, response.request.url, response.text)
        return response.json() if response.content else None

    def stats(self, index: str) -> dict[str, int]:
        namespaces = self.ok(self.data(index).post("/describe_index_stats", json={}))["namespaces"]
        return {ns: body["vectorCount"] for ns, body in namespaces.items()}

    def ids(self, index: str, namespace: str) -> list[str]:
        listed = self.ok(self.data(index).get("/vectors/list", params={"namespace": namespace}))
        return [v["id"] for v in listed["vectors"]]


def _vectors(prefix: str, count: int) -> list[dict[str, Any]]:
    return [{"id": f"{prefix}{i}", "values": [float(i), 1.0], "metadata": {"i": i}} for i in range(count)]


def _create_everything(c: _Clients, imports: Path) -> dict[str, str]:
    """Phase 1: one of every kind of object, and two of each kind that phase 2 deletes; returns generated ids."""
    for name, spec in (("kept", SERVERLESS), ("doomed", SERVERLESS), ("pods", POD)):
        c.ok(c.control.post("/indexes", json={"name": name, "dimension": 2, "metric": "euclidean", "spec": spec}))
    c.ok(c.control.patch("/indexes/kept", json={"deletion_protection": "enabled", "tags": {"team": "a"}}))
    kept, doomed, pods = c.data("kept"), c.data("doomed"), c.data("pods")
    for namespace in ("n", "a b", "drop me", "wipe"):
        c.ok(kept.post("/vectors/upsert", json={"vectors": _vectors("id-", 10), "namespace": namespace}))
    c.ok(doomed.post("/vectors/upsert", json={"vectors": _vectors("old-", 3)}))
    c.ok(pods.post("/vectors/upsert", json={"vectors": _vectors("p", 4)}))
    c.ok(kept.post("/vectors/delete", json={"ids": ["id-0"], "namespace": "n"}))
    c.ok(kept.post("/vectors/update", json={"id": "id-1", "setMetadata": {"i": 100}, "namespace": "n"}))
    c.ok(kept.post("/vectors/update", json={"id": "id-2", "values": [9.0, 9.0], "namespace": "n"}))
    for namespace in ("declared", "declared doomed"):
        c.ok(kept.post("/namespaces", json={"name": namespace}))
    for name in ("coll-kept", "coll-doomed"):
        c.ok(c.control.post("/collections", json={"name": name, "source": "pods"}))
    backups = {n: c.ok(c.control.post("/indexes/kept/backups", json={"name": n}))["backup_id"] for n in ("b1", "b2")}
    c.ok(c.control.post(f"/backups/{backups['b1']}/create-index", json={"name": "restored"}))
    projects = {n: c.ok(c.admin.post("/admin/projects", json={"name": n}))["id"] for n in ("p-kept", "p-doomed")}
    keys = {
        n: c.ok(c.admin.post(f"/admin/projects/{projects['p-kept']}/api-keys", json={"name": n}))
        for n in ("k-kept", "k-doomed")
    }
    for name in ("helper", "helper-doomed"):
        c.ok(c.control.post("/assistant/assistants", json={"name": name}))
    table = pa.table({"id": ["imp-0", "imp-1"], "values": [[0.5, 0.5], [1.5, 1.5]]})
    pq.write_table(table, imports / "part-0.parquet")
    done = c.ok(kept.post("/bulk/imports", json={"uri": imports.as_uri()}))["id"]
    while c.ok(kept.get(f"/bulk/imports/{done}"))["status"] != "Completed":
        pass
    pending = c.ok(kept.post("/bulk/imports", json={"uri": imports.as_uri()}))["id"]
    return {
        **backups,
        **projects,
        "k-kept": keys["k-kept"]["key"]["id"],
        "k-kept-secret": keys["k-kept"]["value"],
        "k-doomed": keys["k-doomed"]["key"]["id"],
        "k-doomed-secret": keys["k-doomed"]["value"],
        "import-done": done,
        "import-pending": pending,
    }


def _check_created(c: _Clients, ids: dict[str, str]) -> None:
    described = c.ok(c.control.get("/indexes/kept"))
    assert (described["deletion_protection"], described["tags"]) == ("enabled", {"team": "a"})
    assert c.stats("kept") == {"n": 9, "a b": 10, "drop me": 10, "wipe": 10, "": 2}
    kept = c.data("kept")
    fetched = c.ok(kept.get("/vectors/fetch", params={"ids": ["id-0", "id-1", "id-2"], "namespace": "n"}))["vectors"]
    assert sorted(fetched) == ["id-1", "id-2"]
    assert (fetched["id-1"]["metadata"], fetched["id-2"]["values"]) == ({"i": 100}, [9.0, 9.0])
    assert c.ok(kept.get(f"/namespaces/{quote('a b', safe='')}"))["record_count"] == 10
    assert c.ok(kept.get(f"/namespaces/{quote('declared doomed', safe='')}"))["record_count"] == 0
    assert c.stats("doomed") == {"": 3}
    assert sorted(x["name"] for x in c.ok(c.control.get("/collections"))["collections"]) == ["coll-doomed", "coll-kept"]
    assert c.ok(c.control.get("/collections/coll-kept"))["vector_count"] == 4
    assert sorted(b["name"] for b in c.ok(c.control.get("/backups"))["data"]) == ["b1", "b2"]
    # The backups were taken before the import into the default namespace.
    assert c.stats("restored") == {"n": 9, "a b": 10, "drop me": 10, "wipe": 10}
    assert len(c.ok(c.control.get("/restore-jobs"))["data"]) == 1
    projects = sorted(p["name"] for p in c.ok(c.admin.get("/admin/projects"))["data"])
    assert projects == ["default", "p-doomed", "p-kept"]
    assert c.ok(c.admin.get(f"/admin/api-keys/{ids['k-doomed']}"))["name"] == "k-doomed"
    made_key = {"Api-Key": ids["k-kept-secret"], "X-Pinecone-API-Version": VERSIONS[-1]}
    assert httpx.get(f"{c.control.base_url}/indexes", headers=made_key).status_code == 200
    assistants = sorted(a["name"] for a in c.ok(c.control.get("/assistant/assistants"))["assistants"])
    assert assistants == ["helper", "helper-doomed"]
    assert c.ok(kept.get(f"/bulk/imports/{ids['import-done']}"))["recordsImported"] == 2
    assert c.ok(kept.get(f"/bulk/imports/{ids['import-pending']}"))["status"] != "Cancelled"


def _delete_everything(c: _Clients, ids: dict[str, str]) -> None:
    """Phase 2: delete one of each kind (and change what is kept), every path parameter percent-encoded."""
    kept = c.data("kept")
    c.ok(c.control.patch("/indexes/kept", json={"deletion_protection": "disabled", "tags": {"team": "b"}}))
    c.ok(c.control.delete("/indexes/doomed"))
    c.ok(kept.delete(f"/namespaces/{quote('drop me', safe='')}"))
    c.ok(kept.delete(f"/namespaces/{quote('declared doomed', safe='')}"))
    c.ok(kept.post("/vectors/delete", json={"deleteAll": True, "namespace": "wipe"}))
    c.ok(kept.post("/vectors/delete", json={"filter": {"i": {"$gte": 8}}, "namespace": "a b"}))
    c.ok(c.control.delete("/collections/coll-doomed"))
    c.ok(c.control.delete(f"/backups/{ids['b2']}"))
    c.ok(c.admin.delete(f"/admin/api-keys/{ids['k-doomed']}"))
    c.ok(c.admin.delete(f"/admin/projects/{ids['p-doomed']}"))
    c.ok(c.control.delete("/assistant/assistants/helper-doomed"))
    c.ok(kept.delete(f"/bulk/imports/{ids['import-pending']}"))


def _check_deleted(c: _Clients, ids: dict[str, str]) -> None:
    described = c.ok(c.control.get("/indexes/kept"))
    assert (described["deletion_protection"], described["tags"]) == ("disabled", {"team": "b"})
    assert c.control.get("/indexes/doomed").status_code == 404
    assert sorted(i["name"] for i in c.ok(c.control.get("/indexes"))["indexes"]) == ["kept", "pods", "restored"]
    assert c.stats("kept") == {"n": 9, "a b": 8, "": 2}
    assert c.ids("kept", "a b") == [f"id-{i}" for i in range(8)]
    kept = c.data("kept")
    namespaces = sorted(n["name"] for n in c.ok(kept.get("/namespaces"))["namespaces"])
    assert namespaces == ["__default__", "a b", "declared", "n"]
    assert kept.get(f"/namespaces/{quote('drop me', safe='')}").status_code == 404
    assert [x["name"] for x in c.ok(c.control.get("/collections"))["collections"]] == ["coll-kept"]
    assert [b["name"] for b in c.ok(c.control.get("/backups"))["data"]] == ["b1"]
    assert c.control.get(f"/backups/{ids['b2']}").status_code == 404
    assert c.admin.get(f"/admin/api-keys/{ids['k-doomed']}").status_code == 404
    assert c.admin.get(f"/admin/projects/{ids['p-doomed']}").status_code == 404
    doomed_key = {"Api-Key": ids["k-doomed-secret"], "X-Pinecone-API-Version": VERSIONS[-1]}
    assert httpx.get(f"{c.control.base_url}/indexes", headers=doomed_key).status_code == 401
    assistants = [a["name"] for a in c.ok(c.control.get("/assistant/assistants"))["assistants"]]
    assert assistants == ["helper"]
    assert c.ok(kept.get(f"/bulk/imports/{ids['import-pending']}"))["status"] == "Cancelled"
    # The vectors of what was deleted are gone too: an index made again under the old name starts empty.
    body = {"name": "doomed", "dimension": 2, "metric": "euclidean", "spec": SERVERLESS}
    c.ok(c.control.post("/indexes", json=body))
    assert c.stats("doomed") == {}


def test_every_kind_of_write_and_delete_survives_sigkill(tmp_path: Path) -> None:
    """Three runs of a real `serve --data-dir`, each ended by kill -9 right after its last acknowledged call."""
    imports = tmp_path / "imports"
    imports.mkdir()
    data_dir = tmp_path / "data"
    with _serve(data_dir) as (process, url):
        ids = _create_everything(_Clients(url), imports)
        _killed(process)
    with _serve(data_dir) as (process, url):
        clients = _Clients(url)
        _check_created(clients, ids)
        _delete_everything(clients, ids)
        _killed(process)
    with _serve(data_dir) as (process, url):
        _check_deleted(_Clients(url), ids)


def test_without_data_dir_nothing_is_kept() -> None:
    with LocalServer(api_key=API_KEY) as server:
        body = {"name": "gone", "dimension": 2, "spec": {"serverless": {"cloud": "aws", "region": "us-east-1"}}}
        assert httpx.post(f"{server.url}/indexes", json=body, headers=HEADERS).status_code == 201
    with LocalServer(api_key=API_KEY) as server:
        assert httpx.get(f"{server.url}/indexes", headers=HEADERS).json()["indexes"] == []
