"""Bad input, case by case: refused by the client before any request, or answered 4xx by the server.

``CASES`` is the reference table; ``docs/bad-input.md`` is generated from it
(``python -m tests.facade.test_bad_input > docs/bad-input.md``) and a test keeps
the two equal. Each case runs against the local server over real sockets with a
server-side request count:

- ``CLIENT`` cases must raise the named ``PineconeError`` subclass with no
  request reaching the server;
- ``SERVER`` cases must reach the server and come back as the named ``ApiError``
  (a 4xx with Pinecone's error shape: a code and a message).

``ACCEPTED`` lists odd but valid input (ids and namespaces with spaces, slashes,
non-ASCII): it must be written and read back unchanged, not refused.
"""

from __future__ import annotations

import inspect
import math
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from pinecone_versioned import (
    ApiError,
    AsyncPinecone,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    Index,
    InvalidArgumentError,
    InvalidArgumentTypeError,
    NotFoundError,
    Pinecone,
    PineconeError,
    ServerlessSpec,
    UnauthorizedError,
)
from pinecone_versioned.local import LocalServer
from tests.facade.conftest import API_KEY, RequestLog

VERSION = "2025-10"
DIM = 4
V = [0.1, 0.2, 0.3, 0.4]
SPEC = ServerlessSpec("aws", "us-east-1")
CLIENT, SERVER = "refused by the client", "answered 4xx by the server"


@dataclass(frozen=True)
class World:
    """What a case can use: a client, an index of dimension 4 (cosine) and the server's URL."""

    pc: Pinecone
    index: Index
    url: str


@dataclass(frozen=True)
class Case:
    area: str
    call: str  # as a caller would write it (for the table)
    run: Callable[[World], Any]
    outcome: str  # CLIENT or SERVER
    error: type[PineconeError]


def _nested_filter(depth: int) -> dict[str, Any]:
    node: dict[str, Any] = {"genre": {"$eq": "drama"}}
    for _ in range(depth):
        node = {"$and": [node]}
    return node


def _client(url: str, **kwargs: Any) -> Pinecone:
    return Pinecone(host=url, api_version=VERSION, retries=0, **kwargs)


LONG = "x" * 600
WIDE = "é" * 300  # 300 characters, 600 bytes in UTF-8

CASES: list[Case] = [
    # strings (and other non-lists) where a list goes
    Case("lists", 'index.delete(ids="abc")', lambda w: w.index.delete(ids="abc"), CLIENT, InvalidArgumentTypeError),
    Case("lists", 'index.delete(ids=b"ab")', lambda w: w.index.delete(ids=b"ab"), CLIENT, InvalidArgumentTypeError),
    Case("lists", 'index.fetch(ids="abc")', lambda w: w.index.fetch(ids="abc"), CLIENT, InvalidArgumentTypeError),
    Case("lists", 'index.upsert(vectors="abc")', lambda w: w.index.upsert("abc"), CLIENT, InvalidArgumentTypeError),
    Case(
        "lists",
        'index.upsert(vectors={"id": "a", "values": [...]})',
        lambda w: w.index.upsert({"id": "a", "values": V}),
        CLIENT,
        InvalidArgumentTypeError,
    ),
    Case(
        "lists",
        'index.upsert([("a", "0.1,0.2,0.3,0.4")])',
        lambda w: w.index.upsert([("a", "0.1,0.2,0.3,0.4")]),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "lists",
        'index.query(vector="0.1,0.2,0.3,0.4", top_k=1)',
        lambda w: w.index.query(vector="0.1,0.2,0.3,0.4", top_k=1),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "lists",
        'index.update("a", values="1234")',
        lambda w: w.index.update("a", values="1234"),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "lists",
        'index.query_namespaces(v, namespaces="ns", metric="cosine")',
        lambda w: w.index.query_namespaces(V, namespaces="ns", metric="cosine"),
        CLIENT,
        InvalidArgumentTypeError,
    ),
    Case(
        "lists",
        'index.search_records("ns", {...}, fields="text")',
        lambda w: w.index.search_records("ns", {"inputs": {"text": "a"}, "top_k": 1}, fields="text"),
        CLIENT,
        InvalidArgumentTypeError,
    ),
    Case(
        "lists",
        'pc.inference.rerank("m", "q", documents="abc")',
        lambda w: w.pc.inference.rerank("bge-reranker-v2-m3", "q", documents="abc"),
        CLIENT,
        InvalidArgumentTypeError,
    ),
    # numbers that JSON cannot carry
    Case(
        "numbers",
        'index.upsert([("a", [nan, ...])])',
        lambda w: w.index.upsert([("a", [math.nan, 0.2, 0.3, 0.4])]),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "numbers",
        'index.upsert([("a", [inf, ...])])',
        lambda w: w.index.upsert([("a", [math.inf, 0.2, 0.3, 0.4])]),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "numbers",
        "index.query(vector=[-inf, ...], top_k=1)",
        lambda w: w.index.query(vector=[-math.inf, 0.2, 0.3, 0.4], top_k=1),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "numbers",
        'index.update("a", values=[nan, ...])',
        lambda w: w.index.update("a", values=[0.1, math.nan, 0.3, 0.4]),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "numbers",
        'index.upsert([("a", [None, ...])])',
        lambda w: w.index.upsert([("a", [None, 0.2, 0.3, 0.4])]),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "numbers",
        'index.upsert([("a", ["x", ...])])',
        lambda w: w.index.upsert([("a", ["x", 0.2, 0.3, 0.4])]),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "numbers",
        'index.upsert([("a", [1e39, ...])])  (beyond float32)',
        lambda w: w.index.upsert([("a", [1e39, 0.2, 0.3, 0.4])]),
        SERVER,
        BadRequestError,
    ),
    Case(
        "numbers",
        'index.upsert([("a", [0.1, 0.2])])  (dimension 2 into 4)',
        lambda w: w.index.upsert([("a", [0.1, 0.2])]),
        SERVER,
        BadRequestError,
    ),
    # duplicates
    Case(
        "duplicates",
        'index.upsert([("a", v), ("a", w)])',
        lambda w: w.index.upsert([("a", V), ("a", [0.4, 0.3, 0.2, 0.1])]),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "duplicates",
        'index.upsert([("a", v), ("b", v), ("a", v)], batch_size=1)',
        lambda w: w.index.upsert([("a", V), ("b", V), ("a", V)], batch_size=1, show_progress=False),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "duplicates",
        'query(sparse_vector={"indices": [3, 3], ...})',
        lambda w: w.index.query(sparse_vector={"indices": [3, 3], "values": [0.5, 0.5]}, top_k=1),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "duplicates",
        'query_namespaces(v, ["a", "a"], "cosine")',
        lambda w: w.index.query_namespaces(V, ["a", "a"], "cosine"),
        CLIENT,
        InvalidArgumentError,
    ),
    # sparse values
    Case(
        "sparse",
        "sparse values: 2 indices, 1 value",
        lambda w: w.index.query(sparse_vector={"indices": [1, 2], "values": [0.5]}, top_k=1),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "sparse",
        "sparse index -1",
        lambda w: w.index.query(sparse_vector={"indices": [-1], "values": [0.5]}, top_k=1),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "sparse",
        "sparse index 2**32",
        lambda w: w.index.query(sparse_vector={"indices": [2**32], "values": [0.5]}, top_k=1),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "sparse",
        "sparse index 1.5",
        lambda w: w.index.query(sparse_vector={"indices": [1.5], "values": [0.5]}, top_k=1),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "sparse",
        "sparse values [nan]",
        lambda w: w.index.query(sparse_vector={"indices": [1], "values": [math.nan]}, top_k=1),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "sparse",
        'sparse_vector="1:0.5"',
        lambda w: w.index.query(sparse_vector="1:0.5", top_k=1),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "sparse",
        "sparse query on a cosine index (sparse values are stored in any index, queried only with dotproduct)",
        lambda w: w.index.query(sparse_vector={"indices": [1], "values": [0.5]}, top_k=1),
        SERVER,
        BadRequestError,
    ),
    # metadata
    Case(
        "metadata",
        'metadata=["drama"]',
        lambda w: w.index.upsert([("a", V, ["drama"])]),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "metadata",
        'metadata={1: "drama"}  (key not a string)',
        lambda w: w.index.upsert([("a", V, {1: "drama"})]),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "metadata",
        'metadata={"a": {"b": 1}}  (nested object)',
        lambda w: w.index.upsert([("a", V, {"a": {"b": 1}})]),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "metadata",
        'metadata={"years": [1999, 2001]}  (list of numbers)',
        lambda w: w.index.upsert([("a", V, {"years": [1999, 2001]})]),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "metadata",
        'metadata={"a": None}',
        lambda w: w.index.upsert([("a", V, {"a": None})]),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "metadata",
        'metadata={"rating": nan}',
        lambda w: w.index.upsert([("a", V, {"rating": math.nan})]),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "metadata",
        'update("a", set_metadata={"a": {"b": 1}})',
        lambda w: w.index.update("a", set_metadata={"a": {"b": 1}}),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "metadata",
        "metadata of 50 KB",
        lambda w: w.index.upsert([("a", V, {"text": "x" * 50_000})]),
        SERVER,
        BadRequestError,
    ),
    # filters
    Case(
        "filter",
        'query(..., filter="genre = drama")',
        lambda w: w.index.query(vector=V, top_k=1, filter="genre = drama"),
        CLIENT,
        InvalidArgumentTypeError,
    ),
    Case(
        "filter",
        'query(..., filter={1: {"$eq": 1}})',
        lambda w: w.index.query(vector=V, top_k=1, filter={1: {"$eq": 1}}),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "filter",
        "query(..., filter nested 40 levels)",
        lambda w: w.index.query(vector=V, top_k=1, filter=_nested_filter(40)),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "filter",
        'query(..., filter={"year": {"$gt": inf}})',
        lambda w: w.index.query(vector=V, top_k=1, filter={"year": {"$gt": math.inf}}),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "filter",
        'delete(filter=[{"genre": "drama"}])',
        lambda w: w.index.delete(filter=[{"genre": "drama"}]),
        CLIENT,
        InvalidArgumentTypeError,
    ),
    Case(
        "filter",
        'describe_index_stats(filter="x")',
        lambda w: w.index.describe_index_stats(filter="x"),
        CLIENT,
        InvalidArgumentTypeError,
    ),
    Case(
        "filter",
        'query(..., filter={"genre": {"$regex": "dr.*"}})  (unknown operator)',
        lambda w: w.index.query(vector=V, top_k=1, filter={"genre": {"$regex": "dr.*"}}),
        SERVER,
        BadRequestError,
    ),
    Case(
        "filter",
        'query(..., filter={"genre": {"$in": "drama"}})',
        lambda w: w.index.query(vector=V, top_k=1, filter={"genre": {"$in": "drama"}}),
        SERVER,
        BadRequestError,
    ),
    Case(
        "filter",
        'query(..., filter={"$and": []})',
        lambda w: w.index.query(vector=V, top_k=1, filter={"$and": []}),
        SERVER,
        BadRequestError,
    ),
    Case(
        "filter",
        'query(..., filter={"year": {"$gt": "1999"}})',
        lambda w: w.index.query(vector=V, top_k=1, filter={"year": {"$gt": "1999"}}),
        SERVER,
        BadRequestError,
    ),
    # top_k
    Case("top_k", "query(vector=v, top_k=0)", lambda w: w.index.query(vector=V, top_k=0), CLIENT, InvalidArgumentError),
    Case(
        "top_k", "query(vector=v, top_k=-1)", lambda w: w.index.query(vector=V, top_k=-1), CLIENT, InvalidArgumentError
    ),
    Case(
        "top_k",
        "query(vector=v, top_k=10_001)",
        lambda w: w.index.query(vector=V, top_k=10_001),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "top_k",
        'query(vector=v, top_k="5")',
        lambda w: w.index.query(vector=V, top_k="5"),
        CLIENT,
        InvalidArgumentTypeError,
    ),
    Case(
        "top_k",
        "query(vector=v, top_k=True)",
        lambda w: w.index.query(vector=V, top_k=True),
        CLIENT,
        InvalidArgumentTypeError,
    ),
    Case(
        "top_k",
        "query(vector=v, top_k=1.5)",
        lambda w: w.index.query(vector=V, top_k=1.5),
        CLIENT,
        InvalidArgumentTypeError,
    ),
    Case(
        "top_k",
        'query_namespaces(v, ["a"], "cosine", top_k=0)',
        lambda w: w.index.query_namespaces(V, ["a"], "cosine", top_k=0),
        CLIENT,
        InvalidArgumentError,
    ),
    # ids and namespaces
    Case("ids", 'upsert([("", v)])  (empty id)', lambda w: w.index.upsert([("", V)]), CLIENT, InvalidArgumentError),
    Case("ids", "upsert([(600 x 'x', v)])", lambda w: w.index.upsert([(LONG, V)]), CLIENT, InvalidArgumentError),
    Case(
        "ids",
        "upsert([(300 x 'é', v)])  (600 bytes)",
        lambda w: w.index.upsert([(WIDE, V)]),
        CLIENT,
        InvalidArgumentError,
    ),
    Case("ids", 'upsert([("a\\0b", v)])  (NUL)', lambda w: w.index.upsert([("a\0b", V)]), CLIENT, InvalidArgumentError),
    Case(
        "ids",
        'upsert([("ünïcödé-日本", v)])  (Pinecone takes ASCII ids only)',
        lambda w: w.index.upsert([("ünïcödé-日本", V)]),
        SERVER,
        BadRequestError,
    ),
    Case(
        "ids", "upsert([(5, v)])  (id not a string)", lambda w: w.index.upsert([(5, V)]), CLIENT, InvalidArgumentError
    ),
    Case("ids", 'fetch(ids=[""])', lambda w: w.index.fetch(ids=[""]), CLIENT, InvalidArgumentError),
    Case(
        "ids",
        'delete(ids=["\\ud800"])  (lone surrogate)',
        lambda w: w.index.delete(ids=["\ud800"]),
        CLIENT,
        InvalidArgumentError,
    ),
    Case("ids", 'query(id="", top_k=1)', lambda w: w.index.query(id="", top_k=1), CLIENT, InvalidArgumentError),
    Case("ids", 'update("", values=v)', lambda w: w.index.update("", values=V), CLIENT, InvalidArgumentError),
    Case(
        "namespaces",
        'upsert([("a", v)], namespace="a\\0b")',
        lambda w: w.index.upsert([("a", V)], namespace="a\0b"),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "namespaces",
        "query(..., namespace=600 x 'x')",
        lambda w: w.index.query(vector=V, top_k=1, namespace=LONG),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "namespaces",
        "fetch(ids, namespace=5)",
        lambda w: w.index.fetch(["a"], namespace=5),
        CLIENT,
        InvalidArgumentTypeError,
    ),
    Case(
        "namespaces",
        'describe_namespace("no such namespace")',
        lambda w: w.index.describe_namespace("no such namespace"),
        SERVER,
        NotFoundError,
    ),
    Case(
        "namespaces",
        'create_namespace("")',
        lambda w: w.index.create_namespace(""),
        SERVER,
        BadRequestError,
    ),
    # other data-plane arguments
    Case(
        "data plane",
        "query(top_k=1)  (nothing to query with)",
        lambda w: w.index.query(top_k=1),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "data plane",
        'query(vector=v, id="a", top_k=1)',
        lambda w: w.index.query(vector=V, id="a", top_k=1),
        CLIENT,
        InvalidArgumentError,
    ),
    Case("data plane", "delete()  (nothing to delete)", lambda w: w.index.delete(), CLIENT, InvalidArgumentError),
    Case("data plane", 'update("a")  (no change)', lambda w: w.index.update("a"), CLIENT, InvalidArgumentError),
    Case(
        "data plane",
        "upsert(1,001 vectors)  (no batch_size)",
        lambda w: w.index.upsert([(f"v{n}", V) for n in range(1001)]),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "data plane",
        "upsert(vectors, batch_size=0)",
        lambda w: w.index.upsert([("a", V)], batch_size=0),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "data plane",
        'query_namespaces(v, ["a"], metric="cos")',
        lambda w: w.index.query_namespaces(V, ["a"], metric="cos"),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "data plane",
        'list_paginated(limit="5")',
        lambda w: w.index.list_paginated(limit="5"),
        CLIENT,
        InvalidArgumentTypeError,
    ),
    Case(
        "data plane",
        "list_paginated(prefix=70,000 x 'p')  (URL too long)",
        lambda w: w.index.list_paginated(prefix="p" * 70_000),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "data plane",
        "list_paginated(limit=1000)",
        lambda w: w.index.list_paginated(limit=1000),
        SERVER,
        BadRequestError,
    ),
    Case(
        "data plane",
        'upsert_records("ns", [])',
        lambda w: w.index.upsert_records("ns", []),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "data plane",
        'start_import("s3://b/p", error_mode="skip")',
        lambda w: w.index.start_import("s3://b/p", error_mode="skip"),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "data plane",
        'upsert([("a", v)], show_progress="no")',
        lambda w: w.index.upsert([("a", V)], show_progress="no"),
        CLIENT,
        InvalidArgumentTypeError,
    ),
    # control-plane arguments
    Case(
        "control plane",
        'create_index("c1", spec, dimension=4, timeout="5")',
        lambda w: w.pc.create_index("c1", SPEC, dimension=4, timeout="5"),
        CLIENT,
        InvalidArgumentTypeError,
    ),
    Case(
        "control plane",
        "create_index(123, spec, dimension=4)",
        lambda w: w.pc.create_index(123, SPEC, dimension=4),
        CLIENT,
        InvalidArgumentTypeError,
    ),
    Case(
        "control plane",
        'create_index("Bad_Name", spec, dimension=4)',
        lambda w: w.pc.create_index("Bad_Name", SPEC, dimension=4),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "control plane",
        'create_index("c1", spec, dimension="4")',
        lambda w: w.pc.create_index("c1", SPEC, dimension="4"),
        CLIENT,
        InvalidArgumentTypeError,
    ),
    Case(
        "control plane",
        'create_index("c1", spec, dimension=0)',
        lambda w: w.pc.create_index("c1", SPEC, dimension=0),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "control plane",
        'create_index("c1", spec, dimension=30_000)',
        lambda w: w.pc.create_index("c1", SPEC, dimension=30_000),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "control plane",
        'create_index("c1", spec, dimension=4, metric="cosin")',
        lambda w: w.pc.create_index("c1", SPEC, dimension=4, metric="cosin"),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "control plane",
        'create_index("c1", "serverless", dimension=4)',
        lambda w: w.pc.create_index("c1", "serverless", dimension=4),
        CLIENT,
        InvalidArgumentTypeError,
    ),
    Case(
        "control plane",
        'create_index("c1", spec, dimension=4, tags=["a"])',
        lambda w: w.pc.create_index("c1", SPEC, dimension=4, tags=["a"]),
        CLIENT,
        InvalidArgumentTypeError,
    ),
    Case(
        "control plane",
        'create_index("c1", spec, dimension=4, tags={"team": 5})',
        lambda w: w.pc.create_index("c1", SPEC, dimension=4, tags={"team": 5}),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "control plane",
        'create_index("c1", spec, dimension=4, deletion_protection=True)',
        lambda w: w.pc.create_index("c1", SPEC, dimension=4, deletion_protection=True),
        CLIENT,
        InvalidArgumentTypeError,
    ),
    Case(
        "control plane",
        'create_index("c1", spec, dimension=4, vector_type="dence")',
        lambda w: w.pc.create_index("c1", SPEC, dimension=4, vector_type="dence"),
        SERVER,  # a free string in 2025-10's spec, so only the server knows the values
        BadRequestError,
    ),
    Case(
        "control plane",
        'create_index("c1", ServerlessSpec("awz", "us-east-1"), dimension=4)',
        lambda w: w.pc.create_index("c1", ServerlessSpec("awz", "us-east-1"), dimension=4),
        CLIENT,  # the spec's enum of clouds, checked inside the request model
        InvalidArgumentError,
    ),
    Case(
        "control plane",
        'create_index_for_model("c1", "awz", "us-east-1", embed)',
        lambda w: w.pc.create_index_for_model(
            "c1", "awz", "us-east-1", {"model": "multilingual-e5-large", "field_map": {"text": "t"}}
        ),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "inference",
        'pc.inference.embed(model, ["a"], parameters={"tags": {"a", "b"}})  (a set)',
        lambda w: w.pc.inference.embed("multilingual-e5-large", ["a"], parameters={"tags": {"a", "b"}}),
        CLIENT,  # JSON has no sets: the body cannot be encoded, so nothing is sent
        InvalidArgumentError,
    ),
    Case(
        "inference",
        'pc.inference.list_models(type="chat")',
        lambda w: w.pc.inference.list_models(type="chat"),
        CLIENT,  # a query parameter typed as the spec's enum
        InvalidArgumentError,
    ),
    Case(
        "control plane",
        'create_index("dense", spec, dimension=4)  (exists)',
        lambda w: w.pc.create_index("dense", SPEC, dimension=4),
        SERVER,
        ConflictError,
    ),
    Case("control plane", "describe_index(123)", lambda w: w.pc.describe_index(123), CLIENT, InvalidArgumentTypeError),
    Case("control plane", 'describe_index("")', lambda w: w.pc.describe_index(""), CLIENT, InvalidArgumentError),
    Case(
        "control plane",
        'describe_index("no-such-index")',
        lambda w: w.pc.describe_index("no-such-index"),
        SERVER,
        NotFoundError,
    ),
    Case("control plane", "delete_index(None)", lambda w: w.pc.delete_index(None), CLIENT, InvalidArgumentTypeError),
    Case(
        "control plane",
        'delete_index("dense", timeout="1")',
        lambda w: w.pc.delete_index("dense", timeout="1"),
        CLIENT,
        InvalidArgumentTypeError,
    ),
    Case(
        "control plane",
        'delete_index("no-such-index")',
        lambda w: w.pc.delete_index("no-such-index"),
        SERVER,
        NotFoundError,
    ),
    Case(
        "control plane",
        'configure_index("dense", replicas="2")',
        lambda w: w.pc.configure_index("dense", replicas="2"),
        CLIENT,
        InvalidArgumentTypeError,
    ),
    Case(
        "control plane",
        'configure_index("dense", deletion_protection="maybe")',
        lambda w: w.pc.configure_index("dense", deletion_protection="maybe"),
        CLIENT,
        InvalidArgumentError,
    ),
    Case(
        "control plane",
        'configure_index("dense")  (no change)',
        lambda w: w.pc.configure_index("dense"),
        CLIENT,
        InvalidArgumentError,
    ),
    Case("control plane", "has_index(5)", lambda w: w.pc.has_index(5), CLIENT, InvalidArgumentTypeError),
    Case(
        "control plane",
        'create_collection("c1", source=5)',
        lambda w: w.pc.create_collection("c1", source=5),
        CLIENT,
        InvalidArgumentTypeError,
    ),
    Case(
        "control plane",
        'list_backups(limit="10")',
        lambda w: w.pc.list_backups(limit="10"),
        CLIENT,
        InvalidArgumentTypeError,
    ),
    Case(
        "control plane",
        "create_backup(index_name=5)",
        lambda w: w.pc.create_backup(index_name=5),
        CLIENT,
        InvalidArgumentTypeError,
    ),
    Case(
        "control plane",
        'pc.Index(name="Bad_Name")',
        lambda w: w.pc.Index(name="Bad_Name"),
        CLIENT,
        InvalidArgumentError,
    ),
    # keys and client settings
    Case("keys", 'Pinecone(api_key="   ")', lambda w: _client(w.url, api_key="   "), CLIENT, ConfigurationError),
    Case("keys", 'Pinecone(api_key="")', lambda w: _client(w.url, api_key=""), CLIENT, ConfigurationError),
    Case("keys", "Pinecone(api_key=123)", lambda w: _client(w.url, api_key=123), CLIENT, InvalidArgumentTypeError),
    Case(
        "keys",
        'Pinecone(api_key="wrong").list_indexes()',
        lambda w: _client(w.url, api_key="wrong").list_indexes(),
        SERVER,
        UnauthorizedError,
    ),
    Case(
        "settings",
        'Pinecone(api_key=k, timeout="5")',
        lambda w: _client(w.url, api_key=API_KEY, timeout="5"),
        CLIENT,
        InvalidArgumentTypeError,
    ),
    Case(
        "settings",
        "Pinecone(api_key=k, host=5)",
        lambda w: Pinecone(api_key=API_KEY, host=5),
        CLIENT,
        InvalidArgumentTypeError,
    ),
    Case(
        "settings",
        'Pinecone(api_key=k, retries="3")',
        lambda w: Pinecone(api_key=API_KEY, host=w.url, retries="3"),
        CLIENT,
        InvalidArgumentTypeError,
    ),
    Case(
        "settings",
        'Pinecone(api_key=k, additional_headers=[("a", "b")])',
        lambda w: _client(w.url, api_key=API_KEY, additional_headers=[("a", "b")]),
        CLIENT,
        InvalidArgumentTypeError,
    ),
    Case(
        "settings",
        'Pinecone(api_key=k, host="http://api.example.com")',
        lambda w: Pinecone(api_key=API_KEY, host="http://api.example.com"),
        CLIENT,
        ConfigurationError,
    ),
    Case(
        "settings",
        'Pinecone(api_key=k, api_version="2025-4")',
        lambda w: Pinecone(api_key=API_KEY, api_version="2025-4"),
        CLIENT,
        ConfigurationError,
    ),
]

# Odd but valid: these must be stored and read back unchanged.
ACCEPTED: list[tuple[str, str]] = [
    ("id with a space", "a b"),
    ("id with a slash", "a/b"),
    ("id of 512 ASCII characters", "i" * 512),
    ("id with percent signs", "100%25"),
]
ACCEPTED_NAMESPACES = ["", "a b", "ü/x", "n" * 512]


@pytest.fixture(scope="module")
def world() -> Iterator[tuple[World, RequestLog]]:
    with LocalServer(api_key=API_KEY, strict=True) as server:
        log = RequestLog(server)
        with _client(server.url, api_key=API_KEY) as pc:
            pc.create_index("dense", SPEC, dimension=DIM)
            index = pc.Index("dense")
            index.describe_index_stats()  # the host is looked up once, before any case is counted
            yield World(pc, index, server.url), log


def _case_id(case: Case) -> str:
    # pytest escapes non-ASCII characters and backslashes in ids, and then fails to select such an id
    # given back to it in-process (as mutmut does, tests/mutation.py): they are spelled <U+XXXX> here.
    return "".join(c if " " <= c <= "~" and c != "\\" else f"<U+{ord(c):04X}>" for c in case.call)


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_bad_input(case: Case, world: tuple[World, RequestLog], monkeypatch: pytest.MonkeyPatch) -> None:
    state, log = world
    monkeypatch.delenv("PINECONE_API_KEY", raising=False)
    log.clear()
    with pytest.raises(PineconeError) as caught:
        case.run(state)
    _check(case, caught.value, log)


@pytest.mark.anyio
@pytest.mark.parametrize("case", CASES, ids=_case_id)
async def test_bad_input_async(case: Case, world: tuple[World, RequestLog], monkeypatch: pytest.MonkeyPatch) -> None:
    """The same table through AsyncPinecone: the plans are shared, the driver is not."""
    state, log = world
    monkeypatch.delenv("PINECONE_API_KEY", raising=False)
    async with AsyncPinecone(api_key=API_KEY, api_version=VERSION, host=state.url, retries=0) as apc:
        twin = World(apc, apc.Index(host=state.index._host), state.url)  # type: ignore[arg-type]
        log.clear()
        with pytest.raises(PineconeError) as caught:
            result = case.run(twin)
            if inspect.isawaitable(result):
                await result
    _check(case, caught.value, log)


def _check(case: Case, error: PineconeError, log: RequestLog) -> None:
    assert isinstance(error, case.error), f"{case.call}: {type(error).__name__}: {error}"
    if case.outcome == CLIENT:
        assert not isinstance(error, ApiError), f"{case.call} reached the server: {error}"
        assert log.seen == [], f"{case.call} sent {log.seen}"
    else:
        assert isinstance(error, ApiError) and 400 <= error.status < 500, f"{case.call}: {error}"
        assert error.code and error.message, f"{case.call}: not Pinecone-shaped: {error.body!r}"
        assert log.seen, f"{case.call}: expected the server to answer"


@pytest.mark.parametrize(("what", "vector_id"), ACCEPTED)
def test_odd_but_valid_ids_round_trip(what: str, vector_id: str, world: tuple[World, RequestLog]) -> None:
    index = world[0].index
    for namespace in ACCEPTED_NAMESPACES:
        assert index.upsert([(vector_id, V, {"what": what})], namespace=namespace).upserted_count == 1
        fetched = index.fetch([vector_id], namespace=namespace).vectors.additional_properties
        assert list(fetched) == [vector_id], f"{what} in namespace {namespace!r}"
        assert fetched[vector_id].metadata == {"what": what}


def test_sparse_indices_in_any_order_are_accepted(world: tuple[World, RequestLog]) -> None:
    """Pinecone takes sparse indices in any order: the client must not refuse or reorder them wrongly."""
    pc = world[0].pc
    pc.create_index("hybrid", SPEC, dimension=DIM, metric="dotproduct")
    index = pc.Index("hybrid")
    sparse = {"indices": [70, 2, 35], "values": [0.7, 0.2, 0.35]}
    assert index.upsert([{"id": "h", "values": V, "sparse_values": sparse}]).upserted_count == 1
    stored = index.fetch(["h"]).vectors.additional_properties["h"].sparse_values
    assert dict(zip(stored.indices, stored.values, strict=True)) == pytest.approx({70: 0.7, 2: 0.2, 35: 0.35})


def test_the_table_has_at_least_sixty_cases() -> None:
    assert len(CASES) >= 60
    assert len({case.call for case in CASES}) == len(CASES)  # one row per case


def render_table() -> str:
    """The reference page, from CASES and ACCEPTED."""
    client = sum(case.outcome == CLIENT for case in CASES)
    lines = [
        "# Bad input: what the client refuses and what the server answers",
        "",
        "Generated from `tests/facade/test_bad_input.py` (`python -m tests.facade.test_bad_input > docs/bad-input.md`);",
        "a test keeps this page equal to the table the tests run. Every case runs against the local server with",
        "a server-side request count: a case *refused by the client* raises before any request is sent; a case",
        "*answered 4xx by the server* needs the server to know (the index's dimension, its metric, what exists).",
        "",
        f"{len(CASES)} cases: {client} refused by the client, {len(CASES) - client} answered 4xx by the server.",
        "",
        "| # | area | call | outcome | error |",
        "| --- | --- | --- | --- | --- |",
    ]
    for number, case in enumerate(CASES, 1):
        call = case.call.replace("|", "\\|")
        lines.append(f"| {number} | {case.area} | `{call}` | {case.outcome} | `{case.error.__name__}` |")
    lines += [
        "",
        "## Odd but valid",
        "",
        "These ids are written and read back unchanged in each of the namespaces "
        + ", ".join(f"`{ns[:12] + '...' if len(ns) > 12 else ns!r}`" for ns in ACCEPTED_NAMESPACES)
        + ":",
        "",
    ]
    lines += [
        f"- {what}: `{vector_id if len(vector_id) < 40 else vector_id[:12] + '...'}`" for what, vector_id in ACCEPTED
    ]
    lines += ["", "Sparse indices in any order are accepted; each index must appear once."]
    return "\n".join(lines) + "\n"


def test_the_docs_page_mirrors_the_table() -> None:
    from pathlib import Path

    page = Path(__file__).resolve().parents[2] / "docs" / "bad-input.md"
    assert page.read_text(encoding="utf-8") == render_table(), "regenerate docs/bad-input.md (see its first line)"


if __name__ == "__main__":
    sys.stdout.write(render_table())
