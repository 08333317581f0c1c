"""Credentials stay safe: no clear text to other machines, nothing shown or pickled, TLS verified,
and one connection pool per client however many threads make the first call."""

from __future__ import annotations

import copy
import dataclasses
import pickle
import ssl
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
import trustme

from pinecone_versioned import (
    AsyncPinecone,
    ClientClosedError,
    ConfigurationError,
    Pinecone,
    PineconeConnectionError,
    PineconeError,
    _engine,
)
from pinecone_versioned.local import LocalServer
from tests.facade.conftest import API_KEY, RequestLog, answering_server

PROXY_PASSWORD = "proxy-pass-5b1e"


@pytest.mark.parametrize("host", ["http://api.example.com", "http://10.0.0.7:5080", "http://[2001:db8::1]:80"])
def test_plain_http_to_another_machine_is_refused_unless_opted_in(host: str) -> None:
    with pytest.raises(ConfigurationError, match="allow_insecure_http=True"):
        Pinecone(api_key=API_KEY, host=host)
    assert Pinecone(api_key=API_KEY, host=host, allow_insecure_http=True).config.control_host == host


@pytest.mark.parametrize("host", ["http://localhost:5080", "http://127.0.0.1:5080", "http://[::1]:5080"])
def test_plain_http_to_loopback_is_allowed(host: str) -> None:
    assert Pinecone(api_key=API_KEY, host=host).config.control_host == host


def test_an_index_host_over_plain_http_is_refused_too() -> None:
    pc = Pinecone(api_key=API_KEY, host="http://127.0.0.1:5080")
    with pytest.raises(ConfigurationError, match="plain http"):
        pc.Index(host="http://movies.example.com")
    insecure = Pinecone(api_key=API_KEY, host="http://127.0.0.1:5080", allow_insecure_http=True)
    assert "movies.example.com" in repr(insecure.Index(host="http://movies.example.com"))


def test_no_secret_in_repr_asdict_or_pickle() -> None:
    proxy = f"http://alice:{PROXY_PASSWORD}@proxy.example:3128"
    pc = Pinecone(api_key=API_KEY, proxy=proxy)
    config = pc.config
    for shown in (repr(config), str(dataclasses.asdict(config)), repr(pc), str(config.proxy)):
        assert API_KEY not in shown
        assert PROXY_PASSWORD not in shown
    assert "proxy.example:3128" in repr(config)  # the proxy stays recognisable
    with pytest.raises(PineconeError, match="never pickled"):
        pickle.dumps(config)
    assert copy.deepcopy(config).api_key.value == API_KEY  # copies keep the key, they do not show it
    for holder in (pc, pc.Index(host="https://movies.example.com")):
        with pytest.raises(PineconeError, match="pickled"):
            pickle.dumps(holder)


def test_with_options_keeps_the_key_and_proxy_without_showing_them() -> None:
    proxy = f"http://alice:{PROXY_PASSWORD}@proxy.example:3128"
    changed = Pinecone(api_key=API_KEY, proxy=proxy).with_options(api_version="2025-04")
    assert changed.config.api_key is not None and changed.config.api_key.value == API_KEY
    assert changed.config.proxy is not None and changed.config.proxy.value == proxy
    assert API_KEY not in repr(changed._options)
    assert PROXY_PASSWORD not in repr(changed._options)


# --- TLS against a real socket ---------------------------------------------------


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def tls_server(ca: trustme.CA) -> Iterator[str]:
    """A loopback HTTPS server with a certificate from a CA no system trusts; answers list_indexes."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost", "127.0.0.1").configure_cert(context)
    with answering_server(b'{"indexes": []}', context) as url:
        yield url


def test_tls_verification_is_on_by_default(tls_server: str) -> None:
    pc = Pinecone(api_key=API_KEY, host=tls_server, retries=0)
    with pc, pytest.raises(PineconeConnectionError, match="CERTIFICATE_VERIFY_FAILED|certificate verify failed"):
        pc.list_indexes()


def test_tls_accepts_the_server_with_its_ca_bundle(tls_server: str, ca: trustme.CA) -> None:
    with ca.cert_pem.tempfile() as bundle, Pinecone(api_key=API_KEY, host=tls_server, retries=0, verify=bundle) as pc:
        assert pc.list_indexes().indexes == []


@pytest.mark.anyio
async def test_the_async_client_verifies_tls_too(tls_server: str, ca: trustme.CA) -> None:
    async with AsyncPinecone(api_key=API_KEY, host=tls_server, retries=0) as apc:
        with pytest.raises(PineconeConnectionError, match="CERTIFICATE_VERIFY_FAILED|certificate verify failed"):
            await apc.list_indexes()
    with ca.cert_pem.tempfile() as bundle:
        async with AsyncPinecone(api_key=API_KEY, host=tls_server, retries=0, verify=bundle) as apc:
            assert (await apc.list_indexes()).indexes == []


def test_a_missing_ca_bundle_is_refused_when_the_client_is_built() -> None:
    with pytest.raises(ConfigurationError, match="no such CA bundle"):
        Pinecone(api_key=API_KEY, verify="/nonexistent/ca.pem")


# --- one pool, and closed means closed ------------------------------------------------


def test_a_parallel_first_call_builds_one_pool_and_close_closes_it(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = []
    original = _engine.build_sync_client

    def counting_build(config: object) -> object:
        pool = original(config)  # type: ignore[arg-type]
        built.append(pool)
        return pool

    monkeypatch.setattr(_engine, "build_sync_client", counting_build)
    pc = Pinecone(api_key=API_KEY, host=server.url, retries=0)
    start = threading.Barrier(8)

    def first_call() -> object:
        start.wait()  # all eight threads ask for the pool at once
        return pc.list_indexes()

    with ThreadPoolExecutor(8) as pool:
        for answer in [pool.submit(first_call) for _ in range(8)]:
            answer.result()
    assert len(built) == 1
    pc.close()
    assert built[0].is_closed


def test_a_client_closed_before_its_first_request_refuses_to_work(server: LocalServer, request_log: RequestLog) -> None:
    pc = Pinecone(api_key=API_KEY, host=server.url, retries=0)
    index = pc.Index(host=server.url)
    pc.close()
    with pytest.raises(ClientClosedError, match="closed"):
        pc.list_indexes()
    with pytest.raises(ClientClosedError):
        index.describe_index_stats()
    assert len(request_log) == 0


def test_a_closed_client_used_again_raises_a_clear_error(server: LocalServer) -> None:
    with Pinecone(api_key=API_KEY, host=server.url, retries=0) as pc:
        pc.list_indexes()
    with pytest.raises(ClientClosedError) as raised:
        pc.list_indexes()
    assert str(raised.value) == "this client was closed: create a new Pinecone (or AsyncPinecone) client"


@pytest.mark.anyio
async def test_a_closed_async_client_raises_a_clear_error(server: LocalServer, request_log: RequestLog) -> None:
    never_used = AsyncPinecone(api_key=API_KEY, host=server.url, retries=0)
    await never_used.close()
    with pytest.raises(ClientClosedError):
        await never_used.list_indexes()
    async with AsyncPinecone(api_key=API_KEY, host=server.url, retries=0) as pc:
        await pc.list_indexes()
    with pytest.raises(ClientClosedError):
        await pc.list_indexes()
    assert len(request_log) == 1


def test_a_closed_http_client_of_the_caller_is_reported(server: LocalServer) -> None:
    import httpx

    http = httpx.Client()
    pc = Pinecone(api_key=API_KEY, host=server.url, retries=0, http_client=http)
    http.close()
    with pytest.raises(ClientClosedError, match="http_client"):
        pc.list_indexes()
