"""The database lifecycle end to end against the local server: every API version, sync and async.

Each scenario is written once and run with both clients: ``run`` awaits what the
async client returns and passes the sync client's results through.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

import numpy as np
import pytest

from pinecone_versioned import (
    AsyncPinecone,
    ForbiddenError,
    NotFoundError,
    Pinecone,
    PodSpec,
    ServerlessSpec,
    UnsupportedOperationError,
)
from pinecone_versioned import errors as pv_errors
from pinecone_versioned.local import LocalServer
from tests.facade.conftest import API_KEY
from tests.facade.scenario_checks import QUERY_FILTER, QUERY_VECTOR, check_fetch, check_query, total_count
from tests.facade.scenario_data import COUNT, DIMENSION, corpus
from tests.facade.terminal import FakeTerminal

pytestmark = pytest.mark.anyio

Client = Pinecone | AsyncPinecone


async def run(result: Any) -> Any:
    return await result if inspect.isawaitable(result) else result


async def collect(items: Iterator[Any] | AsyncIterator[Any]) -> list[Any]:
    if isinstance(items, Iterable):
        return list(items)
    return [item async for item in items]


@pytest.fixture(params=["sync", "async"])
def client(request: pytest.FixtureRequest, server: LocalServer, version: str) -> Client:
    kind = Pinecone if request.param == "sync" else AsyncPinecone
    return kind(api_key=API_KEY, api_version=version, host=server.url, retries=0)


def serverless() -> ServerlessSpec:
    return ServerlessSpec("aws", "us-east-1")


async def test_dense_index_lifecycle(client: Client) -> None:
    data = corpus()
    created = await run(client.create_index("movies", serverless(), dimension=DIMENSION, timeout=30))
    assert created.status.ready and created.name == "movies"
    assert await run(client.has_index("movies"))
    index = client.Index("movies")

    written = await run(index.upsert(data.vectors(), namespace="films", batch_size=250, show_progress=False))
    assert written.upserted_count == COUNT
    query = index.query(top_k=5, vector=QUERY_VECTOR, namespace="films", filter=QUERY_FILTER, include_metadata=True)
    check_query(data, await run(query))
    check_fetch(data, await run(index.fetch(data.ids[:3], namespace="films")), data.ids[:3])

    await run(
        index.update(data.ids[0], set_metadata={"genre": "western"}, values=np.ones(DIMENSION), namespace="films")
    )
    fetched = (await run(index.fetch([data.ids[0]], namespace="films"))).vectors[data.ids[0]]
    assert fetched.metadata["genre"] == "western" and fetched.values == [1.0] * DIMENSION

    pages = await collect(index.list(namespace="films", limit=100))
    assert len(pages) == COUNT // 100
    assert sorted(i for page in pages for i in page) == sorted(data.ids)
    assert total_count(await run(index.describe_index_stats())) == COUNT

    await run(index.delete(ids=data.ids[:10], namespace="films"))
    await run(index.delete(filter={"genre": {"$eq": "documentary"}}, namespace="films"))
    survivors = sum(1 for m in data.metadata[10:] if m["genre"] != "documentary")
    assert total_count(await run(index.describe_index_stats())) == survivors
    assert (await run(client.list_indexes())).names() == ["movies"]

    await run(client.delete_index("movies", timeout=30))
    assert not await run(client.has_index("movies"))
    with pytest.raises(NotFoundError):
        await run(client.describe_index("movies"))


async def test_numpy_vectors_and_records(client: Client) -> None:
    await run(client.create_index("arrays", serverless(), dimension=3, metric="euclidean", timeout=30))
    index = client.Index("arrays")
    vectors = [{"id": "x", "values": np.array([1.0, 2.0, 3.0])}, ("y", np.zeros(3), {"kind": "origin"})]
    assert (await run(index.upsert(vectors))).upserted_count == 2
    response = await run(index.query(top_k=2, vector=np.array([0.0, 0.0, 0.5]), include_values=True))
    assert [m.id for m in response.matches] == ["y", "x"]
    assert response.matches[1].values == [1.0, 2.0, 3.0]


async def test_sparse_and_hybrid_query(client: Client) -> None:
    await run(client.create_index("hybrid", serverless(), dimension=2, metric="dotproduct", timeout=30))
    index = client.Index("hybrid")
    await run(
        index.upsert(
            [
                {"id": "a", "values": [1.0, 0.0], "sparse_values": {"indices": [1, 7], "values": [0.5, 2.0]}},
                {"id": "b", "values": [0.0, 1.0], "sparse_values": {"indices": [7], "values": [0.25]}},
            ]
        )
    )
    response = await run(index.query(top_k=2, vector=[0.5, 0.5], sparse_vector={"indices": [7], "values": [1.0]}))
    # dense dot + sparse dot: a = 0.5 + 2.0, b = 0.5 + 0.25
    assert [(m.id, round(m.score, 5)) for m in response.matches] == [("a", 2.5), ("b", 0.75)]


async def test_pod_index_collection_and_configure(client: Client) -> None:
    await run(client.create_index("pods", PodSpec(environment="us-east1-gcp"), dimension=2, timeout=30))
    await run(client.Index("pods").upsert([("x", [1.0, 2.0])]))
    await run(client.create_collection("snapshot", source="pods"))
    assert (await run(client.describe_collection("snapshot"))).name == "snapshot"
    assert [c.name for c in (await run(client.list_collections())).collections] == ["snapshot"]
    await run(client.delete_collection("snapshot"))
    await run(client.configure_index("pods", replicas=2))
    assert (await run(client.describe_index("pods"))).spec.pod.replicas == 2


async def test_deletion_protection(client: Client) -> None:
    if client.api_version < "2024-07":
        with pytest.raises(UnsupportedOperationError, match="2024-07"):
            await run(client.create_index("guarded", serverless(), dimension=2, deletion_protection="enabled"))
        return
    await run(client.create_index("guarded", serverless(), dimension=2, deletion_protection="enabled", timeout=30))
    with pytest.raises(ForbiddenError):
        await run(client.delete_index("guarded", timeout=30))
    await run(client.configure_index("guarded", deletion_protection="disabled"))
    await run(client.delete_index("guarded", timeout=30))
    assert not await run(client.has_index("guarded"))


async def test_namespaces(client: Client) -> None:
    if "list_namespaces" not in client.capabilities:
        with pytest.raises(UnsupportedOperationError, match="available from API version 2025-04"):
            await run(client.Index(host="127.0.0.1:9").describe_namespace("north"))
        return
    await run(client.create_index("spaces", serverless(), dimension=2, timeout=30))
    index = client.Index("spaces")
    for name in ("north", "south"):
        await run(index.upsert([("a", [1.0, 0.0]), ("b", [0.0, 1.0])], namespace=name))
    assert sorted(ns.name for ns in await collect(index.list_namespaces())) == ["north", "south"]
    assert int((await run(index.describe_namespace("north"))).record_count) == 2
    await run(index.delete_namespace("north"))
    assert [ns.name for ns in await collect(index.list_namespaces())] == ["south"]
    if "create_namespace" in client.capabilities:  # 2025-10
        await run(index.create_namespace("empty", schema={"fields": {"genre": {"filterable": True}}}))
        assert int((await run(index.describe_namespace("empty"))).record_count) == 0
        await run(index.upsert([("drama", [1.0, 0.0], {"genre": "drama"}), ("other", [0.0, 1.0])], namespace="empty"))
        found = await run(index.fetch_by_metadata({"genre": {"$eq": "drama"}}, namespace="empty"))
        assert list(found.vectors) == ["drama"]


async def test_query_namespaces_merges_top_k(client: Client) -> None:
    await run(client.create_index("spread", serverless(), dimension=2, metric="euclidean", timeout=30))
    index = client.Index("spread")
    await run(index.upsert([("near", [0.1, 0.0]), ("far", [5.0, 5.0])], namespace="one"))
    await run(index.upsert([("middle", [1.0, 1.0])], namespace="two"))
    merged = await run(index.query_namespaces([0.0, 0.0], ["one", "two"], "euclidean", top_k=2))
    assert [(m.namespace, m.id) for m in merged.matches] == [("one", "near"), ("two", "middle")]


async def test_backup_and_restore(client: Client) -> None:
    if "create_backup" not in client.capabilities:
        with pytest.raises(UnsupportedOperationError, match="available from API version 2025-04"):
            await run(client.create_backup(index_name="source"))
        return
    await run(client.create_index("source", serverless(), dimension=2, timeout=30))
    await run(client.Index("source").upsert([("kept", [0.5, 0.5])], namespace="ns"))
    backup = await run(client.create_backup(index_name="source", backup_name="nightly"))
    listed = await run(client.list_backups(index_name="source"))
    assert [b.backup_id for b in listed.data] == [backup.backup_id]
    assert (await run(client.describe_backup(backup.backup_id))).name == "nightly"

    restored = await run(client.create_index_from_backup("restored", backup.backup_id, timeout=30))
    assert restored.status.ready
    fetched = await run(client.Index("restored").fetch(["kept"], namespace="ns"))
    assert list(fetched.vectors) == ["kept"]
    jobs = (await run(client.list_restore_jobs())).data
    assert len(jobs) == 1
    assert (await run(client.describe_restore_job(jobs[0].restore_job_id))).backup_id == backup.backup_id
    await run(client.delete_backup(backup.backup_id))
    assert (await run(client.list_backups())).data == []


async def test_dataframe_upsert_shows_progress(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    pandas = pytest.importorskip("pandas")
    terminal = FakeTerminal()  # bars are drawn on terminals only
    monkeypatch.setattr(sys, "stderr", terminal)
    await run(client.create_index("frames", serverless(), dimension=2, timeout=30))
    frame = pandas.DataFrame(
        {
            "id": [f"row-{n}" for n in range(30)],
            "values": [[float(n), 1.0] for n in range(30)],
            "metadata": [{"n": n} for n in range(30)],
        }
    )
    index = client.Index("frames")
    assert (await run(index.upsert_from_dataframe(frame, batch_size=10))).upserted_count == 30
    assert "30/30" in terminal.getvalue()  # the progress bar counted every vector
    fetched = await run(index.fetch(["row-7"]))
    assert fetched.vectors["row-7"].metadata == {"n": 7.0}


async def test_integrated_records(client: Client) -> None:
    embed = {"model": "multilingual-e5-large", "field_map": {"text": "chunk"}}
    if "upsert_records" not in client.capabilities:
        with pytest.raises(UnsupportedOperationError, match="available from API version 2025-01"):
            await run(client.create_index_for_model("notes", "aws", "us-east-1", embed))
        return
    created = await run(client.create_index_for_model("notes", "aws", "us-east-1", embed, timeout=30))
    assert created.embed.model == "multilingual-e5-large"
    index = client.Index("notes")
    records = [
        {"_id": "sax", "chunk": "The saxophone was invented by Adolphe Sax.", "topic": "instruments"},
        {"_id": "jazz", "chunk": "Jazz grew up in New Orleans.", "topic": "history"},
        {"_id": "bread", "chunk": "Sourdough needs a long rise.", "topic": "cooking"},
    ]
    await run(index.upsert_records("notes-ns", records))
    found = await run(
        index.search_records("notes-ns", {"inputs": {"text": "saxophone inventor"}, "top_k": 2}, fields=["topic"])
    )
    hits = found.result.hits
    assert hits[0].field_id == "sax"
    assert hits[0].fields == {"topic": "instruments"}
    filtered = await run(
        index.search_records(
            "notes-ns", {"inputs": {"text": "saxophone"}, "top_k": 3, "filter": {"topic": {"$eq": "cooking"}}}
        )
    )
    assert [hit.field_id for hit in filtered.result.hits] == ["bread"]


async def test_bulk_import_from_parquet(client: Client, tmp_path: Any) -> None:
    if "start_import" not in client.capabilities:
        with pytest.raises(UnsupportedOperationError, match="available from API version 2024-10"):
            await run(client.Index(host="127.0.0.1:9").start_import("file:///nowhere"))
        return
    pyarrow = pytest.importorskip("pyarrow")
    parquet = pytest.importorskip("pyarrow.parquet")
    (tmp_path / "imported").mkdir()
    table = pyarrow.table(
        {
            "id": [f"p{n}" for n in range(20)],
            "values": [[float(n), 1.0] for n in range(20)],
            "metadata": ['{"batch": "first"}'] * 20,
        }
    )
    parquet.write_table(table, tmp_path / "imported" / "part-0.parquet")

    await run(client.create_index("bulk", serverless(), dimension=2, timeout=30))
    index = client.Index("bulk")
    started = await run(index.start_import(tmp_path.as_uri(), error_mode="abort"))
    states = []
    for _ in range(10):
        described = await run(index.describe_import(started.id))
        states.append(str(getattr(described.status, "value", described.status)))
        if states[-1] in ("Completed", "Failed", "Cancelled"):
            break
    assert states[-1] == "Completed", states
    assert [item.id for item in await collect(index.list_imports())] == [started.id]
    stats = await run(index.describe_index_stats())
    assert int(stats.total_vector_count) == 20
    fetched = await run(index.fetch(["p3"], namespace="imported"))
    assert fetched.vectors["p3"].metadata == {"batch": "first"}

    second = await run(index.start_import(tmp_path.as_uri()))
    await run(index.cancel_import(second.id))
    cancelled = await run(index.describe_import(second.id))
    assert str(getattr(cancelled.status, "value", cancelled.status)) == "Cancelled"
    with pytest.raises(pv_errors.BadRequestError, match="file://"):
        await run(index.start_import("s3://bucket/path"))
