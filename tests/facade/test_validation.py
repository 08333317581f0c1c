"""Arguments are checked before anything is sent, against the limits Pinecone documents, and
vectors are put in wire form as written out here (expectations by hand, not from the code).

Clients point at a closed port: an accepted call fails to connect, a refused one raises
InvalidArgumentError naming the parameter (a word starting with ^ must open the message)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

import pinecone_versioned as pv
from pinecone_versioned._validate import vector_dict, vector_dicts

CLOSED = "http://127.0.0.1:9"
SERVERLESS = {"serverless": {"cloud": "aws", "region": "us-east-1"}}


def _pc() -> pv.Pinecone:
    return pv.Pinecone(api_key="k", api_version="2025-10", host=CLOSED, retries=0)


def _index() -> pv.Index:
    return _pc().Index(host=CLOSED)


def _create(name: str = "movies", dimension: Any = 2, **extra: Any) -> Callable[[], Any]:
    return lambda: _pc().create_index(name, SERVERLESS, dimension, **extra)


ACCEPTED: dict[str, Callable[[], Any]] = {
    "name of 1": _create("a"),
    "name of 45": _create("a" * 45),
    "name with hyphen and digits": _create("a-1-b"),
    "dimension 1": _create(dimension=1),
    "dimension 20000": _create(dimension=20_000),
    **{f"metric {m}": _create(metric=m) for m in ("cosine", "euclidean", "dotproduct")},
    "tags": _create(tags={"team": "search"}),
    "top_k 1": lambda: _index().query(top_k=1, vector=[1.0]),
    "top_k 10000": lambda: _index().query(top_k=10_000, vector=[1.0]),
    "batch_size 1": lambda: _index().upsert([("a", [1.0])], batch_size=1),
    "batch_size 1000": lambda: _index().upsert([("a", [1.0])], batch_size=1000),
    "id of 512": lambda: _index().fetch(["a" * 512]),
    "vector id of 512": lambda: _index().upsert([("a" * 512, [1.0])]),
    "one-character ids": lambda: _index().fetch(["a", "b"]),
    "numpy ints": lambda: _index().upsert([("a", np.arange(3))]),
}

# (call, words the error must contain: the parameter and the fix)
REFUSED: dict[str, tuple[Callable[[], Any], tuple[str, ...]]] = {
    "empty name": (_create(""), ("^name='': use 1-45 lowercase", "starting and ending with a letter or digit")),
    "name of 46": (_create("a" * 46), ("name=", "1-45")),
    "name starting with a hyphen": (_create("-a"), ("name='-a'",)),
    "name ending with a hyphen": (_create("a-"), ("name='a-'",)),
    "upper case name": (_create("Movies"), ("name='Movies'",)),
    "underscore in name": (_create("a_b"), ("name='a_b'",)),
    "dimension 0": (_create(dimension=0), ("dimension=0", "1 to 20000")),
    "dimension 20001": (_create(dimension=20_001), ("dimension=20001", "1 to 20000")),
    "dimension True": (_create(dimension=True), ("dimension=True",)),
    "dimension 1.5": (_create(dimension=1.5), ("dimension=1.5",)),
    "unknown metric": (_create(metric="cos"), ("metric='cos'", "cosine, euclidean, dotproduct")),
    "tag values not strings": (_create(tags={"a": 1}), ("tags must map strings to strings",)),
    "tags not a mapping": (_create(tags=["a"]), ("tags=['a']", "pass a dict")),
    "top_k 0": (lambda: _index().query(top_k=0, vector=[1.0]), ("top_k=0", "1 to 10000")),
    "top_k 10001": (lambda: _index().query(top_k=10_001, vector=[1.0]), ("top_k=10001", "1 to 10000")),
    "top_k True": (lambda: _index().query(top_k=True, vector=[1.0]), ("top_k=True",)),
    "batch_size 0": (lambda: _index().upsert([("a", [1.0])], batch_size=0), ("batch_size=0", "1 to 1000")),
    "batch_size 1001": (lambda: _index().upsert([("a", [1.0])], batch_size=1001), ("batch_size=1001", "1 to 1000")),
    "batch_size True": (lambda: _index().upsert([("a", [1.0])], batch_size=True), ("batch_size=True",)),
    "ids as one string": (lambda: _index().fetch("abc"), ("ids='abc'", "not a string")),
    "empty id": (lambda: _index().fetch(["a", ""]), ("ids[1]", "non-empty string")),
    "id not a string": (lambda: _index().fetch(["a", "b", 7]), ("ids[2]", "non-empty string, got 7")),
    "id of 513": (lambda: _index().fetch(["a" * 513]), ("ids[0]", "513 bytes", "limit is 512")),
    "query by an empty id": (lambda: _index().query(top_k=1, id=""), ("id: the id must be a non-empty string",)),
    "tuple of one": (lambda: _index().upsert([("a",)]), ("vectors[0]", "(id, values)")),
    "tuple of four": (lambda: _index().upsert([("a", [1.0], {}, 1)]), ("vectors[0]", "(id, values, metadata)")),
    "unknown key": (lambda: _index().upsert([{"id": "a", "value": [1.0]}]), ("vectors[0]", "unknown keys ['value']")),
    "no values at all": (lambda: _index().upsert([("a", [1.0]), {"id": "b"}]), ("vectors[1]", "give values")),
    "metadata not a dict": (
        lambda: _index().upsert([("a", [1.0], ["x"])]),
        ("vectors[0]", "metadata must be a dict, got list"),
    ),
    "empty id in a vector": (lambda: _index().upsert([("a", [1.0]), ("", [1.0])]), ("^vectors[1]: the id",)),
    "id of 513 in a vector": (lambda: _index().upsert([("a" * 513, [1.0])]), ("^vectors[0]: the id is 513",)),
    "sparse indices a set": (
        lambda: _index().upsert([{"id": "a", "sparse_values": {"indices": {1}, "values": [0.5]}}]),
        ("^vectors[0]: values must be a list or array",),
    ),
    "sparse values a set": (
        lambda: _index().upsert([{"id": "a", "sparse_values": {"indices": [1], "values": {0.5}}}]),
        ("^vectors[0]: values must be a list or array",),
    ),
    "vector neither tuple nor dict": (lambda: _index().upsert(["a"]), ("vectors[0]", "not str")),
    "vectors as one dict": (
        lambda: _index().upsert({"id": "a", "values": [1.0]}),
        ("^upsert: vectors=", "pass a list"),
    ),
    "values as a set": (lambda: _index().upsert([("a", {1.0})]), ("vectors[0]", "list or array of floats, got set")),
    "2-d numpy values": (lambda: _index().upsert([("a", np.ones((2, 2)))]), ("vectors[0]", "one-dimensional")),
    "numpy strings": (lambda: _index().upsert([("a", np.array(["x"]))]), ("vectors[0]", "array of numbers")),
    "numpy NaN": (lambda: _index().upsert([("a", np.array([1.0, np.nan]))]), ("vectors[0]", "NaN or infinity")),
    "query vector NaN": (lambda: _index().query(top_k=1, vector=np.array([np.inf])), ("vector:", "NaN or infinity")),
    "sparse lengths differ": (
        lambda: _index().upsert([{"id": "a", "sparse_values": {"indices": [1, 2], "values": [0.5]}}]),
        ("vectors[0]", "2 indices but 1 values"),
    ),
    "unknown model type (an enum from 2025-10)": (
        lambda: _pc().inference.list_models(type="bogus"),
        ("^list_models: type_='bogus'", "embed, rerank"),
    ),
    "sparse not a mapping": (
        lambda: _index().query(top_k=1, sparse_vector=[1, 2, 3]),
        ("sparse_vector", "{'indices': [...], 'values': [...]}"),
    ),
}


@pytest.mark.parametrize("case", ACCEPTED)
def test_valid_arguments_are_sent(case: str) -> None:
    """Accepted arguments reach the network (a closed port): what fails is the connection, not the arguments."""
    with pytest.raises((pv.PineconeConnectionError, pv.UpsertError)) as raised:
        ACCEPTED[case]()
    errors = raised.value.errors if isinstance(raised.value, pv.UpsertError) else [raised.value]
    assert errors and all(isinstance(error, pv.PineconeConnectionError) for error in errors)


@pytest.mark.parametrize("case", REFUSED)
def test_invalid_arguments_are_refused_before_sending(case: str) -> None:
    call, words = REFUSED[case]
    with pytest.raises(pv.InvalidArgumentError) as raised:
        call()
    for word in words:  # "^..." must open the message
        message = str(raised.value)
        assert message.startswith(word[1:]) if word.startswith("^") else word in message, (word, message)


class _Model:
    """Anything with to_dict, as the generated Vector and SparseValues models of every version."""

    def __init__(self, value: dict[str, Any]) -> None:
        self._value = value

    def to_dict(self) -> dict[str, Any]:
        return self._value


WIRE_FORMS: list[tuple[Any, dict[str, Any]]] = [
    (("a", [1.0, 2.0]), {"id": "a", "values": [1.0, 2.0]}),
    (("a", [1.0], {"g": "x"}), {"id": "a", "values": [1.0], "metadata": {"g": "x"}}),
    (("a", (1.0, 2.0), None), {"id": "a", "values": [1.0, 2.0]}),
    ({"id": "a", "values": range(3)}, {"id": "a", "values": [0, 1, 2]}),
    (
        {"id": "a", "sparse_values": {"indices": [4], "values": [0.5]}},
        {"id": "a", "sparseValues": {"indices": [4], "values": [0.5]}},
    ),
    (
        {"id": "a", "values": [1.0], "sparseValues": ([4, 9], (0.5, 0.25))},
        {"id": "a", "values": [1.0], "sparseValues": {"indices": [4, 9], "values": [0.5, 0.25]}},
    ),
    (
        {"id": "a", "sparse_values": _Model({"indices": [1], "values": [2.0]})},
        {"id": "a", "sparseValues": {"indices": [1], "values": [2.0]}},
    ),
    (_Model({"id": "m", "values": [3.0], "metadata": {"k": 1}}), {"id": "m", "values": [3.0], "metadata": {"k": 1}}),
]


@pytest.mark.parametrize(("given", "wire"), WIRE_FORMS)
def test_vectors_in_wire_form(given: Any, wire: dict[str, Any]) -> None:
    assert vector_dict(given, 0) == wire
    assert vector_dicts([given]) == [wire]


def test_numpy_values_are_sent_as_the_array_itself() -> None:
    values = np.linspace(0.0, 1.0, 4, dtype=np.float32)
    assert vector_dict(("a", values), 0)["values"] is values  # no per-element copy


def test_a_value_outside_a_request_enum_names_the_operation_the_parameter_and_the_choices() -> None:
    """list_models' ``type`` is an enum of embed and rerank in the 2025-10 inference spec."""
    pc = pv.Pinecone(api_key="k", api_version="2025-10", host="http://127.0.0.1:9", retries=0)
    with pytest.raises(pv.InvalidArgumentError) as raised:
        pc.inference.list_models(type="chat")
    # The generated function calls it type_ (a keyword of Python's); the facade's argument is type.
    assert str(raised.value).startswith(("list_models: type='chat'", "list_models: type_='chat'"))
    assert "embed" in str(raised.value) and "rerank" in str(raised.value)


def _unreachable_index() -> Any:
    closed = "http://127.0.0.1:9"  # nothing listens: a request would fail with a connection error instead
    return pv.Pinecone(api_key="k", host=closed, retries=0).Index(host=closed)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        pytest.param(
            lambda index: index.upsert([("a", [0.1, 0.2])], namespace="a\0b"),
            "namespace: the namespace contains a NUL character",
            id="NUL in a namespace",
        ),
        pytest.param(
            lambda index: index.upsert([("a", [float("nan"), 0.2])]),
            "vectors[0]: values[0] is nan",
            id="NaN in values",
        ),
        pytest.param(
            lambda index: index.upsert([{"id": "a", "values": [0.1, 0.2], "metadata": {"ok": 1, "bad": {"n": 1}}}]),
            "vectors[0].metadata['bad']=",
            id="a bad metadata value after a good one",
        ),
        pytest.param(
            lambda index: index.query(top_k=1, vector=[0.1, 0.2], filter={1: {"$eq": 1}}),
            "filter: the key 1 is not a string",
            id="a filter key not a string",
        ),
        pytest.param(
            lambda index: index.query(top_k=1, sparse_vector={"indices": np.array([3, 3]), "values": [0.1, 0.2]}),
            "sparse_vector: sparse indices repeat",
            id="numpy sparse indices repeat",
        ),
    ],
)
def test_refusals_name_where_the_bad_value_is(call: Callable[[Any], Any], message: str) -> None:
    with pytest.raises(pv.InvalidArgumentError) as raised:
        call(_unreachable_index())
    assert str(raised.value).startswith(message), str(raised.value)


def test_numpy_sparse_indices_are_accepted() -> None:
    with pytest.raises(pv.PineconeConnectionError):  # checked and sent: only the closed port refuses it
        _unreachable_index().query(top_k=1, sparse_vector={"indices": np.array([3, 4]), "values": [0.1, 0.2]})
