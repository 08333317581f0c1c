"""Inference, assistants and administration end to end against the local server, sync and async."""

from __future__ import annotations

import io
import logging
import math
import time
from collections.abc import Iterator
from typing import Any

import pytest

import pinecone_versioned as pv
from pinecone_versioned.local import LocalServer
from tests.facade.conftest import API_KEY, VERSIONS, check_versions_on_the_wire, record_requests
from tests.facade.test_e2e import Client, collect, run

pytestmark = pytest.mark.anyio

STREAM_DELAY = 0.2  # seconds the server waits between streamed events
CLIENT_ID, CLIENT_SECRET = "svc-local-id", "svc-secret-5e4d3c2b1a"


@pytest.fixture
def slow_stream_server(request: pytest.FixtureRequest) -> Iterator[LocalServer]:
    with LocalServer(api_key=API_KEY, strict=True, stream_delay=STREAM_DELAY) as running:
        seen = record_requests(running)
        yield running
    check_versions_on_the_wire(request, seen)


def _client(kind: str, server: LocalServer, version: str) -> Client:
    cls = pv.Pinecone if kind == "sync" else pv.AsyncPinecone
    return cls(api_key=API_KEY, api_version=version, host=server.url, retries=0)


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _since(operation: str) -> list[str]:
    return [v for v in VERSIONS if operation in pv.capabilities(v)]


# --- inference ---------------------------------------------------------------


@pytest.mark.parametrize("version", _since("embed"))
async def test_embed_in_batches_keeps_order(kind: str, server: LocalServer, version: str) -> None:
    client = _client(kind, server, version)
    texts = [f"passage number {n} about jazz" for n in range(200)]  # three requests of at most 96
    parameters = {"input_type": "passage", "truncate": "END"}
    batched = await run(client.inference.embed("multilingual-e5-large", texts, parameters))
    assert len(batched.data) == 200
    for position in (0, 95, 96, 199):
        alone = await run(client.inference.embed("multilingual-e5-large", [texts[position]], parameters))
        assert batched.data[position].values == alone.data[0].values
    # multilingual-e5-large gives 1024 dimensions; the stand-in's vectors are unit length (its docstring).
    assert len(batched.data[0].values) == 1024
    assert math.fsum(x * x for x in batched.data[0].values) == pytest.approx(1.0, abs=1e-5)
    assert batched.data[0].values != batched.data[1].values  # different texts, different vectors


@pytest.mark.parametrize("version", [v for v in _since("embed") if v >= "2025-01"])
async def test_sparse_embed(kind: str, server: LocalServer, version: str) -> None:
    client = _client(kind, server, version)
    result = await run(
        client.inference.embed("pinecone-sparse-english-v0", ["jazz saxophone"], {"input_type": "query"})
    )
    embedding = result.data[0]
    # The stand-in sparse model weighs each distinct word 1 + log(count), normalised: two words once each.
    assert len(embedding.sparse_indices) == 2 and embedding.sparse_indices == sorted(embedding.sparse_indices)
    assert embedding.sparse_values == pytest.approx([math.sqrt(0.5)] * 2)


@pytest.mark.parametrize("version", _since("rerank"))
async def test_rerank(kind: str, server: LocalServer, version: str) -> None:
    client = _client(kind, server, version)
    documents = ["the history of the saxophone", "jazz in new orleans", "baking bread at home"]
    result = await run(client.inference.rerank("bge-reranker-v2-m3", "saxophone history", documents, top_n=2))
    assert [row.index for row in result.data] == [0, 1]
    assert result.data[0].score >= result.data[1].score
    assert result.data[0].document["text"] == documents[0]  # documents are free-form objects


@pytest.mark.parametrize("version", _since("list_models"))
async def test_models(kind: str, server: LocalServer, version: str) -> None:
    client = _client(kind, server, version)
    listed = await run(client.inference.list_models(type="rerank"))
    names = {model.model for model in listed.models}
    assert "bge-reranker-v2-m3" in names
    described = await run(client.inference.describe_model("multilingual-e5-large"))
    assert described.model == "multilingual-e5-large"


# --- assistants ----------------------------------------------------------------

NOTES = "The saxophone was invented by Adolphe Sax.\n\nJazz grew up in New Orleans around 1900."


@pytest.mark.parametrize("version", _since("create_assistant"))
async def test_assistant_with_file_chat_and_context(kind: str, slow_stream_server: LocalServer, version: str) -> None:
    client = _client(kind, slow_stream_server, version)
    created = await run(client.assistant.create_assistant("music", instructions="Answer briefly.", timeout=30))
    assert str(getattr(created.status, "value", created.status)) == "Ready"
    assistant = client.assistant.Assistant("music")

    uploaded = await run(
        assistant.upload_file(
            file_stream=io.BytesIO(NOTES.encode()), file_name="notes.txt", metadata={"topic": "music"}, timeout=30
        )
    )
    assert str(getattr(uploaded.status, "value", uploaded.status)) == "Available"
    assert [f.name for f in (await run(assistant.list_files(filter={"topic": "music"}))).files] == ["notes.txt"]
    assert (await run(assistant.list_files(filter={"topic": "cooking"}))).files == []

    answer = await run(assistant.chat("Who invented the saxophone?"))
    assert "Adolphe Sax" in answer.message.content
    assert answer.citations and answer.citations[0].references[0].file.name == "notes.txt"

    arrivals: list[tuple[float, pv.ChatStreamChunk]] = await collect_timed(
        assistant.chat("Who invented the saxophone?", stream=True)
    )
    kinds = [chunk.type for _, chunk in arrivals]
    assert kinds[0] == "message_start"
    assert kinds[-1] == "message_end"
    assert "content_chunk" in kinds
    assert "Adolphe Sax" in "".join(chunk.content or "" for _, chunk in arrivals)
    # Chunks were handed over as they came: the first arrived a delay per later event before the last.
    assert arrivals[-1][0] - arrivals[0][0] >= STREAM_DELAY * (len(arrivals) - 1) * 0.9

    completion = await collect(assistant.chat_completions("Where did jazz grow up?", stream=True))
    assert len({chunk.id for chunk in completion}) == 1 and completion[0].id  # one completion, in pieces
    assert [chunk.choices[0].finish_reason for chunk in completion][-1] == "stop"
    assert "New Orleans" in "".join(c.choices[0].delta.content or "" for c in completion if c.choices)

    context = await run(assistant.context(query="saxophone"))
    assert any("Adolphe Sax" in snippet.content for snippet in context.snippets)

    await run(assistant.delete_file(uploaded.id))
    assert (await run(assistant.list_files())).files == []
    await run(client.assistant.delete_assistant("music", timeout=30))
    assert [a.name for a in (await run(client.assistant.list_assistants())).assistants] == []


async def collect_timed(items: Any) -> list[tuple[float, Any]]:
    """Items of a sync or async iterator with the time each was received."""
    if hasattr(items, "__aiter__"):
        return [(time.monotonic(), item) async for item in items]
    return [(time.monotonic(), item) for item in items]


# --- administration ------------------------------------------------------------


@pytest.mark.parametrize("version", _since("create_project"))
async def test_service_account_manages_projects_and_keys(
    kind: str, server: LocalServer, version: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    cls = pv.Admin if kind == "sync" else pv.AsyncAdmin
    admin = cls(CLIENT_ID, CLIENT_SECRET, api_version=version, host=server.url, login_host=server.url, retries=0)
    project = await run(admin.create_project("search-team", max_pods=2))
    assert project.name == "search-team"
    assert "search-team" in [p.name for p in (await run(admin.list_projects())).data]

    created = await run(admin.create_api_key(str(project.id), "ci", roles=["ProjectEditor"]))
    secret = created.value
    assert secret and [k.name for k in (await run(admin.list_api_keys(str(project.id)))).data] == ["ci"]
    # The new key works against the same server (which has no index yet), and stops working once deleted.
    with_new_key = _client(kind, server, version).with_options(api_key=secret)
    assert (await run(with_new_key.list_indexes())).indexes == []

    await run(admin.delete_api_key(str(created.key.id)))
    with pytest.raises(pv.UnauthorizedError):
        await run(with_new_key.list_indexes())
    await run(admin.delete_project(str(project.id)))
    assert "search-team" not in [p.name for p in (await run(admin.list_projects())).data]

    with pytest.raises(pv.NotFoundError) as missing:
        await run(admin.describe_project(str(project.id)))
    for text in (caplog.text, repr(admin), str(missing.value), repr(vars(missing.value))):
        assert CLIENT_SECRET not in text
        assert "Bearer " not in text


def test_admin_needs_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PINECONE_CLIENT_ID", raising=False)
    monkeypatch.delenv("PINECONE_CLIENT_SECRET", raising=False)
    with pytest.raises(pv.ConfigurationError, match="PINECONE_CLIENT_SECRET"):
        pv.Admin()
