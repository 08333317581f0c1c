"""The retry policy from a table, then the two transports that apply it.

Faults no server produces on demand (a refused connection mid-sequence, a chosen
Retry-After) come from an httpx mock transport under the real retry transport.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime

import httpx
import pytest

import pinecone_versioned as pv
from pinecone_versioned import _retry
from pinecone_versioned._config import RetryConfig
from pinecone_versioned._retry import AsyncRetryTransport, RetryTransport, decide

POLICY = RetryConfig()  # 3 retries, backoff 0.5 s doubling, waits capped at 20 s
NOW = 1_800_000_000.0


@pytest.mark.parametrize(
    ("attempt", "status", "headers", "jitter", "retry", "delay"),
    [
        (1, 503, {}, 1.0, True, 0.5),
        (2, 503, {}, 1.0, True, 1.0),
        (3, 500, {}, 1.0, True, 2.0),
        (3, 500, {}, 0.25, True, 0.5),  # full jitter scales the wait
        (4, 503, {}, 1.0, False, 0.0),  # the budget of three retries is spent
        (1, None, {}, 1.0, True, 0.5),  # no response at all
        (1, 429, {"Retry-After": "7"}, 0.0, True, 7.0),  # the server's wait wins over jitter
        (1, 429, {"Retry-After": "600"}, 1.0, True, 20.0),  # capped
        (1, 429, {"Retry-After": format_datetime(datetime.fromtimestamp(NOW + 3, UTC), usegmt=True)}, 1.0, True, 3.0),
        (1, 429, {"Retry-After": "soon"}, 1.0, True, 0.5),  # unreadable: back off as usual
        (1, 429, {"Retry-After": format_datetime(datetime.fromtimestamp(NOW - 5, UTC), usegmt=True)}, 1.0, True, 0.0),
        (1, 400, {}, 1.0, False, 0.0),
        (1, 404, {}, 1.0, False, 0.0),
        (1, 409, {}, 1.0, False, 0.0),
    ],
)
def test_policy_table(
    attempt: int, status: int | None, headers: dict[str, str], jitter: float, retry: bool, delay: float
) -> None:
    decision = decide(POLICY, attempt, status=status, headers=httpx.Headers(headers), now=NOW, jitter=jitter)
    assert (decision.retry, round(decision.delay, 6)) == (retry, delay)


def test_no_retries_when_disabled() -> None:
    assert not decide(RetryConfig(attempts=0), 1, status=503).retry


@dataclass
class Row:
    name: str
    answers: list[httpx.Response | type[Exception]]
    attempts: int
    raises: type[Exception] | None = None
    config: RetryConfig = field(default_factory=RetryConfig)


def _error(status: int, headers: dict[str, str] | None = None) -> httpx.Response:
    body = {"error": {"code": "X", "message": f"status {status}"}, "status": status}
    return httpx.Response(status, json=body, headers=headers)


OK = httpx.Response(200, json={"indexes": []})
RETRY_AT_NOW_PLUS_3 = format_datetime(datetime.fromtimestamp(NOW + 3, UTC), usegmt=True)
JITTER = 0.25  # what random.random() returns in the transport tests
# The waits each row must see, from the policy table above: the server's Retry-After wins over jitter;
# otherwise 0.5 s doubling per attempt, scaled by the jitter.
EXPECTED_SLEEPS = {
    "429 with Retry-After then success": [2.0],
    "429 with a Retry-After date then success": [3.0],
    "503 then success": [0.5 * JITTER],
    "a refused connection is retried": [0.5 * JITTER],
    "500s until the budget is spent raise ServerError": [0.5 * JITTER, 1.0 * JITTER, 2.0 * JITTER],
}


def _freeze_clock_and_jitter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_retry.time, "time", lambda: NOW)
    monkeypatch.setattr(_retry.random, "random", lambda: JITTER)


ROWS = [
    Row("503 then success", [_error(503), OK], 2),
    Row("429 with Retry-After then success", [_error(429, {"Retry-After": "2"}), OK], 2),
    Row("429 with a Retry-After date then success", [_error(429, {"Retry-After": RETRY_AT_NOW_PLUS_3}), OK], 2),
    Row("500s until the budget is spent raise ServerError", [_error(500)] * 4, 4, pv.ServerError),
    Row("429s after retries raise RateLimitedError", [_error(429)] * 4, 4, pv.RateLimitedError),
    Row("a refused connection is retried", [httpx.ConnectError, OK], 2),
    Row("refused every time: a connection error", [httpx.ConnectError] * 4, 4, pv.PineconeConnectionError),
    Row("400 is not retried", [_error(400)], 1, pv.BadRequestError),
    Row("retries=0 sends once", [_error(503)], 1, pv.ServerError, RetryConfig(attempts=0)),
]


def _mock(answers: list[httpx.Response | type[Exception]], calls: list[httpx.Request]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        answer = answers[len(calls) - 1]
        if isinstance(answer, type):
            raise answer("refused", request=request)
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    return httpx.MockTransport(handle)


@pytest.mark.parametrize("row", ROWS, ids=[r.name for r in ROWS])
def test_sync_transport(row: Row, monkeypatch: pytest.MonkeyPatch) -> None:
    sleeps: list[float] = []
    monkeypatch.setattr(_retry.time, "sleep", sleeps.append)
    _freeze_clock_and_jitter(monkeypatch)
    calls: list[httpx.Request] = []
    http = httpx.Client(transport=RetryTransport(_mock(row.answers, calls), row.config))
    client = pv.Pinecone(api_key="k", host="https://control.test", http_client=http)
    if row.raises is None:
        client.list_indexes()
    else:
        with pytest.raises(row.raises):
            client.list_indexes()
    assert len(calls) == row.attempts
    assert len(sleeps) == row.attempts - 1
    if row.name in EXPECTED_SLEEPS:
        assert sleeps == pytest.approx(EXPECTED_SLEEPS[row.name])


@pytest.mark.anyio
@pytest.mark.parametrize("row", ROWS, ids=[r.name for r in ROWS])
async def test_async_transport(row: Row, monkeypatch: pytest.MonkeyPatch) -> None:
    sleeps: list[float] = []

    async def record(seconds: float) -> None:
        sleeps.append(seconds)

    monkeypatch.setattr(asyncio, "sleep", record)
    _freeze_clock_and_jitter(monkeypatch)
    calls: list[httpx.Request] = []
    http = httpx.AsyncClient(transport=AsyncRetryTransport(_mock(row.answers, calls), row.config))
    client = pv.AsyncPinecone(api_key="k", host="https://control.test", http_client=http)
    if row.raises is None:
        await client.list_indexes()
    else:
        with pytest.raises(row.raises):
            await client.list_indexes()
    assert len(calls) == row.attempts
    assert len(sleeps) == row.attempts - 1
    if row.name in EXPECTED_SLEEPS:
        assert sleeps == pytest.approx(EXPECTED_SLEEPS[row.name])


def test_posts_are_retried_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_retry.time, "sleep", lambda seconds: None)
    calls: list[httpx.Request] = []
    upserted = httpx.Response(200, content=json.dumps({"upsertedCount": 1}).encode())
    http = httpx.Client(transport=RetryTransport(_mock([_error(503), upserted], calls), RetryConfig()))
    index = pv.Pinecone(api_key="k", http_client=http).Index(host="index.test")
    assert index.upsert([("a", [1.0])]) == 1
    assert [c.method for c in calls] == ["POST", "POST"]
    assert calls[0].content == calls[1].content  # the body was sent whole both times
