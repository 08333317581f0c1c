"""The database lifecycle through the asyncio client, for every pinned API version."""

from __future__ import annotations

import pytest

from pinecone_versioned import AsyncPinecone, NotFoundError, ServerlessSpec, UnsupportedOperationError
from tests.facade.scenario_checks import QUERY_FILTER, QUERY_VECTOR, check_fetch, check_query, total_count
from tests.facade.scenario_data import COUNT, DIMENSION, corpus

pytestmark = pytest.mark.anyio


async def test_dense_index_lifecycle(apc: AsyncPinecone) -> None:
    data = corpus(seed=11)
    async with apc:
        created = await apc.create_index("movies", ServerlessSpec("aws", "us-east-1"), dimension=DIMENSION, timeout=30)
        assert created.status.ready
        index = apc.Index("movies")  # the host is looked up on first use

        written = await index.upsert(data.vectors(), namespace="films", batch_size=250, show_progress=False)
        assert written == COUNT
        check_query(
            data,
            await index.query(
                top_k=5, vector=QUERY_VECTOR, namespace="films", filter=QUERY_FILTER, include_metadata=True
            ),
        )
        check_fetch(data, await index.fetch(data.ids[:3], namespace="films"), data.ids[:3])

        await index.update(data.ids[0], set_metadata={"genre": "western"}, namespace="films")
        fetched = await index.fetch([data.ids[0]], namespace="films")
        assert fetched.vectors.additional_properties[data.ids[0]].metadata.to_dict()["genre"] == "western"

        ids = [i async for page in index.list(namespace="films", limit=100) for i in page]
        assert sorted(ids) == sorted(data.ids)
        assert total_count(await index.describe_index_stats()) == COUNT

        await index.delete(ids=data.ids[:10], namespace="films")
        assert total_count(await index.describe_index_stats()) == COUNT - 10

        await apc.delete_index("movies", timeout=30)
        assert not await apc.has_index("movies")
        with pytest.raises(NotFoundError):
            await apc.describe_index("movies")


async def test_query_namespaces_merges_in_parallel(apc: AsyncPinecone) -> None:
    async with apc:
        await apc.create_index(
            "spread", ServerlessSpec("aws", "us-east-1"), dimension=2, metric="euclidean", timeout=30
        )
        index = apc.Index("spread")
        await index.upsert([("near", [0.1, 0.0]), ("far", [5.0, 5.0])], namespace="one")
        await index.upsert([("middle", [1.0, 1.0])], namespace="two")
        merged = await index.query_namespaces([0.0, 0.0], ["one", "two"], "euclidean", top_k=2)
        assert [(m.namespace, m.id) for m in merged.matches] == [("one", "near"), ("two", "middle")]


async def test_unsupported_operations_fail_before_any_request(apc: AsyncPinecone) -> None:
    async with apc:
        if "create_backup" in apc.capabilities:
            return
        with pytest.raises(UnsupportedOperationError) as raised:
            await apc.create_backup(index_name="source")
        assert raised.value.api_version == apc.api_version
        assert raised.value.available_from == "2025-04"
