"""Results typed by the pinned API version, checked by test_typing with mypy and pyright.

Each ``reveal_type`` follows a comment naming the route whose success response (in that version's spec) the
method returns: the test reads the expected model from the spec and compares mypy's revealed type;
``assert_type`` names the same model, so that pyright (which reveals short names only) fails on a
model of the wrong version too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NoReturn, assert_type, reveal_type

from pinecone_versioned import AsyncPinecone, Pinecone, ServerlessSpec
from pinecone_versioned.admin import Admin
from pinecone_versioned_gen.v2024_10.db_control import models as control_2024_10
from pinecone_versioned_gen.v2024_10.db_data import models as data_2024_10
from pinecone_versioned_gen.v2024_10.inference import models as inference_2024_10
from pinecone_versioned_gen.v2025_04.admin import models as admin_2025_04
from pinecone_versioned_gen.v2025_04.assistant_control import models as assistant_control_2025_04
from pinecone_versioned_gen.v2025_04.assistant_data import models as assistant_data_2025_04
from pinecone_versioned_gen.v2025_04.db_control import models as control_2025_04
from pinecone_versioned_gen.v2025_04.db_data import models as data_2025_04
from pinecone_versioned_gen.v2025_04.inference import models as inference_2025_04
from pinecone_versioned_gen.v2025_10.admin import models as admin_2025_10
from pinecone_versioned_gen.v2025_10.assistant_control import models as assistant_control_2025_10
from pinecone_versioned_gen.v2025_10.assistant_data import models as assistant_data_2025_10
from pinecone_versioned_gen.v2025_10.db_control import models as control_2025_10
from pinecone_versioned_gen.v2025_10.db_data import models as data_2025_10
from pinecone_versioned_gen.v2025_10.inference import models as inference_2025_10

HOST = "movies-abc.svc.pinecone.io"


def lacking_2024_10() -> NoReturn:
    """API 2024-10 has no backups: its client types describe_backup as never returning (it raises
    UnsupportedOperationError), so a checker accepts the missing return here and nowhere else."""
    Pinecone(api_key="k", api_version="2024-10").describe_backup("nightly")


def pinned_2024_10() -> None:
    pc = Pinecone(api_key="k", api_version="2024-10")
    index = pc.Index(host=HOST)
    # db_control GET /indexes/{index_name}
    reveal_type(assert_type(pc.describe_index("movies"), control_2024_10.IndexModel))
    # db_control GET /indexes
    reveal_type(assert_type(pc.list_indexes(), control_2024_10.IndexList))
    # db_control GET /indexes/{index_name}
    reveal_type(
        assert_type(
            pc.create_index("movies", ServerlessSpec("aws", "us-east-1"), dimension=3), control_2024_10.IndexModel
        )
    )
    # db_control PATCH /indexes/{index_name}
    reveal_type(assert_type(pc.configure_index("movies", deletion_protection="enabled"), control_2024_10.IndexModel))
    # db_control GET /collections
    reveal_type(assert_type(pc.list_collections(), control_2024_10.CollectionList))
    # db_control GET /collections/{collection_name}
    reveal_type(assert_type(pc.describe_collection("snapshot"), control_2024_10.CollectionModel))
    # db_data POST /query
    reveal_type(assert_type(index.query(top_k=3, vector=[0.1, 0.2, 0.3]), data_2024_10.QueryResponse))
    # db_data GET /vectors/fetch
    reveal_type(assert_type(index.fetch(["a"]), data_2024_10.FetchResponse))
    # db_data POST /describe_index_stats
    reveal_type(assert_type(index.describe_index_stats(), data_2024_10.IndexDescription))
    # db_data GET /vectors/list
    reveal_type(assert_type(index.list_paginated(prefix="a"), data_2024_10.ListResponse))
    # db_data POST /bulk/imports
    reveal_type(assert_type(index.start_import("s3://bucket/vectors/"), data_2024_10.StartImportResponse))
    # db_data GET /bulk/imports/{id}
    reveal_type(assert_type(index.describe_import("1"), data_2024_10.ImportModel))
    # inference POST /embed
    reveal_type(assert_type(pc.inference.embed("multilingual-e5-large", ["jazz"]), inference_2024_10.EmbeddingsList))
    # inference POST /rerank
    reveal_type(
        assert_type(pc.inference.rerank("bge-reranker-v2-m3", "jazz", ["a", "b"]), inference_2024_10.RerankResult)
    )

    # iterating methods emit the items of their pages: the pinned version's models
    assert_type(index.list_imports(), Iterator[data_2024_10.ImportModel])


async def pinned_async_2024_10() -> None:
    apc = AsyncPinecone(api_key="k", api_version="2024-10")
    # db_control GET /indexes/{index_name}
    reveal_type(assert_type(await apc.describe_index("movies"), control_2024_10.IndexModel))
    # db_data POST /query
    reveal_type(assert_type(await apc.Index(host=HOST).query(top_k=3, id="a"), data_2024_10.QueryResponse))
    # inference POST /embed
    reveal_type(
        assert_type(await apc.inference.embed("multilingual-e5-large", "jazz"), inference_2024_10.EmbeddingsList)
    )


def pinned_2025_04() -> None:
    pc = Pinecone(api_key="k", api_version="2025-04")
    index = pc.Index(host=HOST)
    # db_control GET /indexes/{index_name}
    reveal_type(assert_type(pc.describe_index("movies"), control_2025_04.IndexModel))
    # db_control GET /indexes
    reveal_type(assert_type(pc.list_indexes(), control_2025_04.IndexList))
    # db_control GET /indexes/{index_name}
    reveal_type(
        assert_type(
            pc.create_index("movies", ServerlessSpec("aws", "us-east-1"), dimension=3), control_2025_04.IndexModel
        )
    )
    # db_control PATCH /indexes/{index_name}
    reveal_type(assert_type(pc.configure_index("movies", deletion_protection="enabled"), control_2025_04.IndexModel))
    # db_control GET /collections
    reveal_type(assert_type(pc.list_collections(), control_2025_04.CollectionList))
    # db_control GET /collections/{collection_name}
    reveal_type(assert_type(pc.describe_collection("snapshot"), control_2025_04.CollectionModel))
    # db_data POST /query
    reveal_type(assert_type(index.query(top_k=3, vector=[0.1, 0.2, 0.3]), data_2025_04.QueryResponse))
    # db_data GET /vectors/fetch
    reveal_type(assert_type(index.fetch(["a"]), data_2025_04.FetchResponse))
    # db_data POST /describe_index_stats
    reveal_type(assert_type(index.describe_index_stats(), data_2025_04.IndexDescription))
    # db_data GET /vectors/list
    reveal_type(assert_type(index.list_paginated(prefix="a"), data_2025_04.ListResponse))
    # db_data POST /bulk/imports
    reveal_type(assert_type(index.start_import("s3://bucket/vectors/"), data_2025_04.StartImportResponse))
    # db_data GET /bulk/imports/{id}
    reveal_type(assert_type(index.describe_import("1"), data_2025_04.ImportModel))
    # inference POST /embed
    reveal_type(assert_type(pc.inference.embed("multilingual-e5-large", ["jazz"]), inference_2025_04.EmbeddingsList))
    # inference POST /rerank
    reveal_type(
        assert_type(pc.inference.rerank("bge-reranker-v2-m3", "jazz", ["a", "b"]), inference_2025_04.RerankResult)
    )
    # db_control POST /indexes/{index_name}/backups
    reveal_type(assert_type(pc.create_backup(index_name="movies"), control_2025_04.BackupModel))
    # db_control GET /backups
    reveal_type(assert_type(pc.list_backups(), control_2025_04.BackupList))
    # db_data GET /namespaces/{namespace}
    reveal_type(assert_type(index.describe_namespace("films"), data_2025_04.NamespaceDescription))
    # db_data POST /records/namespaces/{namespace}/search
    reveal_type(
        assert_type(
            index.search_records("films", {"inputs": {"text": "jazz"}, "top_k": 3}), data_2025_04.SearchRecordsResponse
        )
    )
    # inference GET /models
    reveal_type(assert_type(pc.inference.list_models(), inference_2025_04.ModelInfoList))
    # assistant_control GET /assistants/{assistant_name}
    reveal_type(assert_type(pc.assistant.describe_assistant("helper"), assistant_control_2025_04.Assistant))
    # assistant_data POST /chat/{assistant_name}/context
    reveal_type(assert_type(pc.assistant.Assistant("helper").context("jazz"), assistant_data_2025_04.ContextModel))

    # admin GET /admin/projects/{project_id}
    reveal_type(assert_type(Admin("id", "secret", api_version="2025-04").describe_project("p"), admin_2025_04.Project))

    # iterating methods emit the items of their pages: the pinned version's models
    assert_type(index.list_imports(), Iterator[data_2025_04.ImportModel])
    assert_type(index.list_namespaces(), Iterator[data_2025_04.NamespaceDescription])


async def pinned_async_2025_04() -> None:
    apc = AsyncPinecone(api_key="k", api_version="2025-04")
    # db_control GET /indexes/{index_name}
    reveal_type(assert_type(await apc.describe_index("movies"), control_2025_04.IndexModel))
    # db_data POST /query
    reveal_type(assert_type(await apc.Index(host=HOST).query(top_k=3, id="a"), data_2025_04.QueryResponse))
    # inference POST /embed
    reveal_type(
        assert_type(await apc.inference.embed("multilingual-e5-large", "jazz"), inference_2025_04.EmbeddingsList)
    )


def pinned_2025_10() -> None:
    pc = Pinecone(api_key="k", api_version="2025-10")
    index = pc.Index(host=HOST)
    # db_control GET /indexes/{index_name}
    reveal_type(assert_type(pc.describe_index("movies"), control_2025_10.IndexModel))
    # db_control GET /indexes
    reveal_type(assert_type(pc.list_indexes(), control_2025_10.IndexList))
    # db_control GET /indexes/{index_name}
    reveal_type(
        assert_type(
            pc.create_index("movies", ServerlessSpec("aws", "us-east-1"), dimension=3), control_2025_10.IndexModel
        )
    )
    # db_control PATCH /indexes/{index_name}
    reveal_type(assert_type(pc.configure_index("movies", deletion_protection="enabled"), control_2025_10.IndexModel))
    # db_control GET /collections
    reveal_type(assert_type(pc.list_collections(), control_2025_10.CollectionList))
    # db_control GET /collections/{collection_name}
    reveal_type(assert_type(pc.describe_collection("snapshot"), control_2025_10.CollectionModel))
    # db_data POST /query
    reveal_type(assert_type(index.query(top_k=3, vector=[0.1, 0.2, 0.3]), data_2025_10.QueryResponse))
    # db_data GET /vectors/fetch
    reveal_type(assert_type(index.fetch(["a"]), data_2025_10.FetchResponse))
    # db_data POST /describe_index_stats
    reveal_type(assert_type(index.describe_index_stats(), data_2025_10.IndexDescription))
    # db_data GET /vectors/list
    reveal_type(assert_type(index.list_paginated(prefix="a"), data_2025_10.ListResponse))
    # db_data POST /bulk/imports
    reveal_type(assert_type(index.start_import("s3://bucket/vectors/"), data_2025_10.StartImportResponse))
    # db_data GET /bulk/imports/{id}
    reveal_type(assert_type(index.describe_import("1"), data_2025_10.ImportModel))
    # inference POST /embed
    reveal_type(assert_type(pc.inference.embed("multilingual-e5-large", ["jazz"]), inference_2025_10.EmbeddingsList))
    # inference POST /rerank
    reveal_type(
        assert_type(pc.inference.rerank("bge-reranker-v2-m3", "jazz", ["a", "b"]), inference_2025_10.RerankResult)
    )
    # db_control POST /indexes/{index_name}/backups
    reveal_type(assert_type(pc.create_backup(index_name="movies"), control_2025_10.BackupModel))
    # db_control GET /backups
    reveal_type(assert_type(pc.list_backups(), control_2025_10.BackupList))
    # db_data GET /namespaces/{namespace}
    reveal_type(assert_type(index.describe_namespace("films"), data_2025_10.NamespaceDescription))
    # db_data POST /records/namespaces/{namespace}/search
    reveal_type(
        assert_type(
            index.search_records("films", {"inputs": {"text": "jazz"}, "top_k": 3}), data_2025_10.SearchRecordsResponse
        )
    )
    # inference GET /models
    reveal_type(assert_type(pc.inference.list_models(), inference_2025_10.ModelInfoList))
    # assistant_control GET /assistants/{assistant_name}
    reveal_type(assert_type(pc.assistant.describe_assistant("helper"), assistant_control_2025_10.Assistant))
    # assistant_data POST /chat/{assistant_name}/context
    reveal_type(assert_type(pc.assistant.Assistant("helper").context("jazz"), assistant_data_2025_10.ContextModel))

    # admin GET /admin/projects/{project_id}
    reveal_type(assert_type(Admin("id", "secret", api_version="2025-10").describe_project("p"), admin_2025_10.Project))

    # iterating methods emit the items of their pages: the pinned version's models
    assert_type(index.list_imports(), Iterator[data_2025_10.ImportModel])
    assert_type(index.list_namespaces(), Iterator[data_2025_10.NamespaceDescription])


async def pinned_async_2025_10() -> None:
    apc = AsyncPinecone(api_key="k", api_version="2025-10")
    # db_control GET /indexes/{index_name}
    reveal_type(assert_type(await apc.describe_index("movies"), control_2025_10.IndexModel))
    # db_data POST /query
    reveal_type(assert_type(await apc.Index(host=HOST).query(top_k=3, id="a"), data_2025_10.QueryResponse))
    # inference POST /embed
    reveal_type(
        assert_type(await apc.inference.embed("multilingual-e5-large", "jazz"), inference_2025_10.EmbeddingsList)
    )
