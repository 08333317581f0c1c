"""What goes over the wire: version headers side by side, errors as raised, and nothing secret leaking."""

from __future__ import annotations

import logging

import httpx
import pytest

import pinecone_versioned as pv
from pinecone_versioned import Pinecone, ServerlessSpec
from pinecone_versioned.local import LocalServer
from tests.facade.conftest import API_KEY


def _recording_client(seen: list[httpx.Request]) -> httpx.Client:
    return httpx.Client(event_hooks={"request": [seen.append]})


def test_two_versions_side_by_side_each_send_their_own_header(server: LocalServer) -> None:
    seen_old: list[httpx.Request] = []
    seen_new: list[httpx.Request] = []
    old = Pinecone(api_key=API_KEY, api_version="2024-04", host=server.url, http_client=_recording_client(seen_old))
    new = Pinecone(api_key=API_KEY, api_version="2025-04", host=server.url, http_client=_recording_client(seen_new))
    old.create_index("old-one", ServerlessSpec("aws", "us-east-1"), dimension=2, timeout=30)
    new.create_index("new-one", ServerlessSpec("aws", "us-east-1"), dimension=2, timeout=30, tags={"v": "new"})
    for round_trip in range(3):
        old.Index("old-one").upsert([(f"o{round_trip}", [1.0, 0.0])])
        new.Index("new-one").upsert([(f"n{round_trip}", [0.0, 1.0])])
    assert int(old.Index("old-one").describe_index_stats().total_vector_count) == 3
    assert new.describe_index("new-one").tags == {"v": "new"}

    for seen, version in ((seen_old, "2024-04"), (seen_new, "2025-04")):
        assert len(seen) >= 6  # create, readiness polls, three upserts, stats
        for request in seen:
            assert request.headers["X-Pinecone-API-Version"] == version
            assert request.headers["Api-Key"] == API_KEY
            assert f"api {version}" in request.headers["User-Agent"]
            assert f"pinecone-versioned/{pv.__version__}" in request.headers["User-Agent"]


def test_server_errors_map_to_classes_with_the_servers_message(pc: Pinecone, server: LocalServer) -> None:
    with pytest.raises(pv.NotFoundError) as missing:
        pc.describe_index("nowhere")
    assert missing.value.status == 404 and missing.value.message
    assert missing.value.message in str(missing.value)

    pc.create_index("twice", ServerlessSpec("aws", "us-east-1"), dimension=2, timeout=30)
    with pytest.raises(pv.ConflictError) as conflict:
        pc.create_index("twice", ServerlessSpec("aws", "us-east-1"), dimension=2, timeout=30)
    assert conflict.value.status == 409

    with pytest.raises(pv.BadRequestError) as bad:
        pc.Index("twice").upsert([("wrong-size", [1.0, 2.0, 3.0])])
    assert bad.value.status == 400 and "dimension" in bad.value.message.lower()

    intruder = Pinecone(api_key="not-the-key", api_version=pc.api_version, host=server.url, retries=0)
    with pytest.raises(pv.UnauthorizedError) as denied:
        intruder.list_indexes()
    assert denied.value.status == 401
    assert "not-the-key" not in str(denied.value)


def test_connection_failures_are_our_errors() -> None:
    client = Pinecone(api_key=API_KEY, host="http://127.0.0.1:9", retries=0)
    with pytest.raises(pv.PineconeConnectionError):
        client.list_indexes()


def test_the_key_never_reaches_logs_reprs_or_errors(pc: Pinecone, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    pc.create_index("quiet", ServerlessSpec("aws", "us-east-1"), dimension=2, timeout=30)
    index = pc.Index("quiet")
    index.upsert([("a", [1.0, 0.0])])
    errors = []
    for attempt in (lambda: pc.describe_index("missing"), lambda: index.upsert([("b", [1.0])])):
        with pytest.raises(pv.ApiError) as raised:
            attempt()
        errors.append(raised.value)
    texts = [caplog.text, repr(pc), repr(index), repr(pc.config)]
    texts += [str(e) + repr(e) + repr(vars(e)) for e in errors]
    assert any("GET" in record.getMessage() for record in caplog.records)  # logging was on
    for text in texts:
        assert API_KEY not in text
