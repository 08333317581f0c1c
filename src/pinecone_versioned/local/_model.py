"""Records, namespaces and exact (brute-force) search over them with numpy."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

F32 = npt.NDArray[np.float32]
I64 = npt.NDArray[np.int64]
Sparse = tuple[I64, F32]


@dataclass
class Record:
    """One stored vector: dense values, sparse values and metadata, each optional."""

    values: F32 | None
    sparse: Sparse | None
    metadata: dict[str, Any] | None


@dataclass
class _DenseCache:
    ids: list[str]
    matrix: F32


def _sparse_dot(query: Mapping[int, float], sparse: Sparse | None) -> float:
    if sparse is None:
        return 0.0
    return float(sum(query.get(i, 0.0) * v for i, v in zip(sparse[0].tolist(), sparse[1].tolist(), strict=True)))


def _exact(metric: str, query: npt.NDArray[np.float64], row: F32) -> float:
    vec = row.astype(np.float64)
    if metric == "euclidean":
        return float(np.sum((vec - query) ** 2))
    dot = float(vec @ query)
    if metric == "cosine":
        norms = float(np.linalg.norm(vec) * np.linalg.norm(query))
        return dot / norms if norms else 0.0
    return dot


@dataclass
class Namespace:
    """The records of one namespace, with a stacked matrix of dense values rebuilt after writes."""

    records: dict[str, Record] = field(default_factory=dict)
    _cache: _DenseCache | None = None

    def put(self, rid: str, record: Record) -> None:
        self.records[rid] = record
        self._cache = None

    def remove(self, rid: str) -> None:
        if self.records.pop(rid, None) is not None:
            self._cache = None

    def _dense(self) -> _DenseCache:
        if self._cache is None:
            ids = [rid for rid, rec in self.records.items() if rec.values is not None]
            rows = [self.records[rid].values for rid in ids]
            matrix = np.stack(rows).astype(np.float32) if rows else np.zeros((0, 0), np.float32)  # type: ignore[arg-type]
            self._cache = _DenseCache(ids, matrix)
        return self._cache

    def search(
        self,
        metric: str,
        dense: F32 | None,
        sparse: Sparse | None,
        top_k: int,
        keep: Callable[[Record], bool] | None,
    ) -> list[tuple[str, float]]:
        """The ``top_k`` best (id, score) pairs: highest first, lowest first for euclidean.

        Candidates are ranked in float32 and their reported scores recomputed in float64.
        """
        if dense is not None:
            cache = self._dense()
            ids = cache.ids
            if not ids:
                return []
            rough = cache.matrix @ dense
            if metric == "cosine":
                norms = np.linalg.norm(cache.matrix, axis=1) * float(np.linalg.norm(dense))
                rough = np.divide(rough, norms, out=np.zeros_like(rough), where=norms > 0)
            elif metric == "euclidean":
                rough = -(np.sum(cache.matrix * cache.matrix, axis=1) - 2 * rough)
            scores = rough.astype(np.float64)
        else:
            ids = list(self.records)
            scores = np.zeros(len(ids), np.float64)
        qmap: dict[int, float] = {}
        if sparse is not None:
            qmap = dict(zip(sparse[0].tolist(), sparse[1].tolist(), strict=True))
            scores = scores + np.array([_sparse_dot(qmap, self.records[rid].sparse) for rid in ids], np.float64)
        candidates = np.arange(len(ids))
        if keep is not None:
            candidates = candidates[[keep(self.records[rid]) for rid in ids]] if ids else candidates
        if len(candidates) > top_k:
            best = np.argpartition(-scores[candidates], top_k - 1)[:top_k]
            candidates = candidates[best]
        query64 = None if dense is None else dense.astype(np.float64)
        results = []
        for pos in candidates.tolist():
            rid = ids[pos]
            record = self.records[rid]
            score = 0.0
            if query64 is not None and record.values is not None:
                score = _exact(metric, query64, record.values)
            if sparse is not None:
                score += _sparse_dot(qmap, record.sparse)
            results.append((rid, score))
        sign = 1.0 if metric == "euclidean" and dense is not None else -1.0
        results.sort(key=lambda pair: (sign * pair[1], pair[0]))
        return results
