"""The retry policy, from a table: what is retried, how often, and how long each wait is.

Faults no server produces on demand (a refused connection mid-sequence, a chosen
Retry-After) come from an httpx mock transport under the real retry layer.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import httpx
import httpx_retries.retry
import pytest
from httpx_retries import RetryTransport

import pinecone_versioned as pv
from pinecone_versioned._config import RetryConfig
from pinecone_versioned._http import retry_policy

OK = httpx.Response(200, json={"indexes": []})


@dataclass
class Row:
    name: str
    answers: list[httpx.Response | type[Exception]]
    attempts: int
    sleeps: list[tuple[float, float]]  # (min, max) of each wait, in order
    raises: type[Exception] | None = None
    config: RetryConfig = field(default_factory=RetryConfig)


def _error(status: int, headers: dict[str, str] | None = None) -> httpx.Response:
    body = {"error": {"code": "X", "message": f"status {status}"}, "status": status}
    return httpx.Response(status, json=body, headers=headers)


TABLE = [
    Row("503 then success: one wait from the jittered backoff", [_error(503), OK], 2, [(0.0, 1.0)]),
    Row("429 with Retry-After is honoured exactly", [_error(429, {"Retry-After": "2"}), OK], 2, [(2.0, 2.0)]),
    Row("Retry-After above the cap waits the cap", [_error(429, {"Retry-After": "100"}), OK], 2, [(20.0, 20.0)]),
    Row(
        "500s until the budget is spent raise ServerError",
        [_error(500)] * 4,
        4,
        [(0.0, 1.0), (0.0, 2.0), (0.0, 4.0)],
        raises=pv.ServerError,
    ),
    Row(
        "429 after retries raises RateLimitedError", [_error(429)] * 4, 4, [(0, 1), (0, 2), (0, 4)], pv.RateLimitedError
    ),
    Row("a refused connection is retried", [httpx.ConnectError, OK], 2, [(0.0, 1.0)]),
    Row("400 is the caller's fault: no retry", [_error(400)], 1, [], raises=pv.BadRequestError),
    Row("404 is final: no retry", [_error(404)], 1, [], raises=pv.NotFoundError),
    Row("retries=0 sends once", [_error(503)], 1, [], raises=pv.ServerError, config=RetryConfig(attempts=0)),
]


def _transport(answers: list[httpx.Response | type[Exception]], calls: list[httpx.Request]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        answer = answers[len(calls) - 1]
        if isinstance(answer, type):
            raise answer("refused", request=request)
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    return httpx.MockTransport(handle)


@pytest.mark.parametrize("row", TABLE, ids=[r.name for r in TABLE])
def test_retry_table_sync(row: Row, monkeypatch: pytest.MonkeyPatch) -> None:
    sleeps: list[float] = []
    monkeypatch.setattr(httpx_retries.retry.time, "sleep", sleeps.append)
    calls: list[httpx.Request] = []
    http = httpx.Client(
        transport=RetryTransport(transport=_transport(row.answers, calls), retry=retry_policy(row.config))
    )
    client = pv.Pinecone(api_key="k", host="https://control.test", http_client=http)
    if row.raises is None:
        client.list_indexes()
    else:
        with pytest.raises(row.raises):
            client.list_indexes()
    _check(row, calls, sleeps)


@pytest.mark.anyio
@pytest.mark.parametrize("row", TABLE, ids=[r.name for r in TABLE])
async def test_retry_table_async(row: Row, monkeypatch: pytest.MonkeyPatch) -> None:
    sleeps: list[float] = []

    async def record(seconds: float) -> None:
        sleeps.append(seconds)

    monkeypatch.setattr(httpx_retries.retry.asyncio, "sleep", record)
    calls: list[httpx.Request] = []
    transport = RetryTransport(transport=_transport(row.answers, calls), retry=retry_policy(row.config))
    client = pv.AsyncPinecone(
        api_key="k", host="https://control.test", http_client=httpx.AsyncClient(transport=transport)
    )
    if row.raises is None:
        await client.list_indexes()
    else:
        with pytest.raises(row.raises):
            await client.list_indexes()
    _check(row, calls, sleeps)


def _check(row: Row, calls: list[httpx.Request], sleeps: list[float]) -> None:
    assert len(calls) == row.attempts
    assert len(sleeps) == len(row.sleeps)
    for slept, (low, high) in zip(sleeps, row.sleeps, strict=True):
        assert low <= slept <= high


def test_posts_are_retried_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(httpx_retries.retry.time, "sleep", lambda seconds: None)
    calls: list[httpx.Request] = []
    upserted = httpx.Response(200, content=json.dumps({"upsertedCount": 1}).encode())
    http = httpx.Client(
        transport=RetryTransport(
            transport=_transport([_error(503), upserted], calls), retry=retry_policy(RetryConfig())
        )
    )
    index = pv.Pinecone(api_key="k", http_client=http).Index(host="index.test")
    assert index.upsert([("a", [1.0])]) == 1
    assert [c.method for c in calls] == ["POST", "POST"]
