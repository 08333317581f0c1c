"""How the clients build their connection pools and requests: proxy, timeout, logging, ownership
of the pool and hosts, sync and async alike, observed on a real local server."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

import pinecone_versioned as pv
from pinecone_versioned._config import resolve_config
from pinecone_versioned._engine import Session
from pinecone_versioned.local import LocalServer
from tests.facade.conftest import API_KEY, Received
from tests.facade.test_e2e import collect, run

pytestmark = pytest.mark.anyio

UNRESOLVABLE = "http://pinecone.invalid"  # .invalid never resolves (RFC 2606)


def _client(kind: str, **options: Any) -> pv.Pinecone | pv.AsyncPinecone:
    cls = pv.Pinecone if kind == "sync" else pv.AsyncPinecone
    return cls(api_key=API_KEY, api_version="2025-04", retries=0, **options)


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def test_requests_go_through_the_proxy(kind: str, server: LocalServer) -> None:
    # The local server reads the absolute URL a proxy is sent as a plain request, so it can stand in for one.
    # allow_insecure_http: the key may go over plain http here, since the "proxy" is our loopback server.
    with pytest.raises(pv.PineconeConnectionError):
        await run(_client(kind, host=UNRESOLVABLE, allow_insecure_http=True).list_indexes())
    proxied = _client(kind, host=UNRESOLVABLE, proxy=server.url, allow_insecure_http=True)
    assert (await run(proxied.list_indexes())).indexes == []


async def test_each_request_is_logged_with_method_and_url_only(
    kind: str, server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="pinecone_versioned")
    await run(_client(kind, host=server.url).list_indexes())
    messages = [r.getMessage() for r in caplog.records if r.name == "pinecone_versioned"]
    assert messages == [f"GET {server.url}/indexes"]


def test_the_timeout_reaches_the_pool() -> None:
    assert pv.Pinecone(api_key=API_KEY, timeout=7.5)._session.sync_http.timeout == httpx.Timeout(7.5)
    assert pv.AsyncPinecone(api_key=API_KEY, timeout=7.5)._session.async_http.timeout == httpx.Timeout(7.5)
    default = httpx.Timeout(60.0, connect=10.0)  # the documented default: 60 s, 10 s to connect
    assert pv.Pinecone(api_key=API_KEY)._session.sync_http.timeout == default


async def test_a_pool_the_caller_gave_is_left_open_and_ours_is_closed(kind: str, server: LocalServer) -> None:
    given = httpx.Client() if kind == "sync" else httpx.AsyncClient()
    borrowing = _client(kind, host=server.url, http_client=given)
    await run(borrowing.list_indexes())
    await run(borrowing.close())
    assert not given.is_closed

    owning = _client(kind, host=server.url)
    await run(owning.list_indexes())
    pool = owning._session._http
    assert pool is not None and not pool.is_closed
    await run(owning.close())
    assert pool.is_closed
    await run(given.aclose() if isinstance(given, httpx.AsyncClient) else given.close())


def test_a_surface_whose_server_is_a_template_needs_a_host() -> None:
    # db_data's server in every spec is a template (the index host); nothing can be sent without one.
    config = resolve_config(
        api_key=API_KEY, api_version="2025-04", host=None, timeout=None, retries=0,
        additional_headers=None, proxy=None, verify=True, cert=None, http2=False,
    )  # fmt: skip
    with pytest.raises(pv.InvalidArgumentError, match="the db_data surface needs a host; none was given"):
        Session(config, asynchronous=False).surface_client("db_data", None)
    assert Session(config, asynchronous=False).surface_client("db_control", None)


async def test_a_streamed_chat_sends_json_and_asks_for_events(
    kind: str, server: LocalServer, received: list[Received]
) -> None:
    client = _client(kind, host=server.url)
    await run(client.assistant.create_assistant("streams", timeout=30))
    assistant = client.assistant.Assistant("streams")
    chunks = await collect(assistant.chat("Anything?", stream=True))
    assert chunks[0].type == "message_start" and chunks[-1].type == "message_end"
    (chat,) = [r for r in received if r.method == "POST" and r.path.endswith("/chat/streams")]
    assert chat.headers["accept"] == "text/event-stream"
    assert chat.headers["content-type"] == "application/json"


@pytest.mark.parametrize("version", ["2025-04", "2025-10"])  # a plain string, then an enum in the spec
async def test_a_query_parameter_reaches_the_server(kind: str, server: LocalServer, version: str) -> None:
    client = _client(kind, host=server.url)
    pinned = client.with_options(api_version=version)
    listed = await run(pinned.inference.list_models(type="rerank"))
    # The local server's rerank stand-ins (README): the filter was applied, so no embedding model is listed.
    assert {m.model for m in listed.models} == {"bge-reranker-v2-m3", "pinecone-rerank-v0", "cohere-rerank-3.5"}
