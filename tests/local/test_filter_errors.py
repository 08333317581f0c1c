"""Malformed filters are refused with a message naming the field and the rule, as the filter
language's documented type rules say (the property test only draws well-formed filters)."""

from __future__ import annotations

from typing import Any

import pytest

from pinecone_versioned.local._filter import FilterError, validate

MALFORMED: list[tuple[Any, str]] = [
    ([{"genre": "a"}], "a filter must be a JSON object"),
    ({"$and": []}, "$and needs a non-empty list of filters"),
    ({"$or": {"genre": "a"}}, "$or needs a non-empty list of filters"),
    ({"$and": [{"genre": {}}]}, "field 'genre' has an empty operator object"),
    ({"$nor": [{"genre": "a"}]}, "unknown top-level operator $nor"),
    ({"genre": {}}, "field 'genre' has an empty operator object"),
    ({"genre": {"$like": "a"}}, "unknown operator $like on field 'genre'"),
    ({"genre": {"$eq": ["a"]}}, "$eq on field 'genre' needs a string, number or boolean"),
    ({"genre": {"$ne": {"a": 1}}}, "$ne on field 'genre' needs a string, number or boolean"),
    ({"genre": ["a"]}, "$eq on field 'genre' needs a string, number or boolean"),  # a bare value means $eq
    ({"year": {"$gt": "1990"}}, "$gt on field 'year' needs a number"),
    ({"year": {"$lte": True}}, "$lte on field 'year' needs a number"),
    ({"flag": {"$exists": 1}}, "$exists on field 'flag' needs a boolean"),
    ({"tags": {"$in": "a"}}, "$in on field 'tags' needs a list"),
    ({"tags": {"$nin": "a"}}, "$nin on field 'tags' needs a list"),
    ({"tags": {"$in": [True]}}, "$in on field 'tags' takes strings and numbers only"),
    ({"tags": {"$nin": [None]}}, "$nin on field 'tags' takes strings and numbers only"),
    ({"tags": {"$in": ["a"] * 10_001}}, "$in on field 'tags' allows at most 10000 values"),
]


@pytest.mark.parametrize(("flt", "message"), MALFORMED, ids=[m for _, m in MALFORMED])
def test_malformed_filters_are_refused_naming_the_rule(flt: Any, message: str) -> None:
    with pytest.raises(FilterError) as raised:
        validate(flt)
    assert str(raised.value) == message


@pytest.mark.parametrize(
    "flt",
    [
        {"tags": {"$in": ["a"] * 10_000}},
        {"genre": "a", "year": {"$gte": 1990, "$lt": 2000}, "flag": {"$exists": False}},
        {"$or": [{"genre": {"$ne": True}}, {"$and": [{"score": 1.5}]}]},
    ],
)
def test_well_formed_filters_pass(flt: Any) -> None:
    validate(flt)
