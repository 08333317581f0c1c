"""Assertions shared by the sync and async end-to-end scenarios."""

from __future__ import annotations

from typing import Any

import numpy as np

from tests.facade.scenario_data import QUERY_FILTER, Corpus, cosine_top_k, matches_filter

QUERY_VECTOR = np.linspace(-1.0, 1.0, 8)


def check_query(data: Corpus, response: Any) -> None:
    expected = cosine_top_k(data, QUERY_VECTOR, 5, [matches_filter(m) for m in data.metadata])
    got = [(m.id, m.score) for m in response.matches]
    assert [i for i, _ in got] == [i for i, _ in expected]
    for (_, score), (_, want) in zip(got, expected, strict=True):
        assert abs(score - want) < 1e-5
    for match in response.matches:
        assert matches_filter(match.metadata)


def check_fetch(data: Corpus, response: Any, ids: list[str]) -> None:
    vectors = response.vectors
    assert sorted(vectors) == sorted(ids)
    for vector_id in ids:
        position = data.ids.index(vector_id)
        np.testing.assert_allclose(vectors[vector_id].values, data.values[position], atol=1e-6)
        assert vectors[vector_id].metadata == data.metadata[position]


def total_count(stats: Any) -> int:
    return int(stats.total_vector_count)


__all__ = ["QUERY_FILTER", "QUERY_VECTOR", "check_fetch", "check_query", "total_count"]
