"""An ordinary program written against the official ``pinecone`` SDK 7.x, run by tests/facade/test_migration.py.

Usage: python migration_program.py CONTROL_URL API_KEY

The test runs it as it is with ``pinecone==7.3.0``, and with the two lines marked
``# migrate:`` changed to use pinecone_versioned pinned to 2025-04. Each step
prints one line; the last line is "passed N steps". Any failed step exits non-zero.
"""

import sys

from pinecone import Pinecone, ServerlessSpec  # migrate: import

URL, KEY = sys.argv[1], sys.argv[2]
STEPS = []


def step(label, passed):
    STEPS.append(label)
    print(f"step {len(STEPS)}: {label}: {'ok' if passed else 'FAILED'}", flush=True)
    if not passed:
        sys.exit(1)


def raises(call):
    try:
        call()
    except Exception:  # noqa: BLE001 - the two SDKs name their errors differently
        return True
    return False


pc = Pinecone(api_key=KEY, host=URL)  # migrate: client

step("has_index is false before creating", pc.has_index("migration") is False)
created = pc.create_index(
    name="migration", dimension=3, metric="cosine", spec=ServerlessSpec(cloud="aws", region="us-east-1")
)
step("create_index waits and returns the description", created.name == "migration" and created.dimension == 3)

described = pc.describe_index(name="migration")
step("status reads like a dict and as attributes", described.status["ready"] is True and described.status.ready)
step("describe_index(...)['host'] is the host", described["host"] == described.host and described.metric == "cosine")
step("a description's repr shows no UNSET", "UNSET" not in repr(described))

listed = pc.list_indexes()
step("list_indexes().names()", listed.names() == ["migration"])
step("list_indexes() iterates index models", [i.name for i in listed] == ["migration"] and len(listed) == 1)

index = pc.Index("migration")
written = index.upsert(
    vectors=[
        ("a", [1.0, 0.0, 0.0], {"genre": "drama", "year": 2001}),
        ("b", [0.0, 1.0, 0.0], {"genre": "comedy", "year": 1999}),
        {"id": "c", "values": [0.0, 0.0, 1.0], "metadata": {"genre": "drama", "year": 2010}},
    ],
    namespace="films",
)
step("upsert returns upserted_count", written.upserted_count == 3)
step("upsert of one more vector", index.upsert(vectors=[("d", [1.0, 1.0, 0.0])], namespace="films").upserted_count == 1)

stats = index.describe_index_stats()
step("stats count the vectors", stats.total_vector_count == 4 and stats.dimension == 3)
step("stats namespaces is a mapping", "films" in stats.namespaces and len(stats.namespaces) == 1)
step("a namespace's vector_count", stats.namespaces["films"].vector_count == 4)

fetched = index.fetch(ids=["a", "c"], namespace="films")
step("fetch(...).vectors has len and iterates ids", len(fetched.vectors) == 2 and sorted(fetched.vectors) == ["a", "c"])
step("fetched vectors by id, .items()", {k: v.id for k, v in fetched.vectors.items()} == {"a": "a", "c": "c"})
step("fetched metadata is a dict", fetched.vectors["a"].metadata == {"genre": "drama", "year": 2001})
step("fetched values and namespace", fetched.vectors["c"].values == [0.0, 0.0, 1.0] and fetched.namespace == "films")
step("fetching an unknown id gives no vectors", len(index.fetch(ids=["zz"], namespace="films").vectors) == 0)

found = index.query(vector=[1.0, 0.1, 0.0], top_k=2, namespace="films", include_metadata=True)
step("query returns the nearest first", [m.id for m in found.matches] == ["a", "d"])
step("scores fall and metadata is a dict", found.matches[0].score > found.matches[1].score)
step("match.metadata['genre']", found.matches[0].metadata["genre"] == "drama")
step("query results read like dicts", found["matches"][0]["id"] == "a")

recent_drama = {"genre": {"$eq": "drama"}, "year": {"$gte": 2005}}
filtered = index.query(vector=[1.0, 0.0, 0.0], top_k=3, namespace="films", filter=recent_drama)
step("query with a metadata filter", [m.id for m in filtered.matches] == ["c"])
by_id = index.query(id="a", top_k=1, namespace="films", include_values=True)
step("query by id with values", by_id.matches[0].id == "a" and by_id.matches[0].values == [1.0, 0.0, 0.0])

index.update(id="b", set_metadata={"genre": "drama"}, namespace="films")
updated = index.fetch(ids=["b"], namespace="films").vectors["b"]
step("update merges metadata", updated.metadata == {"genre": "drama", "year": 1999})
index.update(id="b", values=[0.0, 0.5, 0.5], namespace="films")
step("update replaces values", index.fetch(ids=["b"], namespace="films").vectors["b"].values == [0.0, 0.5, 0.5])

ids = sorted(i for page in index.list(namespace="films") for i in page)
step("list yields pages of ids", ids == ["a", "b", "c", "d"])
first_page = index.list_paginated(namespace="films", limit=2)
step("list_paginated's pagination.next", len(first_page.vectors) == 2 and bool(first_page.pagination.next))
rest = index.list_paginated(namespace="films", limit=2, pagination_token=first_page.pagination.next)
step("the next page has the rest", sorted(v.id for v in [*first_page.vectors, *rest.vectors]) == ids)

index.delete(ids=["d"], namespace="films")
step("delete by ids", index.describe_index_stats().namespaces["films"].vector_count == 3)
index.delete(filter={"year": {"$lt": 2000}}, namespace="films")
step("delete by filter", sorted(index.fetch(ids=["a", "b", "c"], namespace="films").vectors) == ["a", "c"])

index.upsert(vectors=[("s1", [0.5, 0.5, 0.0])], namespace="series")
step("list_namespaces", sorted(ns.name for ns in index.list_namespaces()) == ["films", "series"])
step("describe_namespace", index.describe_namespace(namespace="series").record_count == 1)
index.delete_namespace(namespace="series")
step("delete_namespace", [ns.name for ns in index.list_namespaces()] == ["films"])
index.delete(delete_all=True, namespace="films")
step("delete_all empties the namespace", index.describe_index_stats().total_vector_count == 0)

pc.configure_index(name="migration", deletion_protection="enabled", tags={"team": "search"})
configured = pc.describe_index(name="migration")
step("configure_index sets protection and tags", configured.deletion_protection == "enabled")
step("tags read like a dict", configured.tags["team"] == "search" and configured.tags.to_dict() == {"team": "search"})
step("a protected index is not deleted", raises(lambda: pc.delete_index(name="migration")))
pc.configure_index(name="migration", deletion_protection="disabled")
pc.delete_index(name="migration")
step("delete_index waits until it is gone", pc.has_index("migration") is False and pc.list_indexes().names() == [])

# The integrated-inference quickstart: records embedded by the index's model.
pc.create_index_for_model(
    name="records",
    cloud="aws",
    region="us-east-1",
    embed={"model": "llama-text-embed-v2", "field_map": {"text": "chunk_text"}},
)
step("create_index_for_model", pc.describe_index(name="records").embed.model == "llama-text-embed-v2")
records = [
    {"_id": "r1", "chunk_text": "The Eiffel Tower is in Paris.", "category": "history"},
    {"_id": "r2", "chunk_text": "Photosynthesis turns light into energy.", "category": "science"},
    {"_id": "r3", "chunk_text": "Paris hosted the Olympic Games.", "category": "sport"},
]
records_index = pc.Index("records")
records_index.upsert_records("example-namespace", records)
results = records_index.search(
    namespace="example-namespace", query={"top_k": 2, "inputs": {"text": "Paris tower"}}, fields=["category"]
)
hits = results["result"]["hits"]
step("search hits read like dicts", len(hits) == 2 and hits[0]["_id"] == "r1" and hits[0]["_score"] > 0)
step("a hit's fields are a dict", hits[0]["fields"]["category"] == "history")
reranked = records_index.search(
    namespace="example-namespace",
    query={"top_k": 3, "inputs": {"text": "Paris"}},
    rerank={"model": "bge-reranker-v2-m3", "top_n": 2, "rank_fields": ["chunk_text"]},
)
step("search with rerank", len(reranked.result.hits) == 2)
pc.delete_index(name="records")
step("the records index is gone", not pc.has_index("records"))

print(f"passed {len(STEPS)} steps")
