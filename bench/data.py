"""The benchmark's data: request vectors built once up front, and the canned server's response bodies.

Both the client side and the canned server build from the same ``Sizes`` and seed, so
a client's result can be checked against what the server was known to send.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import numpy as np
import orjson

SEED = 6
NAMESPACE = "bench"
INDEX_NAME = "bench-index"


@dataclass(frozen=True)
class Sizes:
    """Workload sizes: the issue's are the defaults; quick mode shrinks them."""

    dim: int = 1536
    w1_vectors: int = 100
    w2_vectors: int = 1000
    w3_top_k: int = 1000
    w4_top_k: int = 10
    w5_ids: int = 100

    def __post_init__(self) -> None:
        # The canned server tells W3 from W4 by the requested top_k alone; W1 sends W2's first vectors.
        if self.w3_top_k == self.w4_top_k:
            raise ValueError("W3 and W4 need different top_k values")
        if self.w1_vectors > self.w2_vectors:
            raise ValueError("W1 sends the first of W2's vectors, so it cannot have more")


def vector_id(number: int) -> str:
    return f"vec-{number:06d}"


def random_values(rng: random.Random, dim: int, decimals: int = 8) -> list[float]:
    """Floats in [-1, 1]; with 8 decimals about 11 characters each in JSON, as the issue's W2 request.

    Responses use 9 decimals, about what Pinecone's shortest float32 renderings take (W3: ~19 MB).
    """
    return [round(rng.uniform(-1.0, 1.0), decimals) for _ in range(dim)]


def small_metadata(number: int) -> dict[str, Any]:
    """A few fields of the kinds Pinecone metadata holds: string, number, boolean, list of strings."""
    genres = ("drama", "comedy", "documentary", "thriller", "animation")
    return {
        "genre": genres[number % len(genres)],
        "year": 1990 + number % 35,
        "rating": round(1 + (number % 90) / 10, 1),
        "recent": number % 3 == 0,
        "tags": [f"tag-{number % 7}", f"tag-{number % 11}"],
    }


@dataclass(frozen=True)
class Requests:
    """What the clients send, built once: vectors as dicts of lists (and of numpy arrays for W2)."""

    w1: list[dict[str, Any]]
    w2: list[dict[str, Any]]
    w2_numpy: list[dict[str, Any]]
    query_vector: list[float]
    fetch_ids: list[str]


def build_requests(sizes: Sizes) -> Requests:
    rng = random.Random(SEED)
    w2 = [
        {"id": vector_id(n), "values": random_values(rng, sizes.dim), "metadata": small_metadata(n)}
        for n in range(sizes.w2_vectors)
    ]
    w2_numpy = [{**v, "values": np.asarray(v["values"], dtype=np.float32)} for v in w2]
    return Requests(
        w1=w2[: sizes.w1_vectors],
        w2=w2,
        w2_numpy=w2_numpy,
        query_vector=random_values(rng, sizes.dim),
        fetch_ids=[vector_id(n) for n in range(sizes.w5_ids)],
    )


def query_response(sizes: Sizes, top_k: int, include_values: bool) -> bytes:
    """A QueryResponse body with ``top_k`` matches, best first, each with metadata."""
    rng = random.Random(SEED + top_k)
    matches = []
    for n in range(top_k):
        match: dict[str, Any] = {"id": vector_id(n), "score": round(0.99 - n * 0.5 / top_k, 6)}
        if include_values:
            match["values"] = random_values(rng, sizes.dim, decimals=9)
        match["metadata"] = small_metadata(n)
        matches.append(match)
    return orjson.dumps({"matches": matches, "namespace": NAMESPACE, "usage": {"readUnits": 6}})


def fetch_response(sizes: Sizes) -> bytes:
    """A FetchResponse body with the W5 ids, each with values and metadata."""
    rng = random.Random(SEED + 1)
    vectors = {
        vector_id(n): {"id": vector_id(n), "values": random_values(rng, sizes.dim, 9), "metadata": small_metadata(n)}
        for n in range(sizes.w5_ids)
    }
    return orjson.dumps({"vectors": vectors, "namespace": NAMESPACE, "usage": {"readUnits": 1}})


def describe_index_response(name: str, host: str, dim: int) -> bytes:
    """An IndexModel body (2025-04) whose host is the canned server itself."""
    return orjson.dumps(
        {
            "name": name,
            "dimension": dim,
            "metric": "cosine",
            "host": host,
            "vector_type": "dense",
            "deletion_protection": "disabled",
            "spec": {"serverless": {"cloud": "aws", "region": "us-east-1"}},
            "status": {"ready": True, "state": "Ready"},
        }
    )
