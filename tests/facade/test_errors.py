"""Every failure is a PineconeError: unreadable success bodies, URL limits, wrong argument types."""

from __future__ import annotations

import pytest

from pinecone_versioned import (
    InvalidArgumentTypeError,
    Pinecone,
    ServerlessSpec,
    UnexpectedResponseError,
)
from pinecone_versioned.local import LocalServer
from tests.facade.conftest import API_KEY, RequestLog, answering_server


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b"<html>gateway</html>", "is not valid JSON"),
        (b'{"name": "movies"}', "lacks the field"),
        (b'{"name": "movies", "dimension": "x", "metric": 5, "host": [], "spec": 1, "status": 2}', "does not match"),
        (b"[1, 2, 3]", "does not match"),
    ],
)
def test_an_unreadable_success_body_is_one_error_naming_the_operation(body: bytes, problem: str) -> None:
    with answering_server(body) as url:
        with Pinecone(api_key=API_KEY, host=url, retries=0) as pc, pytest.raises(UnexpectedResponseError) as caught:
            pc.describe_index("movies")
        assert caught.value.operation == "describe_index"
        assert problem in str(caught.value)
        assert str(caught.value).startswith("describe_index:")


def test_a_fetch_of_a_thousand_long_ids_is_split_and_merged(server: LocalServer, request_log: RequestLog) -> None:
    with Pinecone(api_key=API_KEY, api_version="2025-04", host=server.url, retries=0) as pc:
        pc.create_index("long-ids", ServerlessSpec("aws", "us-east-1"), dimension=2)
        index = pc.Index("long-ids")
        ids = [f"{n:04d}-" + "x" * 400 for n in range(1000)]
        index.upsert([(i, [1.0, float(n)]) for n, i in enumerate(ids)], batch_size=250, show_progress=False)
        request_log.clear()
        fetched = index.fetch(ids + ["missing-" + "y" * 400])
    vectors = fetched.vectors.additional_properties
    assert sorted(vectors) == ids  # nothing lost, nothing invented
    assert vectors[ids[999]].values == [1.0, 999.0]
    fetches = [path for method, path in request_log.seen if method == "GET" and path.endswith("/vectors/fetch")]
    assert len(fetches) > 1  # the URL of all ids at once is far past 400 KB


def test_a_wrong_argument_type_is_refused_before_any_side_effect(server: LocalServer, request_log: RequestLog) -> None:
    with Pinecone(api_key=API_KEY, host=server.url, retries=0) as pc:
        with pytest.raises(InvalidArgumentTypeError, match="timeout='5'") as caught:
            pc.create_index("typed", ServerlessSpec("aws", "us-east-1"), dimension=2, timeout="5")  # type: ignore[arg-type]
        assert isinstance(caught.value, TypeError)  # as Python itself would raise
        assert len(request_log) == 0
        assert not pc.has_index("typed")


def test_an_unknown_keyword_is_a_pinecone_error_too(server: LocalServer) -> None:
    with (
        Pinecone(api_key=API_KEY, host=server.url, retries=0) as pc,
        pytest.raises(InvalidArgumentTypeError, match="dimensoin"),
    ):
        pc.create_index("typed", ServerlessSpec("aws", "us-east-1"), dimensoin=2)  # type: ignore[call-arg]
