"""Quickstart: the local Pinecone-compatible server, and a client pinned to an API version.

Run it with ``nox -s demo`` (or ``python examples/quickstart.py`` after
``pip install -e '.[local]'``). No Pinecone account is needed: the index lives
in a server started inside this process, on a free loopback port.
"""

from __future__ import annotations

import random

from pinecone_versioned import Pinecone, ServerlessSpec, sdk_majors
from pinecone_versioned.local import LocalServer

GENRES = ["drama", "comedy", "documentary"]


def main() -> None:
    with LocalServer() as server:
        print(f"local server listening on {server.url}")
        pc = Pinecone(api_key="local-demo-key", host=server.url)
        python_sdks = ", ".join(r.releases for r in sdk_majors(pc.api_version) if r.language == "python")
        print(f"client pinned to API version {pc.api_version} (official Python SDK {python_sdks or 'none'})")

        pc.create_index("quickstart", ServerlessSpec(cloud="aws", region="us-east-1"), dimension=8)
        print("created index 'quickstart' and waited until it was ready")

        rng = random.Random(42)
        vectors = [
            (f"doc-{n}", [rng.uniform(-1, 1) for _ in range(8)], {"genre": rng.choice(GENRES), "year": 2000 + n % 25})
            for n in range(500)
        ]
        index = pc.Index("quickstart")
        written = index.upsert(vectors, namespace="films", batch_size=100, show_progress=False)
        print(f"upserted {written.upserted_count} vectors in batches of 100")

        result = index.query(
            vector=vectors[0][1],
            top_k=3,
            namespace="films",
            filter={"genre": {"$eq": vectors[0][2]["genre"]}, "year": {"$gte": 2005}},
            include_metadata=True,
        )
        print("top 3 matches for doc-0's vector among recent films of its genre:")
        for match in result.matches:
            print(f"  {match.id:<8} score {match.score:.4f}  {match.metadata}")

        stats = index.describe_index_stats()
        print(f"index holds {stats.total_vector_count} vectors")

        legacy = Pinecone(api_key="local-demo-key", host=server.url, api_version="2024-04")
        names = [i.name for i in legacy.list_indexes().indexes]
        print(f"a second client pinned to {legacy.api_version} sees the same indexes: {names}")

        pc.delete_index("quickstart")
        print("deleted index 'quickstart'")


if __name__ == "__main__":
    main()
