"""Argument checks and conversions shared by the plans: fail before sending, name the fix."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pinecone_versioned.errors import InvalidArgumentError

# Limits Pinecone documents; checked here so the error comes before the request.
MAX_DIMENSION = 20_000
MAX_TOP_K = 10_000
MAX_ID_LENGTH = 512
MAX_VECTORS_PER_UPSERT = 1_000
METRICS = ("cosine", "euclidean", "dotproduct")
_INDEX_NAME = re.compile(r"^[a-z0-9]([a-z0-9-]{0,43}[a-z0-9])?$")


def drop_unset(values: Mapping[str, Any]) -> dict[str, Any]:
    """The entries whose value was given (not None)."""
    return {key: value for key, value in values.items() if value is not None}


def check_name(name: str, parameter: str) -> str:
    if not isinstance(name, str) or not _INDEX_NAME.match(name):
        raise InvalidArgumentError(
            f"{parameter}={name!r}: use 1-45 lowercase letters, digits or hyphens, starting and ending "
            "with a letter or digit"
        )
    return name


def check_dimension(dimension: int) -> int:
    if isinstance(dimension, bool) or not isinstance(dimension, int) or not 1 <= dimension <= MAX_DIMENSION:
        raise InvalidArgumentError(f"dimension={dimension!r}: use a whole number from 1 to {MAX_DIMENSION}")
    return dimension


def check_metric(metric: str) -> str:
    if metric not in METRICS:
        raise InvalidArgumentError(f"metric={metric!r}: use one of {', '.join(METRICS)}")
    return metric


def check_tags(tags: Mapping[str, str] | None) -> dict[str, str] | None:
    if tags is None:
        return None
    if not isinstance(tags, Mapping) or not all(isinstance(k, str) and isinstance(v, str) for k, v in tags.items()):
        raise InvalidArgumentError(f"tags must map strings to strings, e.g. {{'team': 'search'}}; got {tags!r}")
    return dict(tags)


def check_top_k(top_k: int) -> int:
    if isinstance(top_k, bool) or not isinstance(top_k, int) or not 1 <= top_k <= MAX_TOP_K:
        raise InvalidArgumentError(f"top_k={top_k!r}: use a whole number from 1 to {MAX_TOP_K}")
    return top_k


def check_batch_size(batch_size: int) -> int:
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or not 1 <= batch_size <= MAX_VECTORS_PER_UPSERT:
        raise InvalidArgumentError(f"batch_size={batch_size!r}: use a whole number from 1 to {MAX_VECTORS_PER_UPSERT}")
    return batch_size


def check_ids(ids: Sequence[Any], parameter: str) -> list[str]:
    """Every id valid, checked in one pass; the first bad one is named with its position."""
    if isinstance(ids, str):
        raise InvalidArgumentError(f"{parameter} must be a list of ids, e.g. ['a', 'b'], not one string")
    checked = list(ids)
    if not all(type(i) is str and 0 < len(i) <= MAX_ID_LENGTH for i in checked):
        for position, vector_id in enumerate(checked):  # the slow path finds and names the bad one
            check_id(vector_id, f"{parameter}[{position}]")
    return checked


def check_id(vector_id: Any, where: str) -> str:
    if not isinstance(vector_id, str) or not vector_id:
        raise InvalidArgumentError(f"{where}: the id must be a non-empty string, got {vector_id!r}")
    if len(vector_id) > MAX_ID_LENGTH:
        raise InvalidArgumentError(f"{where}: the id is {len(vector_id)} characters; the limit is {MAX_ID_LENGTH}")
    return vector_id


def json_values(values: Any, where: str) -> Any:
    """Values ready for JSON: a list, or a one-dimensional numpy array of numbers sent as it is
    (the runtime's encoder writes numpy arrays natively, without a Python float per element)."""
    if isinstance(values, list):
        return values
    numpy = _numpy()
    if numpy is not None and isinstance(values, numpy.ndarray):
        if values.ndim != 1 or values.dtype.kind not in "iuf":
            raise InvalidArgumentError(f"{where}: values must be a one-dimensional array of numbers")
        if values.dtype.kind == "f" and not bool(numpy.isfinite(values).all()):
            raise InvalidArgumentError(f"{where}: values contain NaN or infinity")
        return values
    if isinstance(values, (tuple, range)):
        return list(values)
    raise InvalidArgumentError(f"{where}: values must be a list or array of floats, got {type(values).__name__}")


def _numpy() -> Any:
    import sys

    return sys.modules.get("numpy")  # only present if the caller already uses numpy


def sparse_values(value: Any, where: str) -> dict[str, list[Any]]:
    """``{"indices": [...], "values": [...]}`` from a dict, a (indices, values) pair or a generated model."""
    if hasattr(value, "to_dict"):
        value = value.to_dict()
    if isinstance(value, Mapping):
        indices, values = value.get("indices"), value.get("values")
    elif isinstance(value, Sequence) and len(value) == 2:
        indices, values = value
    else:
        raise InvalidArgumentError(f"{where}: sparse values must be {{'indices': [...], 'values': [...]}}")
    indices_list = json_values(indices, where)
    values_list = json_values(values, where)
    if len(indices_list) != len(values_list):
        raise InvalidArgumentError(
            f"{where}: sparse values have {len(indices_list)} indices but {len(values_list)} values"
        )
    return {"indices": indices_list, "values": values_list}


_VECTOR_KEYS = {"id", "values", "sparse_values", "sparseValues", "metadata"}


def vector_dict(vector: Any, position: int) -> dict[str, Any]:
    """One vector in wire form, from a tuple, a dict or a generated ``Vector`` of any version."""
    where = f"vectors[{position}]"
    if hasattr(vector, "to_dict") and not isinstance(vector, Mapping):
        vector = vector.to_dict()
    if isinstance(vector, tuple):
        if len(vector) not in (2, 3):
            raise InvalidArgumentError(f"{where}: a tuple must be (id, values) or (id, values, metadata)")
        vector = {"id": vector[0], "values": vector[1], "metadata": vector[2] if len(vector) == 3 else None}
    if not isinstance(vector, Mapping):
        raise InvalidArgumentError(f"{where}: use a tuple, a dict or a Vector model, not {type(vector).__name__}")
    unknown = set(vector) - _VECTOR_KEYS
    if unknown:
        raise InvalidArgumentError(f"{where}: unknown keys {sorted(unknown)}; use id, values, sparse_values, metadata")
    result: dict[str, Any] = {"id": check_id(vector.get("id"), where)}
    if vector.get("values") is not None:
        result["values"] = json_values(vector["values"], where)
    sparse = vector.get("sparse_values", vector.get("sparseValues"))
    if sparse is not None:
        result["sparseValues"] = sparse_values(sparse, where)
    if "values" not in result and "sparseValues" not in result:
        raise InvalidArgumentError(f"{where}: give values, sparse_values or both")
    metadata = vector.get("metadata")
    if metadata is not None:
        if not isinstance(metadata, Mapping):
            raise InvalidArgumentError(f"{where}: metadata must be a dict, got {type(metadata).__name__}")
        result["metadata"] = dict(metadata)
    return result


def vector_dicts(vectors: Iterable[Any]) -> list[dict[str, Any]]:
    if isinstance(vectors, (str, bytes, Mapping)):
        raise InvalidArgumentError("vectors must be a list of vectors (tuples, dicts or Vector models)")
    return [vector_dict(vector, position) for position, vector in enumerate(vectors)]
