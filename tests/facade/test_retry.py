"""The retry policy from a table, then the two drivers that apply it.

Faults no server produces on demand (a refused connection mid-sequence, a chosen
Retry-After) come from an httpx mock transport under the client's own retries;
tests/faults/ replays the rest through a real proxy.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

import pinecone_versioned as pv
from pinecone_versioned import _capabilities, _engine, _retry
from pinecone_versioned._config import RetryConfig
from pinecone_versioned._retry import RETRIES, Failure, Safety, classify, decide, retry_after, retrying_for

POLICY = RetryConfig()  # 3 retries, backoff 0.5 s doubling, waits capped at 20 s
NOW = 1_800_000_000.0
REP, ONCE, DEL, CRE = Safety.REPEATABLE, Safety.ONCE, Safety.DELETE, Safety.CREATE
NOT_SENT, REFUSED, LOST, SERVER, UNREADABLE, FINAL = (
    Failure.NOT_SENT, Failure.REFUSED, Failure.LOST, Failure.SERVER, Failure.UNREADABLE, Failure.FINAL,
)  # fmt: skip


@pytest.mark.parametrize(
    ("safety", "attempt", "failure", "asked", "jitter", "remaining", "retry", "delay"),
    [
        (REP, 1, SERVER, None, 1.0, 99, True, 0.5),
        (REP, 2, SERVER, None, 1.0, 99, True, 1.0),
        (REP, 3, SERVER, None, 1.0, 99, True, 2.0),
        (REP, 3, SERVER, None, 0.25, 99, True, 0.5),  # full jitter scales the wait
        (REP, 4, SERVER, None, 1.0, 99, False, 0.0),  # the budget of three retries is spent
        (REP, 1, LOST, None, 1.0, 99, True, 0.5),  # a lost answer to a repeatable call
        (REP, 1, UNREADABLE, None, 1.0, 99, True, 0.5),
        (REP, 1, NOT_SENT, None, 1.0, 99, True, 0.5),
        (REP, 1, REFUSED, 7.0, 0.0, 99, True, 7.0),  # the server's wait wins over jitter
        (REP, 1, REFUSED, 600.0, 1.0, 999, True, 20.0),  # capped
        (REP, 1, REFUSED, 30.0, 1.0, 10, False, 0.0),  # would end after the deadline
        (REP, 2, SERVER, None, 1.0, 0.5, False, 0.0),  # so would the backoff
        (REP, 1, FINAL, None, 1.0, 99, False, 0.0),  # 400, 404, 409: the answer stands
        (ONCE, 1, NOT_SENT, None, 1.0, 99, True, 0.5),  # surely not sent: safe
        (ONCE, 1, REFUSED, None, 1.0, 99, True, 0.5),  # 429: the server did nothing
        (ONCE, 1, LOST, None, 1.0, 99, False, 0.0),  # may have landed: never resent blindly
        (ONCE, 1, SERVER, None, 1.0, 99, False, 0.0),
        (ONCE, 1, UNREADABLE, None, 1.0, 99, False, 0.0),
        (DEL, 1, LOST, None, 1.0, 99, True, 0.5),  # a 404 afterwards is settled by Attempts
        (CRE, 1, LOST, None, 1.0, 99, True, 0.5),  # a 409 afterwards is checked by the plan
        (CRE, 1, FINAL, None, 1.0, 99, False, 0.0),
    ],
)
def test_policy_table(
    safety: Safety,
    attempt: int,
    failure: Failure,
    asked: float | None,
    jitter: float,
    remaining: float,
    retry: bool,
    delay: float,
) -> None:
    decision = decide(POLICY, safety, attempt, failure, asked=asked, jitter=jitter, remaining=remaining)
    assert (decision.retry, round(decision.delay, 6)) == (retry, delay)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("7", 7.0),
        (format_datetime(datetime.fromtimestamp(NOW + 3, UTC), usegmt=True), 3.0),
        ("soon", None),  # unreadable: back off as usual
        ("", None),
    ],
)
def test_retry_after(value: str, seconds: float | None) -> None:
    assert retry_after(httpx.Headers({"Retry-After": value}), NOW) == seconds


@pytest.mark.parametrize(
    ("error", "failure"),
    [
        (httpx.ConnectError("refused"), NOT_SENT),
        (httpx.ConnectTimeout("slow"), NOT_SENT),
        (httpx.ReadError("reset"), LOST),
        (httpx.ReadTimeout("late"), LOST),
        (httpx.RemoteProtocolError("cut short"), LOST),
        (httpx.WriteError("broken pipe"), LOST),
        (pv.RateLimitedError(status=429, message="slow down"), REFUSED),
        (pv.ServerError(status=503, message="busy"), SERVER),
        (pv.ServerError(status=501, message="not implemented"), FINAL),
        (pv.ConflictError(status=409, message="exists"), FINAL),
    ],
)
def test_failures_are_classified(error: BaseException, failure: Failure) -> None:
    assert classify(error, POLICY) is failure


def test_every_operation_has_a_retry_rule() -> None:
    assert set(RETRIES) == set(_capabilities.OPERATIONS)
    for name, rule in RETRIES.items():
        assert (rule.safety is Safety.ONCE) == bool(rule.check), name


@pytest.mark.parametrize(
    ("operation", "method", "safety"),
    [
        # Operations only the generic call path reaches: judged by HTTP method alone.
        ("alt_describe_index_stats", "GET", Safety.REPEATABLE),
        ("list_project_api_keys", "GET", Safety.REPEATABLE),
        ("delete_something_new", "DELETE", Safety.DELETE),
        ("create_something_new", "POST", Safety.ONCE),
        ("patch_something_new", "PATCH", Safety.ONCE),
        # A facade operation keeps its own rule whatever the method says.
        ("upsert", "POST", Safety.REPEATABLE),
        ("create_index", "POST", Safety.CREATE),
    ],
)
def test_operations_outside_the_table_get_a_rule_by_method(operation: str, method: str, safety: Safety) -> None:
    assert retrying_for(operation, method).safety is safety


def test_the_readme_has_the_same_table() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text()
    section = readme.split("### Retries", 1)[1].split("\n### ", 1)[0]
    documented: dict[str, tuple[str, str]] = {}
    for row in re.findall(r"^\| (repeatable|delete|create|once) \| (.+?) \| (.+) \|$", section, re.MULTILINE):
        for name in re.findall(r"`(\w+)`", row[1]):
            documented[name] = (row[0], row[2])
    assert {name: rule for name, (rule, _) in documented.items()} == {
        name: rule.safety.name.lower() for name, rule in RETRIES.items()
    }
    for name, rule in RETRIES.items():
        assert rule.check in documented[name][1], name


def test_no_retries_when_disabled() -> None:
    assert not decide(RetryConfig(attempts=0), REP, 1, SERVER).retry


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
def test_sync_driver(row: Row, monkeypatch: pytest.MonkeyPatch) -> None:
    sleeps: list[float] = []
    monkeypatch.setattr(_engine.time, "sleep", sleeps.append)
    _freeze_clock_and_jitter(monkeypatch)
    calls: list[httpx.Request] = []
    http = httpx.Client(transport=_mock(row.answers, calls))
    client = pv.Pinecone(api_key="k", host="https://control.test", http_client=http, retries=row.config)
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
async def test_async_driver(row: Row, monkeypatch: pytest.MonkeyPatch) -> None:
    sleeps: list[float] = []

    async def record(seconds: float) -> None:
        sleeps.append(seconds)

    monkeypatch.setattr(asyncio, "sleep", record)
    _freeze_clock_and_jitter(monkeypatch)
    calls: list[httpx.Request] = []
    http = httpx.AsyncClient(transport=_mock(row.answers, calls))
    client = pv.AsyncPinecone(api_key="k", host="https://control.test", http_client=http, retries=row.config)
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
    monkeypatch.setattr(_engine.time, "sleep", lambda seconds: None)
    calls: list[httpx.Request] = []
    upserted = httpx.Response(200, content=json.dumps({"upsertedCount": 1}).encode())
    http = httpx.Client(transport=_mock([_error(503), upserted], calls))
    index = pv.Pinecone(api_key="k", http_client=http).Index(host="index.test")
    assert index.upsert([("a", [1.0])]).upserted_count == 1
    assert [c.method for c in calls] == ["POST", "POST"]
    assert calls[0].content == calls[1].content  # the body was sent whole both times


# --- what each rule does when it stops, and what it says (README: "Retries") -------------------------


def _client(answers: list[httpx.Response | type[Exception]], calls: list[httpx.Request], **options: Any) -> pv.Pinecone:
    http = httpx.Client(transport=_mock(answers, calls))
    return pv.Pinecone(api_key="k", host="https://control.test", http_client=http, **options)


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    sleeps: list[float] = []
    monkeypatch.setattr(_engine.time, "sleep", sleeps.append)
    return sleeps


def _logged(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(record.getMessage() for record in caplog.records)


def test_a_delete_that_keeps_failing_is_not_taken_for_success(no_sleep: list[float]) -> None:
    calls: list[httpx.Request] = []
    with pytest.raises(pv.ServerError):
        _client([_error(500)] * 4, calls).delete_collection("c")
    assert len(calls) == 4
    with pytest.raises(pv.NotFoundError):  # nothing was sent before: a 404 is the answer
        _client([_error(404)], calls := []).delete_collection("c")
    assert len(calls) == 1


def test_a_404_after_a_lost_delete_is_success(no_sleep: list[float], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="pinecone_versioned")
    calls: list[httpx.Request] = []
    assert _client([_error(503), _error(404)], calls).delete_collection("c") is None
    assert len(calls) == 2
    lines = _logged(caplog).splitlines()
    assert any("delete_collection" in line and "attempt 2 found it gone" in line for line in lines), lines


def test_a_create_sent_once_whose_answer_is_lost_says_how_to_check(
    no_sleep: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="pinecone_versioned")
    calls: list[httpx.Request] = []
    with pytest.raises(pv.OutcomeUnknownError) as raised:
        _client([_error(503), _error(201)], calls).create_collection("c", "source-index")
    assert len(calls) == 1 and no_sleep == []  # never sent twice
    message = str(raised.value)
    assert "HTTP 503" in message and "describe_collection(name)" in message
    assert raised.value.operation == "create_collection"
    assert isinstance(raised.value.cause, pv.ServerError) and raised.value.cause.status == 503
    assert "attempt 1 failed (HTTP 503); giving up: it may have taken effect" in _logged(caplog)


def test_no_attempt_starts_that_the_deadline_would_cut(no_sleep: list[float], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="pinecone_versioned")
    calls: list[httpx.Request] = []
    asks_five = _error(429, {"Retry-After": "5"})
    with pytest.raises(pv.RateLimitedError):
        _client([asks_five, OK], calls, retries=RetryConfig(deadline=1.0)).list_indexes()
    assert len(calls) == 1 and no_sleep == []
    assert "giving up: the call's deadline would pass" in _logged(caplog)


def test_a_final_answer_is_logged_as_final(no_sleep: list[float], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="pinecone_versioned")
    with pytest.raises(pv.BadRequestError):
        _client([_error(400)], []).list_indexes()
    assert "attempt 1 failed (HTTP 400); giving up: the answer is final" in _logged(caplog)


def test_a_timeout_names_what_timed_out(no_sleep: list[float]) -> None:
    with pytest.raises(pv.PineconeTimeoutError) as raised:
        _client([httpx.ReadTimeout], [], retries=0).list_indexes()
    assert "no complete response within the timeout (ReadTimeout)" in str(raised.value)
    assert str(raised.value).endswith("(ReadTimeout)")  # one attempt: no "after N attempts"


def test_a_generic_post_sent_once_says_which_operation_to_check() -> None:
    assert "frobnicate" in retrying_for("frobnicate", "POST").check
