"""A user's program, type-checked by test_typing: the facade's methods must type as written here."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import assert_type

from pinecone_versioned import AsyncPinecone, Pinecone, QueryNamespacesResult, ServerlessSpec


def blocking(pc: Pinecone) -> int:
    pc.create_index("movies", ServerlessSpec("aws", "us-east-1"), dimension=3)
    index = pc.Index("movies")
    written: int = index.upsert([("a", [0.1, 0.2, 0.3])], batch_size=100, show_progress=False)
    pages: Iterator[list[str]] = index.list(prefix="a")
    exists: bool = pc.has_index("movies")
    merged: QueryNamespacesResult = index.query_namespaces([0.1, 0.2, 0.3], ["x", "y"], "cosine")
    assert_type(index.list(), Iterator[list[str]])
    described = 0
    for namespace in index.list_namespaces():  # needs no annotation: items are typed (Any unpinned)
        described += namespace is not None
    return written + len(list(pages)) + int(exists) + len(merged.matches) + described


async def concurrent(pc: AsyncPinecone) -> int:
    index = pc.Index(host="movies-abc.svc.pinecone.io")
    written: int = await index.upsert([("a", [0.1, 0.2, 0.3])])
    pages: AsyncIterator[list[str]] = index.list()
    exists: bool = await pc.has_index("movies")
    return written + len([page async for page in pages]) + int(exists)


if __name__ == "__main__":
    asyncio.run(concurrent(AsyncPinecone(api_key="k")))
