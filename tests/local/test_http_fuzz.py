"""Hypothesis fuzz of the local server's request parsing: raw bytes over a real socket, never a 5xx.

Requests are built from the parts a parser must survive: any method, known and made-up
paths with percent-encoded parameters, query strings, headers (API key, version,
content type, random ones), bodies (JSON of any shape, bodies shaped like real requests
with wrong values, raw bytes) and framing (true, short or long Content-Length, chunked).
A second test takes valid requests of every operation that takes a body and changes or
removes one value at any depth. Every answer must be a response, below 500, and an error
must have Pinecone's shape for its plane. The budget is $PINECONE_FUZZ_EXAMPLES examples
per test and server mode (default 60, a quick sample for the normal test run; `nox -s fuzz`
runs 2,000).
"""

from __future__ import annotations

import copy
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from http_probe import exchange, head, pinecone_shaped
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from local_helpers import API_KEY, VERSIONS

from pinecone_versioned.local import LocalServer
from pinecone_versioned.local._specs import load_specs

EXAMPLES = int(os.environ.get("PINECONE_FUZZ_EXAMPLES") or 60)
HEADERS = {"Api-Key": API_KEY, "X-Pinecone-API-Version": VERSIONS[-1]}
INDEX = "fuzzed"


def _routes(listener: str) -> list[tuple[str, str]]:
    """(method, path template) of every operation the newest version serves on a listener, "{}" per parameter."""
    surfaces = {"data": ["db_data"], "control": ["db_control", "inference", "admin", "oauth"]}[listener]
    version = load_specs(None)[VERSIONS[-1]]
    routes = []
    for surface in surfaces:
        for op in version.surfaces[surface].operations if surface in version.surfaces else []:
            routes.append((op.method, re.sub(r"\{[^}]+\}", "{}", op.template)))
    if listener == "control":  # both assistant surfaces answer under /assistant on the control listener
        for surface in ("assistant_control", "assistant_data"):
            routes += [
                (op.method, "/assistant" + re.sub(r"\{[^}]+\}", "{}", op.template))
                for op in version.surfaces[surface].operations
            ]
    return sorted(set(routes))


ROUTES = {"control": _routes("control"), "data": _routes("data")}
# Field names of real requests, so that bodies reach the handlers' checks and not only the parser's.
FIELDS = [
    "vectors", "id", "ids", "values", "sparseValues", "indices", "metadata", "namespace", "topK", "top_k",
    "filter", "vector", "includeValues", "includeMetadata", "deleteAll", "setMetadata", "name", "dimension",
    "metric", "spec", "serverless", "pod", "cloud", "region", "source", "model", "inputs", "text", "query",
    "documents", "parameters", "uri", "limit", "paginationToken", "$and", "$or", "$eq", "$in", "$gt", "tags",
    "embed", "field_map", "messages", "role", "content", "stream", "audience", "roles", "_id", "fields", "rank_fields",
]  # fmt: skip
CONTENT_TYPES = [
    "application/json",
    "application/x-ndjson",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=xyz",
    "text/plain",
    "application/json; charset=latin-1",
    "",
]
METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
# Names that exist (the fuzzed index, its namespaces) more often than chance would find them.
NAMES = [INDEX, "ns", "__default__", "default", "a b"]


@dataclass
class Target:
    server: LocalServer
    data_port: int


@pytest.fixture(scope="module", params=[True, False], ids=["strict", "lenient"])
def target(request: pytest.FixtureRequest) -> Iterator[Target]:
    # A short read timeout, so that a request whose Content-Length promises more than it sends ends quickly.
    with LocalServer(api_key=API_KEY, strict=request.param, read_timeout=0.5) as server:
        yield Target(server, _ensure_index(server))


def _ensure_index(server: LocalServer) -> int:
    """The data-plane port of the fuzzed index, made again if a fuzzed request deleted it."""
    control = httpx.Client(base_url=server.url, headers=HEADERS)
    found = control.get(f"/indexes/{INDEX}")
    if found.status_code == 404:
        body = {
            "name": INDEX,
            "dimension": 2,
            "metric": "dotproduct",
            "spec": {"serverless": {"cloud": "aws", "region": "us-east-1"}},
        }
        found = control.post("/indexes", json=body)
    return int(found.json()["host"].rsplit(":", 1)[1])


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=8), inner, max_size=5)
    ),
    max_leaves=25,
)


def _encoded(value: object) -> bytes:
    # The standard encoder, which also writes what strict JSON lacks: NaN, Infinity, integers past 64 bits.
    return json.dumps(value).encode()


shaped_bodies = st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=6).map(_encoded)
bodies = st.one_of(
    shaped_bodies,
    shaped_bodies,
    shaped_bodies,
    json_values.map(_encoded),
    st.binary(max_size=200),
    st.sampled_from(
        [b"NaN", b'{"topK": 1e999}', b'{"topK": -0}', b'{"a": 123456789012345678901234567890}', b"\xef\xbb\xbf{}"]
    ),
)
segments = st.one_of(
    st.sampled_from(NAMES).map(lambda s: quote(s, safe="")),
    st.text(max_size=12).map(lambda s: quote(s, safe="")),
    st.binary(max_size=6).map(lambda b: quote(b, safe="")),
)
query_strings = st.lists(
    st.tuples(st.sampled_from(["ids", "namespace", "limit", "prefix", "paginationToken", "x"]), segments), max_size=4
).map(lambda pairs: "&".join(f"{k}={v}" for k, v in pairs))


def often(usual: object, *unusual: object) -> st.SearchStrategy[object]:
    """``usual`` nine times in ten, else one of ``unusual``: most requests get past auth and routing."""
    return st.sampled_from([usual] * 9 + list(unusual))


@st.composite
def requests(draw: st.DrawFn) -> tuple[str, list[bytes]]:
    """A plane ("control" or "data") and the pieces of one raw request."""
    plane = draw(st.sampled_from(["control", "data"]))
    method, template = draw(often(None, ("ANY", "/{}/{}"), ("ANY", "/{}"))) or draw(st.sampled_from(ROUTES[plane]))
    if method == "ANY":
        method = draw(st.sampled_from(METHODS) | st.from_regex(r"\A[A-Z]{1,10}\Z"))
    path = template.format(*(draw(segments) or "x" for _ in range(template.count("{}"))))
    query = draw(query_strings)
    if query:
        path += "?" + query
    headers = {"Api-Key": draw(often(API_KEY, "", "wrong"))}
    headers["X-Pinecone-API-Version"] = draw(often(VERSIONS[-1], *VERSIONS, "", "2099-01"))
    content_type = draw(often("application/json", *CONTENT_TYPES))
    if content_type:
        headers["Content-Type"] = content_type
    for _ in range(draw(st.integers(0, 2))):
        name = draw(st.from_regex(r"\AX-[A-Za-z]{1,8}\Z"))
        headers[name] = draw(st.text(st.characters(min_codepoint=32, max_codepoint=255), max_size=20))
    body = draw(bodies) if method not in ("GET", "HEAD", "DELETE") or draw(st.booleans()) else b""
    framing = draw(often("length", "chunked", "short", "long"))
    if framing == "chunked":
        chunked = {**headers, "Transfer-Encoding": "chunked"}
        chunks = f"{len(body):x}\r\n".encode() + body + b"\r\n0\r\n\r\n" if body else b"0\r\n\r\n"
        return plane, [head(method, path, chunked), chunks]
    declared = {"length": len(body), "short": max(len(body) - 1, 0), "long": len(body) + 5}[framing]
    return plane, [head(method, path, headers, body, length=declared if body or framing == "long" else None)]


# Valid requests of the operations that take a body, each fuzzed below by changing or removing one value at any
# depth: that reaches the handlers' own checks, where lenient mode has no schema validation in front.
VALID: list[tuple[str, str, str, dict[str, Any]]] = [
    ("data", "POST", "/vectors/upsert", {
        "vectors": [{"id": "a", "values": [1.0, 2.0], "sparseValues": {"indices": [1], "values": [0.5]},
                     "metadata": {"g": "x", "n": 1, "l": ["p"]}}],
        "namespace": "ns",
    }),
    ("data", "POST", "/query", {
        "vector": [1.0, 0.0], "sparseVector": {"indices": [1], "values": [0.5]}, "topK": 3, "namespace": "ns",
        "filter": {"$and": [{"g": {"$eq": "x"}}, {"n": {"$in": [1, 2]}}]}, "includeValues": True, "includeMetadata": True,
    }),
    ("data", "POST", "/query", {"id": "a", "topK": 1, "namespace": "ns"}),
    ("data", "POST", "/vectors/update", {"id": "a", "values": [1.0, 1.0], "setMetadata": {"g": "y"}, "namespace": "ns"}),
    ("data", "POST", "/vectors/update", {"filter": {"g": "x"}, "setMetadata": {"h": 1}, "namespace": "ns"}),
    ("data", "POST", "/vectors/delete", {"ids": ["a"], "namespace": "ns"}),
    ("data", "POST", "/vectors/delete", {"filter": {"n": {"$gte": 1}}, "namespace": "ns"}),
    ("data", "POST", "/vectors/fetch_by_metadata", {"filter": {"g": "x"}, "limit": 5, "namespace": "ns"}),
    ("data", "POST", "/describe_index_stats", {"filter": {"g": "x"}}),
    ("data", "POST", "/namespaces", {"name": "made", "schema": {"fields": {"g": {"filterable": True}}}}),
    ("data", "POST", "/bulk/imports", {"uri": "file:///nowhere", "errorMode": {"onError": "continue"}}),
    ("data", "POST", "/records/namespaces/ns/search", {"query": {"inputs": {"text": "x"}, "top_k": 2}, "fields": ["g"]}),
    ("control", "POST", "/indexes", {
        "name": "made", "dimension": 2, "metric": "cosine", "deletion_protection": "disabled", "tags": {"a": "b"},
        "spec": {"serverless": {"cloud": "aws", "region": "us-east-1"}},
    }),
    ("control", "POST", "/indexes", {
        "name": "pods", "dimension": 2, "metric": "euclidean",
        "spec": {"pod": {"environment": "us-east-1-aws", "pod_type": "p1.x1", "pods": 1, "replicas": 1, "shards": 1}},
    }),
    ("control", "POST", "/indexes/create-for-model", {
        "name": "model", "cloud": "aws", "region": "us-east-1",
        "embed": {"model": "multilingual-e5-large", "field_map": {"text": "t"}},
    }),
    ("control", "PATCH", f"/indexes/{INDEX}", {"tags": {"a": "b"}}),
    ("control", "POST", "/collections", {"name": "snap", "source": "pods"}),
    ("control", "POST", f"/indexes/{INDEX}/backups", {"name": "b", "description": "d"}),
    ("control", "POST", "/embed", {
        "model": "multilingual-e5-large", "inputs": [{"text": "x"}], "parameters": {"input_type": "passage"},
    }),
    ("control", "POST", "/rerank", {
        "model": "bge-reranker-v2-m3", "query": "x", "documents": [{"text": "a"}, {"text": "b"}], "top_n": 1,
        "return_documents": True,
    }),
    ("control", "POST", "/assistant/assistants", {"name": "helper", "instructions": "x", "metadata": {"a": "b"}}),
    ("control", "POST", "/assistant/chat/helper", {"messages": [{"role": "user", "content": "hi"}], "stream": False}),
    ("control", "POST", "/assistant/chat/helper/context", {"query": "hi", "top_k": 2}),
]  # fmt: skip


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key or index path into a JSON value, the value itself first."""
    found = [prefix]
    children = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else []
    for key, child in children:
        found += _paths(child, (*prefix, key))
    return found


@st.composite
def mutated_requests(draw: st.DrawFn) -> tuple[str, list[bytes]]:
    """A valid request with one value, anywhere in its body, replaced by any JSON value or removed."""
    plane, method, path, valid = draw(st.sampled_from(VALID))
    body = copy.deepcopy(valid)
    where = draw(st.sampled_from(_paths(body)[1:]))
    parent = body
    for key in where[:-1]:
        parent = parent[key]
    if draw(st.booleans()) and isinstance(parent, dict):
        del parent[where[-1]]
    else:
        parent[where[-1]] = draw(json_values)
    headers = {**HEADERS, "Content-Type": "application/json"}
    return plane, [head(method, path, headers, _encoded(body))]


FUZZ_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ_SETTINGS
@given(request=mutated_requests())
def test_no_mutated_request_gets_a_server_error(target: Target, request: tuple[str, list[bytes]]) -> None:
    _check_answer(target, *request)


@FUZZ_SETTINGS
@given(request=requests())
def test_no_request_gets_a_server_error(target: Target, request: tuple[str, list[bytes]]) -> None:
    _check_answer(target, *request)


def _check_answer(target: Target, plane: str, pieces: list[bytes]) -> None:
    """The answer is a response, below 500, and an error in Pinecone's shape for its plane."""
    port = target.server.port if plane == "control" else target.data_port
    answer = exchange(port, *pieces)
    if answer is None and plane == "data":
        # A fuzzed control-plane call may have deleted the index: make it again, then the request counts.
        target.data_port = _ensure_index(target.server)
        answer = exchange(target.data_port, *pieces)
    assert answer is not None, f"no answer to {pieces[0][:200]!r}"
    event(f"{plane} {answer.status}")  # the spread of answers, shown by --hypothesis-show-statistics
    assert answer.status < 500, (answer.status, answer.body[:500], pieces[0][:300])
    if answer.status >= 400 and not pieces[0].startswith(b"HEAD "):  # an answer to HEAD has no body
        path = pieces[0].split(b" ")[1] if pieces[0].count(b" ") >= 2 else b""
        shape = "oauth" if plane == "control" and path.startswith(b"/oauth/") else plane
        assert pinecone_shaped(answer, shape), (answer.status, answer.body[:300], pieces[0][:300])
