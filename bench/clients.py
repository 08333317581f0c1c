"""The clients compared side by side, each behind the same three calls, all pinned to API 2025-04.

Each call returns what its client returns (a dict, a generated model, an official SDK
model); ``summarise_matches`` and ``summarise_fetch`` read any of them afterwards, so
results are checked outside the timed region.
"""

from __future__ import annotations

import asyncio
import importlib.metadata
from collections.abc import Callable, Mapping
from typing import Any, Protocol
from urllib.parse import urlencode, urlsplit

import httpx
import orjson
import urllib3

from pinecone_versioned import AsyncPinecone, Pinecone
from pinecone_versioned_gen._runtime.client import Client
from pinecone_versioned_gen._runtime.types import Unset
from pinecone_versioned_gen.v2025_04.db_data.api.vector_operations import fetch_vectors, query_vectors, upsert_vectors
from pinecone_versioned_gen.v2025_04.db_data.models import QueryRequest, UpsertRequest, UpsertResponse

API_VERSION = "2025-04"
API_KEY = "bench-key"  # a dummy: the canned and local servers started by the benchmark accept it
# Two references written by hand. The floor (httpx + orjson) is what a client built on httpx cannot
# avoid; urllib3 + orjson does the same calls with less (no httpx layers) and is the lower limit.
FLOOR = "floor httpx"
ASYNC_FLOOR = "floor httpx async"
LOWER = "urllib3+orjson"
# Each client's floor ratio is taken to the floor doing its kind of I/O: an event loop costs
# the same for any asyncio client, so async clients are measured against the async floor.
FLOOR_OF = {"ours async": ASYNC_FLOOR, ASYNC_FLOOR: ASYNC_FLOOR}
WIRE_HEADERS = {"Api-Key": API_KEY, "X-Pinecone-API-Version": API_VERSION}


class BenchClient(Protocol):
    """One client under test: upsert returns the count the server reports."""

    def upsert(self, vectors: list[dict[str, Any]]) -> int: ...

    def query(self, vector: list[float], top_k: int, include_values: bool) -> Any: ...

    def fetch(self, ids: list[str]) -> Any: ...

    def close(self) -> None: ...


class FloorClient:
    """httpx + orjson by hand: what any httpx-based client must do (not the least: see Urllib3Client)."""

    def __init__(self, url: str) -> None:
        self._http = httpx.Client(base_url=url, headers={**WIRE_HEADERS, "Content-Type": "application/json"})

    def _post(self, path: str, body: Mapping[str, Any]) -> Any:
        response = self._http.post(path, content=orjson.dumps(body, option=orjson.OPT_SERIALIZE_NUMPY))
        response.raise_for_status()
        return orjson.loads(response.content)

    def upsert(self, vectors: list[dict[str, Any]]) -> int:
        return int(self._post("/vectors/upsert", {"vectors": vectors})["upsertedCount"])

    def query(self, vector: list[float], top_k: int, include_values: bool) -> Any:
        body = {"vector": vector, "topK": top_k, "includeValues": include_values, "includeMetadata": True}
        return self._post("/query", body)

    def fetch(self, ids: list[str]) -> Any:
        response = self._http.get("/vectors/fetch", params={"ids": ids})
        response.raise_for_status()
        return orjson.loads(response.content)

    def close(self) -> None:
        self._http.close()


class AsyncFloorClient:
    """httpx.AsyncClient + orjson by hand, each call awaited in an event loop kept across calls."""

    def __init__(self, url: str) -> None:
        self._loop = asyncio.new_event_loop()
        self._http = httpx.AsyncClient(base_url=url, headers={**WIRE_HEADERS, "Content-Type": "application/json"})

    async def _post(self, path: str, body: Mapping[str, Any]) -> Any:
        response = await self._http.post(path, content=orjson.dumps(body, option=orjson.OPT_SERIALIZE_NUMPY))
        response.raise_for_status()
        return orjson.loads(response.content)

    async def _get(self, path: str, params: Mapping[str, Any]) -> Any:
        response = await self._http.get(path, params=params)
        response.raise_for_status()
        return orjson.loads(response.content)

    def upsert(self, vectors: list[dict[str, Any]]) -> int:
        return int(self._loop.run_until_complete(self._post("/vectors/upsert", {"vectors": vectors}))["upsertedCount"])

    def query(self, vector: list[float], top_k: int, include_values: bool) -> Any:
        body = {"vector": vector, "topK": top_k, "includeValues": include_values, "includeMetadata": True}
        return self._loop.run_until_complete(self._post("/query", body))

    def fetch(self, ids: list[str]) -> Any:
        return self._loop.run_until_complete(self._get("/vectors/fetch", {"ids": ids}))

    def close(self) -> None:
        self._loop.run_until_complete(self._http.aclose())
        self._loop.close()


class Urllib3Client:
    """urllib3 + orjson by hand, one kept-alive connection: the lower reference, below the httpx floor."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        headers = {**WIRE_HEADERS, "Content-Type": "application/json"}
        host = parts.hostname or "127.0.0.1"
        self._pool = urllib3.HTTPConnectionPool(host, parts.port, maxsize=1, headers=headers, retries=False)

    def _call(self, method: str, path: str, body: bytes | None = None) -> Any:
        response = self._pool.request(method, path, body=body)
        if response.status >= 400:
            raise RuntimeError(f"{method} {path} answered {response.status}: {response.data[:200]!r}")
        return orjson.loads(response.data)

    def upsert(self, vectors: list[dict[str, Any]]) -> int:
        body = orjson.dumps({"vectors": vectors}, option=orjson.OPT_SERIALIZE_NUMPY)
        return int(self._call("POST", "/vectors/upsert", body)["upsertedCount"])

    def query(self, vector: list[float], top_k: int, include_values: bool) -> Any:
        body = {"vector": vector, "topK": top_k, "includeValues": include_values, "includeMetadata": True}
        return self._call("POST", "/query", orjson.dumps(body))

    def fetch(self, ids: list[str]) -> Any:
        return self._call("GET", "/vectors/fetch?" + urlencode({"ids": ids}, doseq=True))

    def close(self) -> None:
        self._pool.close()


class GeneratedClient:
    """The generated functions of ``v2025_04.db_data`` called directly, models built with ``from_dict``."""

    def __init__(self, url: str) -> None:
        self._http = httpx.Client()
        self._client = Client(url, httpx_client=self._http, headers=WIRE_HEADERS)

    def upsert(self, vectors: list[dict[str, Any]]) -> int:
        response = upsert_vectors.sync_detailed(client=self._client, body=UpsertRequest.from_dict({"vectors": vectors}))
        if not isinstance(response.parsed, UpsertResponse):
            raise TypeError(f"upsert answered {response.status_code} with {type(response.parsed).__name__}")
        return int(response.parsed.upserted_count or 0)

    def query(self, vector: list[float], top_k: int, include_values: bool) -> Any:
        body = QueryRequest.from_dict(
            {"vector": vector, "topK": top_k, "includeValues": include_values, "includeMetadata": True}
        )
        return query_vectors.sync_detailed(client=self._client, body=body).parsed

    def fetch(self, ids: list[str]) -> Any:
        return fetch_vectors.sync_detailed(client=self._client, ids=ids).parsed

    def close(self) -> None:
        self._http.close()


class OursSyncClient:
    """``pinecone_versioned.Pinecone(...).Index(host=...)``."""

    def __init__(self, url: str) -> None:
        self._pc = Pinecone(api_key=API_KEY, api_version=API_VERSION)
        self._index = self._pc.Index(host=url)

    def upsert(self, vectors: list[dict[str, Any]]) -> int:
        return int(self._index.upsert(vectors).upserted_count)

    def query(self, vector: list[float], top_k: int, include_values: bool) -> Any:
        return self._index.query(top_k=top_k, vector=vector, include_values=include_values, include_metadata=True)

    def fetch(self, ids: list[str]) -> Any:
        return self._index.fetch(ids)

    def close(self) -> None:
        self._pc.close()


class OursAsyncClient:
    """``AsyncPinecone(...).Index(host=...)``, each call awaited in an event loop kept across calls."""

    def __init__(self, url: str) -> None:
        self._loop = asyncio.new_event_loop()
        self._pc = AsyncPinecone(api_key=API_KEY, api_version=API_VERSION)
        self._index = self._pc.Index(host=url)

    def upsert(self, vectors: list[dict[str, Any]]) -> int:
        return int(self._loop.run_until_complete(self._index.upsert(vectors)).upserted_count)

    def query(self, vector: list[float], top_k: int, include_values: bool) -> Any:
        call = self._index.query(top_k=top_k, vector=vector, include_values=include_values, include_metadata=True)
        return self._loop.run_until_complete(call)

    def fetch(self, ids: list[str]) -> Any:
        return self._loop.run_until_complete(self._index.fetch(ids))

    def close(self) -> None:
        self._loop.run_until_complete(self._pc.close())
        self._loop.close()


class OfficialClient:
    """The official ``pinecone`` SDK's REST ``Index(host=...)``."""

    def __init__(self, url: str) -> None:
        # Imported by name: the official SDK is optional, and typed as Any where it is absent.
        official: Any = importlib.import_module("pinecone")
        self._index: Any = official.Pinecone(api_key=API_KEY).Index(host=url)

    def upsert(self, vectors: list[dict[str, Any]]) -> int:
        return int(self._index.upsert(vectors=vectors).upserted_count)

    def query(self, vector: list[float], top_k: int, include_values: bool) -> Any:
        return self._index.query(vector=vector, top_k=top_k, include_values=include_values, include_metadata=True)

    def fetch(self, ids: list[str]) -> Any:
        return self._index.fetch(ids=ids)

    def close(self) -> None:
        self._index.close()


def official_version() -> str | None:
    """The installed official SDK's version, or None when ``import pinecone`` fails."""
    try:
        importlib.import_module("pinecone")
    except ImportError:
        return None
    return importlib.metadata.version("pinecone")


def client_factories() -> dict[str, Callable[[str], BenchClient]]:
    """The clients to compare, floor first; the official SDK only when it imports."""
    factories: dict[str, Callable[[str], BenchClient]] = {
        FLOOR: FloorClient,
        ASYNC_FLOOR: AsyncFloorClient,
        LOWER: Urllib3Client,
        "generated": GeneratedClient,
        "ours sync": OursSyncClient,
        "ours async": OursAsyncClient,
    }
    if official_version() is not None:
        factories["official"] = OfficialClient
    return factories


def _field(obj: Any, attribute: str, wire: str) -> Any:
    """A field of a decoded dict (by wire name) or of a model (by attribute), None when unset."""
    value = obj.get(wire) if isinstance(obj, dict) else getattr(obj, attribute, None)
    return None if isinstance(value, Unset) else value


def _plain(value: Any) -> Any:
    """A generated model's free-form object as a dict; dicts and None pass through."""
    additional = getattr(value, "additional_properties", None)
    return additional if additional is not None else value


def _values_and_metadata(item: Any) -> tuple[list[float], dict[str, Any]]:
    return list(_field(item, "values", "values") or ()), dict(_plain(_field(item, "metadata", "metadata")) or {})


def summarise_matches(result: Any) -> list[tuple[str, float, list[float], dict[str, Any]]]:
    """(id, score, values, metadata) of each match of a query result, as plain Python values."""
    return [
        (str(_field(m, "id", "id")), float(_field(m, "score", "score")), *_values_and_metadata(m))
        for m in _field(result, "matches", "matches") or ()
    ]


def summarise_fetch(result: Any) -> dict[str, tuple[list[float], dict[str, Any]]]:
    """(values, metadata) of each fetched vector, by id."""
    vectors = _plain(_field(result, "vectors", "vectors")) or {}
    return {key: _values_and_metadata(v) for key, v in vectors.items()}
