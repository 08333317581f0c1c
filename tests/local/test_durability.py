"""With --data-dir, an acknowledged write survives kill -9 of a real server process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
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


def test_without_data_dir_nothing_is_kept() -> None:
    with LocalServer(api_key=API_KEY) as server:
        body = {"name": "gone", "dimension": 2, "spec": {"serverless": {"cloud": "aws", "region": "us-east-1"}}}
        assert httpx.post(f"{server.url}/indexes", json=body, headers=HEADERS).status_code == 201
    with LocalServer(api_key=API_KEY) as server:
        assert httpx.get(f"{server.url}/indexes", headers=HEADERS).json()["indexes"] == []
