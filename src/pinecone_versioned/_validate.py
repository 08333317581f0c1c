"""Argument checks and conversions shared by the plans: fail before sending, name the fix."""

from __future__ import annotations

import collections.abc
import functools
import inspect
import math
import re
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, ParamSpec, TypeVar

from pinecone_versioned.errors import InvalidArgumentError, InvalidArgumentTypeError

T = TypeVar("T")
P = ParamSpec("P")

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
    if isinstance(ids, (str, bytes)) or not isinstance(ids, Iterable) or isinstance(ids, Mapping):
        raise InvalidArgumentError(f"{parameter} must be a list of ids, e.g. ['a', 'b'], not {type(ids).__name__}")
    checked = list(ids)
    if not all(type(i) is str and 0 < len(i) <= _SHORT and i.isascii() and "\0" not in i for i in checked):
        for position, vector_id in enumerate(checked):  # the slow path finds and names the bad one
            check_id(vector_id, f"{parameter}[{position}]")
    return checked


# An id of at most this many characters is within MAX_ID_LENGTH bytes whatever its characters.
_SHORT = MAX_ID_LENGTH // 4


def check_id(vector_id: Any, where: str) -> str:
    if not isinstance(vector_id, str) or not vector_id:
        raise InvalidArgumentError(f"{where}: the id must be a non-empty string, got {_brief(vector_id)}")
    _check_text(vector_id, where, "id")
    return vector_id


def check_namespace(namespace: Any, where: str = "namespace") -> Any:
    """A namespace name ("" is the default namespace); None stays None."""
    if namespace is None:
        return None
    if not isinstance(namespace, str):
        raise InvalidArgumentError(f"{where} must be a string, got {type(namespace).__name__}")
    _check_text(namespace, where, "namespace")
    return namespace


def _check_text(text: str, where: str, what: str) -> None:
    """Ids and namespaces: valid UTF-8, at most MAX_ID_LENGTH bytes, no NUL character."""
    if len(text) <= _SHORT and "\0" not in text and text.isascii():
        return
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError:
        raise InvalidArgumentError(f"{where}: the {what} holds a lone surrogate; it must be valid Unicode") from None
    if size > MAX_ID_LENGTH:
        raise InvalidArgumentError(f"{where}: the {what} is {size} bytes in UTF-8; the limit is {MAX_ID_LENGTH}")
    if "\0" in text:
        raise InvalidArgumentError(f"{where}: the {what} contains a NUL character; remove it")


def _brief(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def json_values(values: Any, where: str) -> Any:
    """Values ready for JSON: a list, or a one-dimensional numpy array of numbers sent as it is
    (the runtime's encoder writes numpy arrays natively, without a Python float per element)."""
    if isinstance(values, list):
        _check_finite(values, where)
        return values
    numpy = _numpy()
    if numpy is not None and isinstance(values, numpy.ndarray):
        if values.ndim != 1 or values.dtype.kind not in "iuf":
            raise InvalidArgumentError(f"{where}: values must be a one-dimensional array of numbers")
        if values.dtype.kind == "f" and not bool(numpy.isfinite(values).all()):
            raise InvalidArgumentError(f"{where}: values contain NaN or infinity")
        return values
    if isinstance(values, (tuple, range)):
        values = list(values)
        _check_finite(values, where)
        return values
    raise InvalidArgumentError(f"{where}: values must be a list or array of floats, got {type(values).__name__}")


def _check_finite(values: list[Any], where: str) -> None:
    """Numbers only, none NaN or infinite (JSON has no such values; orjson would send null)."""
    try:
        total = sum(values, 0.0)  # one C loop; NaN or infinity anywhere makes the sum non-finite
    except TypeError:
        total = math.nan
    if math.isfinite(total):
        return
    for position, value in enumerate(values):  # the slow path names the culprit
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise InvalidArgumentError(f"{where}: values[{position}]={_brief(value)} is not a number")
        if not math.isfinite(value):
            raise InvalidArgumentError(f"{where}: values[{position}] is {value}; use finite numbers only")
    # Finite numbers whose sum overflows are fine.


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
    _check_sparse_indices(indices_list, where)
    return {"indices": indices_list, "values": values_list}


MAX_SPARSE_INDEX = 2**32 - 1  # indices are unsigned 32-bit integers


def _check_sparse_indices(indices: Any, where: str) -> None:
    numpy = _numpy()
    if numpy is not None and isinstance(indices, numpy.ndarray):
        if indices.dtype.kind not in "iu":
            raise InvalidArgumentError(f"{where}: sparse indices must be whole numbers")
        listed = indices.tolist()
    else:
        listed = indices
    if not all(type(i) is int and 0 <= i <= MAX_SPARSE_INDEX for i in listed):
        raise InvalidArgumentError(f"{where}: sparse indices must be whole numbers from 0 to {MAX_SPARSE_INDEX}")
    if len(set(listed)) != len(listed):
        raise InvalidArgumentError(f"{where}: sparse indices repeat; give each index once (order does not matter)")


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
        result["metadata"] = check_metadata(metadata, f"{where}.metadata")
    return result


def vector_dicts(vectors: Iterable[Any]) -> list[dict[str, Any]]:
    """Vectors in wire form; an id given twice is refused: which of the two would be stored is undefined
    (batches may land in any order), so one of them would be lost without a word."""
    if isinstance(vectors, (str, bytes, Mapping)):
        raise InvalidArgumentError("vectors must be a list of vectors (tuples, dicts or Vector models)")
    wire = [vector_dict(vector, position) for position, vector in enumerate(vectors)]
    if len({v["id"] for v in wire}) != len(wire):
        first: dict[str, int] = {}
        for position, vector in enumerate(wire):
            seen = first.setdefault(vector["id"], position)
            if seen != position:
                raise InvalidArgumentError(
                    f"vectors[{position}]: the id {vector['id']!r} is also vectors[{seen}]; give each id once"
                )
    return wire


def check_metadata(metadata: Any, where: str) -> dict[str, Any]:
    """Metadata as Pinecone stores it: string keys; strings, finite numbers, booleans or lists of strings."""
    if not isinstance(metadata, Mapping):
        raise InvalidArgumentError(f"{where} must be a dict, got {type(metadata).__name__}")
    for key, value in metadata.items():
        if not isinstance(key, str):
            raise InvalidArgumentError(f"{where}: the key {key!r} is a {type(key).__name__}; keys must be strings")
        if isinstance(value, (str, bool, int)) or (isinstance(value, float) and math.isfinite(value)):
            continue
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            continue
        raise InvalidArgumentError(
            f"{where}[{key!r}]={_brief(value)}: use a string, a finite number, a boolean or a list of strings"
        )
    return dict(metadata)


MAX_FILTER_DEPTH = 32  # far beyond any real filter; deeper nesting is a bug, refused before it is sent


def check_filter(filter: Any, where: str = "filter") -> dict[str, Any] | None:
    """A metadata filter: a dict of string keys, nested at most MAX_FILTER_DEPTH levels (operators are the
    server's to judge: the set grows between API versions)."""
    if filter is None:
        return None
    if not isinstance(filter, Mapping):
        raise InvalidArgumentError(f"{where} must be a dict such as {{'genre': {{'$eq': 'drama'}}}}")
    pending: list[tuple[Any, int]] = [(filter, 1)]
    while pending:
        node, depth = pending.pop()
        if depth > MAX_FILTER_DEPTH:
            raise InvalidArgumentError(f"{where} nests deeper than {MAX_FILTER_DEPTH} levels; flatten it")
        if isinstance(node, Mapping):
            for key, value in node.items():
                if not isinstance(key, str):
                    raise InvalidArgumentError(f"{where}: the key {key!r} is not a string")
                pending.append((value, depth + 1))
        elif isinstance(node, (list, tuple)):
            pending.extend((item, depth + 1) for item in node)
        elif isinstance(node, float) and not math.isfinite(node):
            raise InvalidArgumentError(f"{where} holds {node}; use finite numbers only")
    return dict(filter)


# --- argument types, checked from each facade method's signature ---------------


def checked_arguments(plan: Callable[P, T]) -> Callable[P, T]:
    """``plan`` with every argument checked against its annotation before the plan starts.

    The annotations are the facade's documented types; checking them here, once for
    every method, means a wrong type (``timeout="5"``, a string where a list of ids
    goes) is refused before any request, with the parameter named.
    """

    @functools.wraps(plan)
    def checked(*args: P.args, **kwargs: P.kwargs) -> T:
        # A constructor is named by its class (Pinecone, AsyncAdmin, ...), a method by its name.
        label = type(args[0]).__name__ if plan.__name__ == "__init__" else plan.__name__
        try:
            bound = _signature(plan).bind(*args, **kwargs)
        except TypeError as exc:
            raise InvalidArgumentTypeError(f"{label}: {exc}") from None
        hints = _hints(plan)
        for name, value in list(bound.arguments.items())[1:]:  # not self
            expected = hints.get(name)
            if expected is not None and not _matches(value, expected):
                raise InvalidArgumentTypeError(
                    f"{label}: {name}={_brief(value)} is a {type(value).__name__}; pass {_describe(expected)}"
                )
        return plan(*args, **kwargs)

    return checked


@functools.cache
def _signature(plan: Callable[..., Any]) -> inspect.Signature:
    return inspect.signature(plan)  # on first call, not at import: about 80 methods are wrapped


@functools.cache
def _hints(plan: Callable[..., Any]) -> dict[str, Any]:
    """Resolved parameter annotations (resolved on first call: this keeps imports fast)."""
    try:
        return {k: v for k, v in typing.get_type_hints(plan).items() if k != "return"}
    except NameError:  # an annotation names a type only imported for type checkers
        return {}


_STRINGS = (str, bytes, bytearray)


def _matches(value: Any, expected: Any) -> bool:
    """Whether ``value`` fits ``expected``, checked one level deep (items are the validators' job)."""
    if expected is Any or expected is object:
        return True
    if expected is None or expected is type(None):
        return value is None
    origin = typing.get_origin(expected)
    if origin in (typing.Union, types.UnionType):
        return any(_matches(value, option) for option in typing.get_args(expected))
    if origin is typing.Literal:
        return value in typing.get_args(expected)
    if origin is not None:
        expected = origin
    if expected is typing.IO:
        return hasattr(value, "read")
    if not isinstance(expected, type):
        return True  # a construct this check does not model
    if expected is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if expected in (collections.abc.Sequence, collections.abc.Iterable, list) and isinstance(value, _STRINGS):
        return False  # a string is a sequence of characters, never a list of ids or vectors
    if expected is collections.abc.Iterable and isinstance(value, Mapping):
        return False
    return isinstance(value, expected)


def _describe(expected: Any) -> str:
    options = typing.get_args(expected) if typing.get_origin(expected) in (typing.Union, types.UnionType) else ()
    names = [_describe(option) for option in options] if options else [_type_name(expected)]
    return " or ".join(names)


def _type_name(expected: Any) -> str:
    if expected is None or expected is type(None):
        return "None"
    origin = typing.get_origin(expected)
    if origin in (collections.abc.Sequence, collections.abc.Iterable, list):
        return "a list (not a string)"
    if origin is not None and origin in (collections.abc.Mapping, dict):
        return "a dict"
    if origin is typing.Literal:
        return "one of " + ", ".join(repr(v) for v in typing.get_args(expected))
    name = getattr(origin or expected, "__name__", str(expected))
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"
