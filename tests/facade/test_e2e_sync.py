"""The whole database lifecycle through the blocking client, for every pinned API version."""

from __future__ import annotations

import pytest

from pinecone_versioned import NotFoundError, Pinecone, PodSpec, ServerlessSpec, UnsupportedOperationError
from tests.facade.scenario_checks import QUERY_FILTER, QUERY_VECTOR, check_fetch, check_query, total_count
from tests.facade.scenario_data import COUNT, DIMENSION, corpus


def test_dense_index_lifecycle(pc: Pinecone) -> None:
    data = corpus()
    created = pc.create_index("movies", ServerlessSpec("aws", "us-east-1"), dimension=DIMENSION, timeout=30)
    assert created.status.ready and created.name == "movies"
    assert pc.has_index("movies")
    index = pc.Index("movies")

    assert index.upsert(data.vectors(), namespace="films", batch_size=250, show_progress=False) == COUNT
    check_query(
        data,
        index.query(top_k=5, vector=QUERY_VECTOR, namespace="films", filter=QUERY_FILTER, include_metadata=True),
    )
    check_fetch(data, index.fetch(data.ids[:3], namespace="films"), data.ids[:3])

    index.update(data.ids[0], set_metadata={"genre": "western"}, namespace="films")
    fetched = index.fetch([data.ids[0]], namespace="films").vectors.additional_properties[data.ids[0]]
    assert fetched.metadata.to_dict()["genre"] == "western"

    pages = list(index.list(namespace="films", limit=100))
    assert len(pages) == COUNT // 100
    assert sorted(i for page in pages for i in page) == sorted(data.ids)
    assert total_count(index.describe_index_stats()) == COUNT

    index.delete(ids=data.ids[:10], namespace="films")
    index.delete(filter={"genre": {"$eq": "western"}}, namespace="films")  # already deleted: a no-op
    assert total_count(index.describe_index_stats()) == COUNT - 10
    assert [i.name for i in pc.list_indexes().indexes] == ["movies"]

    pc.delete_index("movies", timeout=30)
    assert not pc.has_index("movies")
    with pytest.raises(NotFoundError):
        pc.describe_index("movies")


def test_sparse_and_hybrid_query(pc: Pinecone) -> None:
    pc.create_index("hybrid", ServerlessSpec("aws", "us-east-1"), dimension=2, metric="dotproduct", timeout=30)
    index = pc.Index("hybrid")
    index.upsert(
        [
            {"id": "a", "values": [1.0, 0.0], "sparse_values": {"indices": [1, 7], "values": [0.5, 2.0]}},
            {"id": "b", "values": [0.0, 1.0], "sparse_values": {"indices": [7], "values": [0.25]}},
        ]
    )
    response = index.query(top_k=2, vector=[0.5, 0.5], sparse_vector={"indices": [7], "values": [1.0]})
    # dense dot + sparse dot: a = 0.5 + 2.0, b = 0.5 + 0.25
    assert [(m.id, round(m.score, 5)) for m in response.matches] == [("a", 2.5), ("b", 0.75)]


def test_pod_index_and_collection(pc: Pinecone) -> None:
    pc.create_index("pods", PodSpec(environment="us-east1-gcp"), dimension=2, timeout=30)
    pc.Index("pods").upsert([("x", [1.0, 2.0])])
    pc.create_collection("snapshot", source="pods")
    assert pc.describe_collection("snapshot").name == "snapshot"
    assert [c.name for c in pc.list_collections().collections] == ["snapshot"]
    pc.delete_collection("snapshot")
    pc.configure_index("pods", replicas=2)
    assert pc.describe_index("pods").spec.pod.replicas == 2


def test_namespaces(pc: Pinecone) -> None:
    if "list_namespaces" not in pc.capabilities:
        with pytest.raises(UnsupportedOperationError, match="available from API version 2025-04"):
            pc.Index(host="127.0.0.1:9").describe_namespace("north")
        return
    pc.create_index("spaces", ServerlessSpec("aws", "us-east-1"), dimension=2, timeout=30)
    index = pc.Index("spaces")
    for name in ("north", "south"):
        index.upsert([("a", [1.0, 0.0]), ("b", [0.0, 1.0])], namespace=name)
    assert sorted(ns.name for ns in index.list_namespaces()) == ["north", "south"]
    assert int(index.describe_namespace("north").record_count) == 2
    index.delete_namespace("north")
    assert [ns.name for ns in index.list_namespaces()] == ["south"]


def test_backup_and_restore(pc: Pinecone) -> None:
    if "create_backup" not in pc.capabilities:
        with pytest.raises(UnsupportedOperationError, match="available from API version 2025-04"):
            pc.create_backup(index_name="source")
        return
    pc.create_index("source", ServerlessSpec("aws", "us-east-1"), dimension=2, timeout=30)
    pc.Index("source").upsert([("kept", [0.5, 0.5])], namespace="ns")
    backup = pc.create_backup(index_name="source", backup_name="nightly")
    assert [b.backup_id for b in pc.list_backups(index_name="source").data] == [backup.backup_id]
    assert pc.describe_backup(backup.backup_id).name == "nightly"

    restored = pc.create_index_from_backup("restored", backup.backup_id, timeout=30)
    assert restored.status.ready
    fetched = pc.Index("restored").fetch(["kept"], namespace="ns")
    assert list(fetched.vectors.additional_properties) == ["kept"]
    jobs = pc.list_restore_jobs().data
    assert len(jobs) == 1 and pc.describe_restore_job(jobs[0].restore_job_id).backup_id == backup.backup_id
    pc.delete_backup(backup.backup_id)
    assert pc.list_backups().data == []
