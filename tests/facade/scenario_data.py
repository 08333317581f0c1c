"""Data and independent expectations for the end-to-end scenarios (numpy, not the server)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

DIMENSION = 8
COUNT = 1_000
GENRES = ("drama", "comedy", "noir", "documentary")


@dataclass(frozen=True)
class Corpus:
    ids: list[str]
    values: np.ndarray  # (COUNT, DIMENSION) float64
    metadata: list[dict[str, Any]]

    def vectors(self) -> list[tuple[str, list[float], dict[str, Any]]]:
        return [(i, v.tolist(), m) for i, v, m in zip(self.ids, self.values, self.metadata, strict=True)]


def corpus(seed: int = 7) -> Corpus:
    rng = np.random.default_rng(seed)
    values = rng.normal(size=(COUNT, DIMENSION))
    metadata = [
        {"genre": GENRES[i % len(GENRES)], "year": 1990 + i % 35, "rating": float(i % 10) / 2} for i in range(COUNT)
    ]
    return Corpus([f"movie-{i:04d}" for i in range(COUNT)], values, metadata)


def cosine_top_k(data: Corpus, query: np.ndarray, top_k: int, keep: list[bool]) -> list[tuple[str, float]]:
    """The expected matches of a cosine query over the vectors whose ``keep`` flag is set."""
    norms = np.linalg.norm(data.values, axis=1) * np.linalg.norm(query)
    scores = data.values @ query / norms
    order = [i for i in np.argsort(-scores, kind="stable") if keep[i]][:top_k]
    return [(data.ids[i], float(scores[i])) for i in order]


QUERY_FILTER = {"genre": {"$in": ["drama", "noir"]}, "year": {"$gte": 2010}}


def matches_filter(metadata: dict[str, Any]) -> bool:
    return metadata["genre"] in ("drama", "noir") and metadata["year"] >= 2010
