"""Retries, reconciliation, the deadline and batched upserts, through the fault proxy to a real server."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import httpx
import pytest

from pinecone_versioned import (
    AsyncPinecone,
    ConflictError,
    InvalidArgumentError,
    Pinecone,
    PineconeTimeoutError,
    RetryConfig,
    ServerError,
    UpsertError,
)
from pinecone_versioned.local import LocalServer
from tests.faults.conftest import API_KEY, through
from tests.faults.proxy import Fault, FaultProxy

SPEC = {"serverless": {"cloud": "aws", "region": "us-east-1"}}
VECTORS = [(f"id-{i}", [float(i), 0.5, 0.25, 1.0]) for i in range(10)]


def _index(direct: Pinecone) -> str:
    return str(direct.create_index("faults", SPEC, dimension=4).host)


def _stored(direct: Pinecone, host: str, ids: list[str]) -> dict[str, list[float]]:
    found = direct.Index(host=host).fetch(ids).vectors.additional_properties
    return {i: list(v.values) for i, v in found.items()}


# --- the clients users get retry -------------------------------------------------------


def test_default_sync_client_retries(server: LocalServer, proxy: FaultProxy) -> None:
    proxy.inject(Fault.STATUS, method="GET", path="^/indexes$", status=503)
    proxy.inject(Fault.RESET_BEFORE, method="GET", path="^/indexes$")
    with Pinecone(api_key=API_KEY, host=server.url, proxy=proxy.url) as pc:  # defaults, as users get them
        assert pc.list_indexes().indexes == []
    assert [s.fault for s in proxy.requests("GET", "^/indexes$")] == [Fault.STATUS, Fault.RESET_BEFORE, None]


def test_default_async_client_retries(server: LocalServer, proxy: FaultProxy) -> None:
    proxy.inject(Fault.STATUS, method="GET", path="^/indexes$", status=503)
    proxy.inject(Fault.RESET_BEFORE, method="GET", path="^/indexes$")

    async def main() -> Any:
        async with AsyncPinecone(api_key=API_KEY, host=server.url, proxy=proxy.url) as apc:
            return await apc.list_indexes()

    assert asyncio.run(main()).indexes == []
    assert [s.fault for s in proxy.requests("GET", "^/indexes$")] == [Fault.STATUS, Fault.RESET_BEFORE, None]


def test_reads_without_a_timeout_are_still_bounded_by_the_deadline(server: LocalServer) -> None:
    """httpx.Timeout(None) means no timeout per read; the call's deadline caps it (and must cope with None)."""
    with Pinecone(api_key=API_KEY, host=server.url, timeout=httpx.Timeout(None)) as pc:
        assert pc.list_indexes().indexes == []

    async def main() -> Any:
        async with AsyncPinecone(api_key=API_KEY, host=server.url, timeout=httpx.Timeout(None)) as apc:
            return await apc.list_indexes()

    assert asyncio.run(main()).indexes == []


def test_retries_off_sends_once(server: LocalServer, proxy: FaultProxy) -> None:
    proxy.inject(Fault.STATUS, method="GET", status=503)
    with Pinecone(**through(server, proxy, retries=0)) as pc, pytest.raises(ServerError):
        pc.list_indexes()
    assert len(proxy.seen) == 1


# --- creates are checked, not repeated blindly ------------------------------------------


def test_a_create_whose_answer_was_lost_is_not_taken_for_a_conflict(
    server: LocalServer, proxy: FaultProxy, direct: Pinecone
) -> None:
    proxy.inject(Fault.RESET_AFTER, method="POST", path="^/indexes$")
    with Pinecone(**through(server, proxy)) as pc:
        made = pc.create_index("made", SPEC, dimension=4)
    assert made.name == "made"
    posts = proxy.requests("POST", "^/indexes$")
    assert [s.forwarded for s in posts] == [True, True]  # the second one met the 409
    assert proxy.requests("GET", "^/indexes/made$")  # ... which was checked by describing


def test_an_existing_different_index_is_a_conflict_that_says_so(
    server: LocalServer, proxy: FaultProxy, direct: Pinecone
) -> None:
    direct.create_index("made", SPEC, dimension=8)
    proxy.inject(Fault.RESET_BEFORE, method="POST", path="^/indexes$")  # the client cannot tell it never landed
    with Pinecone(**through(server, proxy)) as pc, pytest.raises(ConflictError) as caught:
        pc.create_index("made", SPEC, dimension=4)
    assert "dimension is 8, asked 4" in str(caught.value)
    assert direct.describe_index("made").dimension == 8


def test_a_plain_conflict_is_raised_without_a_second_try(
    server: LocalServer, proxy: FaultProxy, direct: Pinecone
) -> None:
    direct.create_index("made", SPEC, dimension=4)
    with Pinecone(**through(server, proxy)) as pc, pytest.raises(ConflictError):
        pc.create_index("made", SPEC, dimension=4)  # the same config: still someone else's index
    assert len(proxy.requests("POST", "^/indexes$")) == 1


# --- one deadline per call, separate from the read timeout ----------------------------------


@pytest.mark.parametrize(
    "fault", [{"fault": Fault.TRICKLE, "delay": 0.3}, {"fault": Fault.LATE_HEADERS, "delay": 30.0}], ids=str
)
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_the_deadline_bounds_the_whole_call(
    mode: str, fault: dict[str, Any], server: LocalServer, proxy: FaultProxy
) -> None:
    proxy.inject(method="GET", path="^/indexes$", times=None, **fault)
    options: dict[str, Any] = {
        **through(server, proxy, retries=RetryConfig(attempts=5, backoff=0.01, deadline=1.0)),
        "timeout": httpx.Timeout(20.0),  # each read alone would wait much longer than the deadline
    }
    with pytest.raises(PineconeTimeoutError):
        if mode == "sync":
            with Pinecone(**options) as pc:
                pc.list_indexes()
        else:

            async def main() -> None:
                async with AsyncPinecone(**options) as apc:
                    await apc.list_indexes()

            asyncio.run(main())
    assert 1 <= len(proxy.seen) <= 2  # no attempt starts that could not end in time


def test_every_attempt_is_logged_without_the_key(
    server: LocalServer, proxy: FaultProxy, caplog: pytest.LogCaptureFixture
) -> None:
    proxy.inject(Fault.STATUS, method="GET", path="^/indexes$", status=503)
    proxy.inject(Fault.RESET_AFTER, method="GET", path="^/indexes$")
    with caplog.at_level(logging.DEBUG, logger="pinecone_versioned"), Pinecone(**through(server, proxy)) as pc:
        pc.list_indexes()
    retries = [r.getMessage() for r in caplog.records if "attempt" in r.getMessage()]
    assert len(retries) == 2
    assert retries[0].startswith("list_indexes: attempt 1 failed (HTTP 503); attempt 2 in ")
    assert retries[1].startswith("list_indexes: attempt 2 failed (ReadError); attempt 3 in ")
    assert API_KEY not in caplog.text


# --- batched upserts: one error, after every batch in flight, nothing sent after it ----------


def _upsert(mode: str, options: dict[str, Any], host: str, vectors: list[Any], **kwargs: Any) -> Any:
    """Upsert on a fresh sync or async client; returns the count or the error raised."""
    try:
        if mode == "sync":
            with Pinecone(**options) as pc:
                return pc.Index(host=host).upsert(vectors, show_progress=False, **kwargs)

        async def main() -> Any:
            async with AsyncPinecone(**options) as apc:
                return await apc.Index(host=host).upsert(vectors, show_progress=False, **kwargs)

        return asyncio.run(main())
    except UpsertError as exc:
        return exc


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_failed_batch_stops_the_upsert_and_resuming_finishes_it(
    mode: str, server: LocalServer, proxy: FaultProxy, direct: Pinecone
) -> None:
    host = _index(direct)
    proxy.inject(Fault.RESET_BEFORE, method="POST", path="/vectors/upsert$", skip=2)
    options = through(server, proxy, retries=0)
    err = _upsert(mode, options, host, VECTORS, batch_size=2, max_concurrency=1)

    assert isinstance(err, UpsertError)
    assert err.upserted_count == 4 and err.total == 10
    assert [b.ids for b in err.failed_batches] == [["id-4", "id-5"]]
    assert [b.ids for b in err.unsent_batches] == [["id-6", "id-7"], ["id-8", "id-9"]]
    assert len(err.errors) == 1 and err.failed_batches[0].may_have_landed  # a reset: the client cannot tell
    assert err.failed_ids == [f"id-{i}" for i in range(4, 10)]
    assert set(_stored(direct, host, [i for i, _ in VECTORS])) == {f"id-{i}" for i in range(4)}
    sent = len(proxy.requests("POST", "/vectors/upsert$"))
    assert sent == 3
    time.sleep(0.3)
    assert len(proxy.requests("POST", "/vectors/upsert$")) == sent  # nothing was sent after the error

    assert _upsert(mode, options, host, err.failed_vectors, batch_size=2).upserted_count == 6
    assert _stored(direct, host, [i for i, _ in VECTORS]) == dict(VECTORS)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_every_error_of_concurrent_batches_is_kept(
    mode: str, server: LocalServer, proxy: FaultProxy, direct: Pinecone
) -> None:
    host = _index(direct)
    # The first four batches are in flight together; two of them fail.
    proxy.inject(Fault.STATUS, method="POST", path="/vectors/upsert$", status=503, times=2)
    many = [(f"id-{i}", [float(i), 0.0, 0.0, 1.0]) for i in range(16)]
    err = _upsert(mode, through(server, proxy, retries=0), host, many, batch_size=2, max_concurrency=4)

    assert isinstance(err, UpsertError)
    assert len(err.errors) == len(err.failed_batches) == 2
    assert all(isinstance(e, ServerError) for e in err.errors)
    on_server = set(_stored(direct, host, [i for i, _ in many]))
    assert on_server == {i for i, _ in many} - set(err.failed_ids)  # exactly the ids it names are missing
    assert err.upserted_count == len(on_server)
    sent = len(proxy.requests("POST", "/vectors/upsert$"))
    assert sent == 8 - len(err.unsent_batches)
    time.sleep(0.3)
    assert len(proxy.requests("POST", "/vectors/upsert$")) == sent


def test_a_cancelled_async_upsert_stops_writing(server: LocalServer, proxy: FaultProxy, direct: Pinecone) -> None:
    host = _index(direct)
    proxy.inject(Fault.LATE_HEADERS, method="POST", path="/vectors/upsert$", times=None, delay=0.2)
    many = [(f"id-{i}", [float(i), 0.0, 0.0, 1.0]) for i in range(40)]

    async def main() -> None:
        async with AsyncPinecone(**through(server, proxy)) as apc:
            index = apc.Index(host=host)
            with pytest.raises(asyncio.TimeoutError):
                await asyncio.wait_for(index.upsert(many, batch_size=2, max_concurrency=2, show_progress=False), 0.3)

    asyncio.run(main())
    sent = len(proxy.requests("POST", "/vectors/upsert$"))
    assert sent < 20
    time.sleep(0.5)
    assert len(proxy.requests("POST", "/vectors/upsert$")) == sent


def test_dataframe_upserts_raise_the_same_error(server: LocalServer, proxy: FaultProxy, direct: Pinecone) -> None:
    pandas = pytest.importorskip("pandas")
    host = _index(direct)
    proxy.inject(Fault.STATUS, method="POST", path="/vectors/upsert$", body=b'"id-4"', status=429)  # batch 2 of 3
    frame = pandas.DataFrame({"id": [i for i, _ in VECTORS], "values": [v for _, v in VECTORS]})
    with Pinecone(**through(server, proxy, retries=0)) as pc:
        index = pc.Index(host=host)
        with pytest.raises(UpsertError) as caught:
            index.upsert_from_dataframe(frame, batch_size=4, show_progress=False)
        err = caught.value
        assert (err.upserted_count, err.failed_ids) == (6, [f"id-{i}" for i in range(4, 8)])
        assert not err.failed_batches[0].may_have_landed  # a 429: the server did nothing
        assert index.upsert(err.failed_vectors, batch_size=4, show_progress=False).upserted_count == 4
    assert _stored(direct, host, [i for i, _ in VECTORS]) == dict(VECTORS)


def test_an_id_twice_in_one_upsert_is_refused_before_sending(
    server: LocalServer, proxy: FaultProxy, direct: Pinecone
) -> None:
    host = _index(direct)
    with Pinecone(**through(server, proxy)) as pc, pytest.raises(InvalidArgumentError) as caught:
        pc.Index(host=host).upsert([("a", [1.0] * 4), ("b", [2.0] * 4), ("a", [3.0] * 4)], batch_size=1)
    assert "vectors[2]: the id 'a' is also vectors[0]" in str(caught.value)
    assert proxy.requests(path="/vectors/upsert$") == []


def test_a_stream_is_opened_again_after_a_refusal(server: LocalServer, proxy: FaultProxy, direct: Pinecone) -> None:
    direct.assistant.create_assistant("helper", timeout=30)
    proxy.inject(Fault.STATUS, method="POST", path="/chat/helper$", status=503)
    with Pinecone(**through(server, proxy)) as pc:
        chunks = list(pc.assistant.Assistant("helper").chat("Anyone there?", stream=True))
    assert chunks
    assert [s.fault for s in proxy.requests("POST", "/chat/helper$")] == [Fault.STATUS, None]
