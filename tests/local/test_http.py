"""The local server's HTTP layer over real sockets: client errors are Pinecone-shaped 4xx, path parameters are
percent-decoded, bodies are limited, stalled requests time out, and idle connections hold no worker."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from urllib.parse import quote

import httpx
import pytest
from http_probe import Answer, exchange, head, pinecone_shaped, read
from local_helpers import API_KEY, VERSIONS

from pinecone_versioned.local import LocalServer

VERSION = VERSIONS[-1]
HEADERS = {"Api-Key": API_KEY, "X-Pinecone-API-Version": VERSION}
JSON = {**HEADERS, "Content-Type": "application/json"}
SERVERLESS = {"serverless": {"cloud": "aws", "region": "us-east-1"}}
# Pinecone's documented request limit, 2 MB, here as the server applies it.
TWO_MB = 2 * 1024 * 1024


@pytest.fixture(params=[True, False], ids=["strict", "lenient"])
def server(request: pytest.FixtureRequest) -> Iterator[LocalServer]:
    with LocalServer(api_key=API_KEY, strict=request.param) as running:
        yield running


def _index(server: LocalServer, name: str = "idx", dimension: int = 2) -> int:
    """Create an index and return the port of its data plane."""
    body = {"name": name, "dimension": dimension, "metric": "cosine", "spec": SERVERLESS}
    assert httpx.post(f"{server.url}/indexes", json=body, headers=HEADERS).status_code == 201
    host = httpx.get(f"{server.url}/indexes/{name}", headers=HEADERS).json()["host"]
    return int(host.rsplit(":", 1)[1])


def _client_error(answer: Answer | None, plane: str, status: int | None = None) -> Answer:
    assert answer is not None, "the server closed the connection without an answer"
    assert 400 <= answer.status < 500, (answer.status, answer.body[:300])
    assert status is None or answer.status == status, (answer.status, answer.body[:300])
    assert pinecone_shaped(answer, plane), answer.body[:300]
    return answer


# Bodies that are not what the operation takes: each must be a Pinecone-shaped 4xx on either plane.
BAD_BODIES = [
    pytest.param(b"[1, 2, 3]", "application/json", id="json-array"),
    pytest.param(b'"a string"', "application/json", id="json-string"),
    pytest.param(b"42", "application/json", id="json-number"),
    pytest.param(b"null", "application/json", id="json-null"),
    pytest.param(b'{"vectors": [}', "application/json", id="broken-json"),
    pytest.param(b'{"a": 1e400}', "application/json", id="number-overflow"),
    pytest.param(b'{"a": "\xff\xfe"}', "application/json", id="invalid-utf8"),
    pytest.param(b'{"id": "a"}\n{"id": "b"}\n', "application/x-ndjson", id="ndjson"),
    pytest.param(b"name=x&dimension=2", "application/x-www-form-urlencoded", id="form"),
    pytest.param(b"--b\r\n\r\nx\r\n--b--\r\n", "multipart/form-data; boundary=b", id="multipart"),
    pytest.param(b"hello", "text/plain", id="text"),
    pytest.param(b"{}", "application/json; charset=utf-16", id="charset"),
    pytest.param(b"[" * 5000 + b"]" * 5000, "application/json", id="deep-array"),
]


@pytest.mark.parametrize(("body", "content_type"), BAD_BODIES)
def test_bad_bodies_are_pinecone_shaped_4xx(server: LocalServer, body: bytes, content_type: str) -> None:
    port = _index(server)
    for target, path, plane in (
        (port, "/vectors/upsert", "data"),
        (port, "/query", "data"),
        (port, "/vectors/delete", "data"),
        (server.port, "/indexes", "control"),
        (server.port, "/collections", "control"),
        (server.port, "/embed", "control"),
    ):
        headers = {**HEADERS, "Content-Type": content_type}
        answer = exchange(target, head("POST", path, headers, body))
        if content_type.endswith("charset=utf-16"):  # a JSON type: taken, and "{}" is then refused for its content
            assert answer is not None and answer.status < 500
            continue
        _client_error(answer, plane)


def test_wrong_content_type_is_415_naming_the_accepted_type(server: LocalServer) -> None:
    port = _index(server)
    ndjson = b'{"id": "a", "values": [1, 2]}\n'
    answer = _client_error(
        exchange(port, head("POST", "/vectors/upsert", {**HEADERS, "Content-Type": "application/x-ndjson"}, ndjson)),
        "data",
        415,
    )
    assert "application/json" in answer.json()["message"]


@pytest.mark.parametrize("depth", [33, 300, 3000])
def test_deeply_nested_filters_are_400(server: LocalServer, depth: int) -> None:
    port = _index(server)
    # Written as text: the json module cannot encode 3,000 levels either.
    flt = '{"$and": [' * depth + '{"genre": "drama"}' + "]}" * depth
    for path, fields in (
        ("/query", '"vector": [1.0, 0.0], "topK": 1, '),
        ("/vectors/delete", ""),
        ("/describe_index_stats", ""),
    ):
        body = "{" + fields + '"filter": ' + flt + "}"
        _client_error(exchange(port, head("POST", path, JSON, body.encode())), "data", 400)


def test_filter_at_the_depth_limit_is_served(server: LocalServer) -> None:
    port = _index(server)
    flt: dict[str, object] = {"genre": "drama"}
    for _ in range(31):  # 32 levels with the innermost
        flt = {"$and": [flt]}
    answer = exchange(
        port, head("POST", "/query", JSON, json.dumps({"vector": [1.0, 0.0], "topK": 1, "filter": flt}).encode())
    )
    assert answer is not None and answer.status == 200, answer


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(b"GARBAGE\r\n\r\n", id="request-line"),
        pytest.param(b"GET /indexes HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n", id="content-length"),
        pytest.param(
            b"GET /indexes HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", id="two-lengths"
        ),
        pytest.param(b"GET /indexes HTTP/1.1\r\nHost: x\r\nbad header\r\n\r\n", id="header-line"),
        pytest.param(b"GET /indexes HTTP/1.1\r\n\r\n", id="no-host"),
        pytest.param(b"GET /indexes HTTP/1.1\r\nHost: x\r\nX: " + b"a" * 70_000 + b"\r\n\r\n", id="huge-header"),
        pytest.param(b"POST /indexes HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", id="bad-chunk"),
        pytest.param(b"GET /ind\xe9xes HTTP/1.1\r\nHost: x\r\n\r\n", id="non-ascii-target"),
    ],
)
def test_malformed_http_is_a_pinecone_shaped_4xx(server: LocalServer, raw: bytes) -> None:
    _client_error(exchange(server.port, raw), "control")
    _client_error(exchange(_index(server), raw), "data")


@pytest.mark.parametrize(
    "path",
    ["/indexes/%ff", "/indexes?x=%ff", "/collections/%C3%28"],
)
def test_undecodable_percent_escapes_are_400(server: LocalServer, path: str) -> None:
    _client_error(exchange(server.port, head("GET", path, HEADERS)), "control", 400)


def test_percent_encoded_path_parameters_are_decoded(server: LocalServer) -> None:
    port = _index(server)
    data = httpx.Client(base_url=f"http://127.0.0.1:{port}", headers=HEADERS)
    for namespace in ("a b", "a/b", "ünï cödé", "100%", "?#&"):
        vectors = [{"id": "v", "values": [1.0, 0.0]}]
        assert data.post("/vectors/upsert", json={"vectors": vectors, "namespace": namespace}).status_code == 200
        encoded = quote(namespace, safe="")
        described = data.get(f"/namespaces/{encoded}")
        assert described.status_code == 200, (namespace, described.text)
        assert described.json()["name"] == namespace
        assert data.delete(f"/namespaces/{encoded}").status_code in (200, 202)
        assert data.get(f"/namespaces/{encoded}").status_code == 404
    # An index name and a collection name, percent-encoded though they need not be.
    assert httpx.get(f"{server.url}/indexes/%69dx", headers=HEADERS).json()["name"] == "idx"
    assert httpx.get(f"{server.url}/collections/n%6Fne", headers=HEADERS).json()["error"]["message"].count("none")


@pytest.mark.parametrize(("plane", "path"), [("control", "/indexes"), ("data", "/vectors/upsert")])
def test_a_declared_oversized_body_is_refused_before_it_is_read(server: LocalServer, plane: str, path: str) -> None:
    """Only the head is sent: the 413 can only come from Content-Length, not from reading the body."""
    port = server.port if plane == "control" else _index(server)
    answer = exchange(port, head("POST", path, JSON, length=10 * 1024 * 1024))
    assert "limit" in _client_error(answer, plane, 413).body.decode()


def test_the_body_limit_is_two_megabytes_on_both_planes(server: LocalServer) -> None:
    port = _index(server, dimension=1)
    padding = " " * (TWO_MB - len(b'{"vectors": [{"id": "a", "values": [1.0]}]}'))
    fits = ('{"vectors": [{"id": "a", "values": [1.0]}]}' + padding).encode()
    assert len(fits) == TWO_MB
    assert exchange(port, head("POST", "/vectors/upsert", JSON, fits)).status == 200  # type: ignore[union-attr]
    _client_error(exchange(port, head("POST", "/vectors/upsert", JSON, fits + b" ")), "data", 413)
    _client_error(exchange(server.port, head("POST", "/indexes", JSON, fits + b" ")), "control", 413)


def test_a_chunked_body_over_the_limit_is_refused(server: LocalServer) -> None:
    chunk = b" " * (1024 * 1024)
    pieces = [head("POST", "/indexes", {**JSON, "Transfer-Encoding": "chunked"})]
    pieces += [f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"] * 3 + [b"0\r\n\r\n"]
    _client_error(exchange(server.port, *pieces), "control", 413)


def test_a_chunked_body_within_the_limit_is_served(server: LocalServer) -> None:
    body = json.dumps({"name": "chunky", "dimension": 2, "metric": "cosine", "spec": SERVERLESS}).encode()
    pieces = [head("POST", "/indexes", {**JSON, "Transfer-Encoding": "chunked"})]
    pieces += [f"{len(body[:10]):x}\r\n".encode() + body[:10] + b"\r\n"]
    pieces += [f"{len(body[10:]):x}\r\n".encode() + body[10:] + b"\r\n0\r\n\r\n"]
    answer = exchange(server.port, *pieces)
    assert answer is not None and answer.status == 201, answer


def test_expect_100_continue_is_answered_before_the_body_is_sent() -> None:
    with LocalServer(api_key=API_KEY) as server:
        body = json.dumps({"name": "patient", "dimension": 2, "metric": "cosine", "spec": SERVERLESS}).encode()
        with socket.create_connection(("127.0.0.1", server.port), timeout=60) as sock:
            sock.sendall(head("POST", "/indexes", {**JSON, "Expect": "100-continue"}, length=len(body)))
            assert sock.recv(1024).startswith(b"HTTP/1.1 100 ")
            sock.sendall(body)
            answer = read(sock)
        assert answer is not None and answer.status == 201


@pytest.fixture
def impatient() -> Iterator[LocalServer]:
    with LocalServer(api_key=API_KEY, read_timeout=0.3) as running:
        yield running


@pytest.mark.parametrize(
    "partial",
    [
        pytest.param(head("POST", "/indexes", JSON, length=100) + b'{"name": ', id="stalled-body"),
        pytest.param(b"POST /indexes HTTP/1.1\r\nHost: local\r\n", id="stalled-head"),
    ],
)
def test_a_stalled_request_gets_408_and_its_connection_is_closed(impatient: LocalServer, partial: bytes) -> None:
    # The socket's own timeout (60 s) is far longer than the server's 0.3 s: an answer means the server gave up.
    _client_error(exchange(impatient.port, partial), "control", 408)


def _worker_threads() -> set[threading.Thread]:
    """The worker threads of every local server of this process (those of stopped servers may linger a moment)."""
    return {t for t in threading.enumerate() if t.name.startswith("pinecone-local-worker")}


def test_an_idle_connection_holds_no_worker() -> None:
    """With one worker, many open idle (and half-sent) connections do not stop another client being served."""
    before = _worker_threads()
    with LocalServer(api_key=API_KEY, workers=1) as server:
        idle = [socket.create_connection(("127.0.0.1", server.port), timeout=60) for _ in range(50)]
        for number, sock in enumerate(idle):
            if number % 2:
                sock.sendall(b"POST /indexes HTTP/1.1\r\nHost: local\r\nContent-Length: 100\r\n\r\n{")
        try:
            assert httpx.get(f"{server.url}/indexes", headers=HEADERS).status_code == 200
            assert len(_worker_threads() - before) == 1
        finally:
            for sock in idle:
                sock.close()


def test_head_and_unknown_methods(server: LocalServer) -> None:
    answer = exchange(server.port, head("HEAD", "/indexes", HEADERS))
    assert answer is not None and answer.status in (200, 405) and answer.body == b""
    _client_error(exchange(server.port, head("BREW", "/indexes", HEADERS)), "control", 405)


def test_oauth_errors_have_oauth_shape(server: LocalServer) -> None:
    form = b"client_id=id&grant_type=client_credentials"
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    _client_error(exchange(server.port, head("POST", "/oauth/token", headers, form)), "oauth", 400)


def test_keep_alive_serves_many_requests_on_one_connection(server: LocalServer) -> None:
    with httpx.Client(base_url=server.url, headers=HEADERS) as client:
        for _ in range(20):
            assert client.get("/indexes").status_code == 200


def test_concurrent_writers_and_readers_see_whole_batches() -> None:
    """Writers rewrite their own ids batch by batch, each batch one generation; readers over other sockets must
    always see one generation across a writer's ids (an upsert is atomic) that never goes back, and the end
    state holds every writer's last batch."""
    writers, readers, generations, ids_per_writer = 4, 4, 15, 20
    before = _worker_threads()
    with LocalServer(api_key=API_KEY, workers=2) as server:
        port = _index(server)
        url = f"http://127.0.0.1:{port}"
        failures: list[str] = []
        done = threading.Event()

        def write(writer: int) -> None:
            with httpx.Client(base_url=url, headers=HEADERS) as client:
                for generation in range(1, generations + 1):
                    vectors = [
                        {"id": f"w{writer}-{i}", "values": [float(generation), 1.0], "metadata": {"g": generation}}
                        for i in range(ids_per_writer)
                    ]
                    response = client.post("/vectors/upsert", json={"vectors": vectors})
                    if response.status_code != 200:
                        failures.append(f"upsert: {response.status_code} {response.text}")

        def read(reader: int) -> None:
            seen = [0] * writers
            with httpx.Client(base_url=url, headers=HEADERS) as client:
                while not done.is_set():
                    writer = reader % writers
                    ids = [f"w{writer}-{i}" for i in range(ids_per_writer)]
                    found = client.get("/vectors/fetch", params={"ids": ids}).json()["vectors"]
                    marks = {v["metadata"]["g"] for v in found.values()}
                    if found and (len(found) != ids_per_writer or len(marks) != 1):
                        failures.append(f"torn read of writer {writer}: {len(found)} ids, generations {marks}")
                    if marks and min(marks) < seen[writer]:
                        failures.append(f"writer {writer} went back from {seen[writer]} to {min(marks)}")
                    seen[writer] = max(marks, default=seen[writer])
                    total = client.post("/describe_index_stats", json={}).json()["totalVectorCount"]
                    if total % ids_per_writer or total > writers * ids_per_writer:
                        failures.append(f"stats saw {total} vectors, not a whole number of batches")
                    reader += 1

        threads = [threading.Thread(target=read, args=(r,)) for r in range(readers)]
        for thread in threads:
            thread.start()
        writing = [threading.Thread(target=write, args=(w,)) for w in range(writers)]
        for thread in writing:
            thread.start()
        for thread in writing:
            thread.join()
        done.set()
        for thread in threads:
            thread.join()
        assert failures == []
        # Eight clients at once, two worker threads: the bound holds.
        assert len(_worker_threads() - before) == 2
        with httpx.Client(base_url=url, headers=HEADERS) as client:
            assert client.post("/describe_index_stats", json={}).json()["totalVectorCount"] == writers * ids_per_writer
            for writer in range(writers):
                ids = [f"w{writer}-{i}" for i in range(ids_per_writer)]
                found = client.get("/vectors/fetch", params={"ids": ids}).json()["vectors"]
                assert {v["metadata"]["g"] for v in found.values()} == {generations}
                assert {tuple(v["values"]) for v in found.values()} == {(float(generations), 1.0)}


SPEC_JSON = b'"metric": "cosine", "spec": {"serverless": {"cloud": "aws", "region": "us-east-1"}}'
SPARSE = b'"sparseValues": {"indices": [18446744073709551616], "values": [1]}'


@pytest.mark.parametrize(
    ("plane", "path", "body"),
    [
        ("data", "/query", b'{"vector": [1, 0], "topK": 123456789012345678901234567890}'),
        ("data", "/query", b'{"vector": [1, 0], "topK": -9223372036854775809}'),
        ("data", "/vectors/upsert", b'{"vectors": [{"id": "a", "values": [1e39, 0]}]}'),
        ("data", "/vectors/upsert", b'{"vectors": [{"id": "a", "values": [1, 0], ' + SPARSE + b"}]}"),
        ("data", "/vectors/list?limit=99999999999999999999999", b""),
        ("control", "/indexes", b'{"name": "big", "dimension": 1e30, ' + SPEC_JSON + b"}"),
        ("control", "/indexes", b'{"name": "big", "dimension": 99999999999999999999, ' + SPEC_JSON + b"}"),
    ],
)
def test_huge_numbers_are_400(server: LocalServer, plane: str, path: str, body: bytes) -> None:
    port = server.port if plane == "control" else _index(server)
    method = "POST" if body else "GET"
    _client_error(exchange(port, head(method, path, JSON, body)), plane, 400)


def test_a_body_nested_a_thousand_levels_is_400(server: LocalServer) -> None:
    """Within the JSON parser's depth (1,024) but past what schema validation's recursion can take."""
    deep = '{"a": ' * 1000 + "1" + "}" * 1000
    body = (
        '{"name": "deep", "dimension": 2, "spec": {"serverless": {"cloud": "aws", "region": "us-east-1"}}, "tags": '
        + deep
        + "}"
    )
    _client_error(exchange(server.port, head("POST", "/indexes", JSON, body.encode())), "control", 400)


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/bulk/imports", b"{}"),
        ("/vectors/fetch_by_metadata", b'{"filter": {"g": "x"}, "limit": null}'),
        ("/records/namespaces/ns/search", b'{"query": {"inputs": [], "top_k": 2}}'),
        ("/records/namespaces/ns/search", b'{"query": null}'),
    ],
)
def test_bodies_a_handler_cannot_take_are_400_in_either_mode(server: LocalServer, path: str, body: bytes) -> None:
    """Found by the fuzz: in lenient mode these reached handlers unvalidated and came back 500."""
    _client_error(exchange(_index(server), head("POST", path, JSON, body)), "data", 400)
