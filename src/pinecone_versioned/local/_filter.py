"""Pinecone's metadata filter language, checked and evaluated in plain Python.

A filter is a JSON object. Keys starting with ``$`` are ``$and`` / ``$or`` (each a
non-empty list of filters); every other key names a metadata field, mapped either
to a bare value (shorthand for ``$eq``) or to an object of operators, all of
which must hold. Several keys in one object must all hold.

Type rules, as Pinecone applies them:

- ``$eq`` / ``$ne`` take a string, number or boolean; ``$in`` / ``$nin`` a list
  of strings or numbers; ``$gt`` / ``$gte`` / ``$lt`` / ``$lte`` a number;
  ``$exists`` a boolean. Anything else is a malformed filter (a 400).
- Numbers compare by value (``1 == 1.0``); booleans are not numbers.
- A field holding a list of strings matches ``$eq`` / ``$in`` when any element
  matches, and ``$ne`` / ``$nin`` when no element does.
- Range operators match numeric fields only.
- A missing field fails every operator except ``$ne``, ``$nin`` and
  ``$exists: false``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_MAX_IN_VALUES = 10_000
# Pinecone documents no nesting limit; 32 levels of $and/$or are far past any real filter, and the
# limit keeps validation and matching (both recursive) well inside Python's stack.
MAX_DEPTH = 32
_RANGE = {"$gt", "$gte", "$lt", "$lte"}
_OPERATORS = {"$eq", "$ne", "$in", "$nin", "$exists"} | _RANGE


class FilterError(ValueError):
    """A filter that does not follow the language; the message says why."""


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_scalar(value: Any) -> bool:
    return isinstance(value, str | bool) or _is_number(value)


def _same(a: Any, b: Any) -> bool:
    """Equality that keeps booleans, numbers and strings apart."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if _is_number(a) and _is_number(b):
        return bool(a == b)
    return isinstance(a, str) and isinstance(b, str) and a == b


def validate(flt: Any, depth: int = 1) -> None:
    """Raise FilterError unless ``flt`` is a well-formed filter (``depth``: its nesting level)."""
    if depth > MAX_DEPTH:
        raise FilterError(f"$and and $or are nested more than {MAX_DEPTH} levels deep")
    if not isinstance(flt, Mapping):
        raise FilterError("a filter must be a JSON object")
    for key, value in flt.items():
        if key in ("$and", "$or"):
            if not isinstance(value, list) or not value:
                raise FilterError(f"{key} needs a non-empty list of filters")
            for part in value:
                validate(part, depth + 1)
        elif key.startswith("$"):
            raise FilterError(f"unknown top-level operator {key}")
        elif isinstance(value, Mapping):
            if not value:
                raise FilterError(f"field {key!r} has an empty operator object")
            for op, operand in value.items():
                _validate_operator(key, op, operand)
        else:
            _validate_operator(key, "$eq", value)


def _validate_operator(field: str, op: str, operand: Any) -> None:
    if op not in _OPERATORS:
        raise FilterError(f"unknown operator {op} on field {field!r}")
    if op in ("$eq", "$ne") and not _is_scalar(operand):
        raise FilterError(f"{op} on field {field!r} needs a string, number or boolean")
    if op in _RANGE and not _is_number(operand):
        raise FilterError(f"{op} on field {field!r} needs a number")
    if op == "$exists" and not isinstance(operand, bool):
        raise FilterError(f"$exists on field {field!r} needs a boolean")
    if op in ("$in", "$nin"):
        if not isinstance(operand, list):
            raise FilterError(f"{op} on field {field!r} needs a list")
        if len(operand) > _MAX_IN_VALUES:
            raise FilterError(f"{op} on field {field!r} allows at most {_MAX_IN_VALUES} values")
        if not all(isinstance(v, str) or _is_number(v) for v in operand):
            raise FilterError(f"{op} on field {field!r} takes strings and numbers only")


def matches(flt: Mapping[str, Any], metadata: Mapping[str, Any] | None) -> bool:
    """Whether a record's metadata satisfies a (validated) filter."""
    meta = metadata or {}
    for key, value in flt.items():
        if key == "$and":
            ok = all(matches(part, meta) for part in value)
        elif key == "$or":
            ok = any(matches(part, meta) for part in value)
        elif isinstance(value, Mapping):
            ok = all(_holds(op, operand, key in meta, meta.get(key)) for op, operand in value.items())
        else:
            ok = _holds("$eq", value, key in meta, meta.get(key))
        if not ok:
            return False
    return True


def _holds(op: str, operand: Any, present: bool, field: Any) -> bool:
    if op == "$exists":
        return present is operand
    if not present:
        return op in ("$ne", "$nin")
    elements = field if isinstance(field, list) else [field]
    if op == "$eq":
        return any(_same(e, operand) for e in elements)
    if op == "$ne":
        return not any(_same(e, operand) for e in elements)
    if op == "$in":
        return any(_same(e, o) for e in elements for o in operand)
    if op == "$nin":
        return not any(_same(e, o) for e in elements for o in operand)
    if not _is_number(field):
        return False
    if op == "$gt":
        return bool(field > operand)
    if op == "$gte":
        return bool(field >= operand)
    if op == "$lt":
        return bool(field < operand)
    return bool(field <= operand)
