"""Property: the server's filtered query results equal a plain-Python reference evaluation.

The reference below is written from the documented semantics (see the docstring of
``pinecone_versioned.local._filter``), independently of the server's code. Random examples
(150 per run; 5,000 with `--hypothesis-profile nightly`, as `nox -s nightly` runs it) come after
pinned ones: every operator on a missing field, a list field, a boolean field and an operand of
another type than the field, so those cases are checked on every run, not by chance.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from local_helpers import API_KEY, VERSIONS, Api

from pinecone_versioned.local import LocalServer

FIELDS = ["genre", "year", "score", "flag", "tags"]
WORDS = ["a", "b", "c"]


def _values(field: str) -> st.SearchStrategy[Any]:
    return {
        "genre": st.sampled_from(WORDS),
        "year": st.integers(1990, 1995),
        "score": st.sampled_from([0.5, 1.0, 1.5, 2]),
        "flag": st.booleans(),
        "tags": st.lists(st.sampled_from(WORDS), max_size=3, unique=True),
    }[field]


metadata = st.fixed_dictionaries({}, optional={f: _values(f) for f in FIELDS})
operand = st.one_of(st.sampled_from(WORDS), st.integers(1989, 1996), st.sampled_from([0.5, 1.0, 2.0]), st.booleans())
numbers = st.one_of(st.integers(1989, 1996), st.sampled_from([0.5, 1.0, 1.5, 2.0]))
lists = st.lists(st.one_of(st.sampled_from(WORDS), st.integers(1989, 1996), st.just(1.0)), max_size=3)
condition = st.one_of(
    st.tuples(st.sampled_from(["$eq", "$ne"]), operand),
    st.tuples(st.sampled_from(["$gt", "$gte", "$lt", "$lte"]), numbers),
    st.tuples(st.sampled_from(["$in", "$nin"]), lists),
    st.tuples(st.just("$exists"), st.booleans()),
)
leaf = st.builds(
    lambda field, conds, implicit: {field: conds[0][1]} if implicit and conds[0][0] == "$eq" else {field: dict(conds)},
    st.sampled_from(FIELDS),
    st.lists(condition, min_size=1, max_size=2, unique_by=lambda c: c[0]),
    st.booleans(),
)
filters = st.recursive(
    leaf,
    lambda inner: st.one_of(
        st.builds(lambda parts: {"$and": parts}, st.lists(inner, min_size=1, max_size=3)),
        st.builds(lambda parts: {"$or": parts}, st.lists(inner, min_size=1, max_size=3)),
        st.builds(lambda a, b: {**a, **b}, inner, inner),
    ),
    max_leaves=5,
)


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    return "num" if isinstance(value, int | float) else "str"


def _equal(a: Any, b: Any) -> bool:
    return _kind(a) == _kind(b) and a == b


def _check(op: str, arg: Any, meta: dict[str, Any], field: str) -> bool:
    if op == "$exists":
        return (field in meta) == arg
    if field not in meta:
        return op in ("$ne", "$nin")
    value = meta[field]
    items = value if isinstance(value, list) else [value]
    if op == "$eq":
        return any(_equal(x, arg) for x in items)
    if op == "$ne":
        return all(not _equal(x, arg) for x in items)
    if op == "$in":
        return any(_equal(x, y) for x in items for y in arg)
    if op == "$nin":
        return all(not _equal(x, y) for x in items for y in arg)
    if _kind(value) != "num":
        return False
    return {"$gt": value > arg, "$gte": value >= arg, "$lt": value < arg, "$lte": value <= arg}[op]


def reference(flt: dict[str, Any], meta: dict[str, Any]) -> bool:
    results = []
    for key, value in flt.items():
        if key == "$and":
            results.append(all(reference(p, meta) for p in value))
        elif key == "$or":
            results.append(any(reference(p, meta) for p in value))
        elif isinstance(value, dict):
            results.append(all(_check(op, arg, meta, key) for op, arg in value.items()))
        else:
            results.append(_check("$eq", value, meta, key))
    return all(results)


# Records for the pinned examples: fields missing, lists (empty too), booleans, ints and floats.
PINNED_RECORDS: list[dict[str, Any]] = [
    {},
    {"genre": "a", "year": 1991, "score": 1.0, "flag": True, "tags": ["a", "b"]},
    {"genre": "b", "year": 1993, "score": 2, "flag": False, "tags": []},
    {"flag": True, "tags": ["c"]},
    {"genre": "c", "score": 1, "tags": ["b"]},
]
_RANGE_OPERATORS = ["$gt", "$gte", "$lt", "$lte"]
PINNED_FILTERS: list[dict[str, Any]] = [
    # $eq / $ne (and the bare-value shorthand): missing fields, lists, booleans, numbers against strings
    *({field: {op: operand}} for op in ("$eq", "$ne") for field, operand in [
        ("genre", "a"), ("tags", "a"), ("tags", "c"), ("flag", True), ("flag", False), ("flag", 1),
        ("year", 1991.0), ("year", "1991"), ("score", 1), ("score", True), ("genre", 0),
    ]),
    {"flag": False},
    {"tags": "b"},
    # ranges: numbers only; a boolean (True >= 0 in Python), a string or a list never matches
    *({field: {op: operand}} for op in _RANGE_OPERATORS for field, operand in [
        ("year", 1991), ("score", 1), ("score", 1.5), ("flag", 0), ("genre", 0), ("tags", 0),
    ]),
    # $in / $nin: missing fields, list fields (empty too), booleans against numbers, mixed operand lists
    *({field: {op: operand}} for op in ("$in", "$nin") for field, operand in [
        ("genre", ["a", "c"]), ("tags", ["b"]), ("tags", ["z"]), ("tags", []), ("flag", [1]), ("flag", [0]),
        ("year", ["1991", 1993.0]), ("score", [1]), ("genre", [1991, "b"]),
    ]),
    # $exists on a missing, a present, an empty-list and a false field
    *({field: {"$exists": flag}} for field in ("genre", "tags", "flag", "year") for flag in (True, False)),
    # combinations: both operators on one field, $and / $or over missing fields
    {"tags": {"$ne": "a", "$exists": True}},
    {"$or": [{"year": {"$lt": 1992}}, {"flag": {"$ne": True}}]},
    {"$and": [{"genre": {"$nin": ["a"]}}, {"score": {"$gte": 1}}]},
]  # fmt: skip


def pinned_examples(test: Any) -> Any:
    for flt in PINNED_FILTERS:
        test = example(records=PINNED_RECORDS, flt=flt)(test)
    return test


@pytest.fixture(scope="module")
def data() -> Iterator[httpx.Client]:
    with LocalServer(api_key=API_KEY, strict=True) as server:
        api = Api(server, VERSIONS[-1])
        api.create_serverless("prop", dimension=2, metric="dotproduct")
        with api.data("prop") as client:
            yield client


@settings(deadline=None)
@given(records=st.lists(metadata, min_size=1, max_size=25), flt=filters)
@pinned_examples
def test_filtered_query_equals_reference(
    data: httpx.Client, records: list[dict[str, Any]], flt: dict[str, Any]
) -> None:
    assert data.post("/vectors/delete", json={"deleteAll": True, "namespace": "p"}).status_code == 200
    vectors = [{"id": f"r{i}", "values": [1.0, 0.0], **({"metadata": m} if m else {})} for i, m in enumerate(records)]
    assert data.post("/vectors/upsert", json={"vectors": vectors, "namespace": "p"}).status_code == 200
    response = data.post("/query", json={"vector": [1.0, 0.0], "topK": 100, "namespace": "p", "filter": flt})
    assert response.status_code == 200, response.text
    expected = {f"r{i}" for i, m in enumerate(records) if reference(flt, m)}
    assert {m["id"] for m in response.json()["matches"]} == expected
