"""Retries that know the operation: which failures each operation may retry, how long to wait, one deadline.

Whether a failed request may be sent again depends on what it does and on
whether it may have reached the server. A refused connection or a 429 means it
did not; a reset, a timeout, a truncated or unreadable answer or a 5xx after
sending mean it may have. :data:`RETRIES` (the same table is in the README)
says, for every operation of ``_capabilities.OPERATIONS``, what may then
happen:

- ``REPEATABLE``: sending it twice has the effect of sending it once (reads,
  upserts by id, deletes by id, PATCHes to absolute values): retried after
  every transient failure.
- ``DELETE``: retried like a repeatable call; a 404 after an attempt that may
  have landed means the earlier attempt deleted it, and the call succeeds.
- ``CREATE``: retried; a 409 after an attempt that may have landed is raised
  with ``after_lost_answer`` set, and the plan checks whether the resource that
  exists is the one asked for (``create_index``).
- ``ONCE``: retried only when the request surely did not land; otherwise
  :class:`~pinecone_versioned.errors.OutcomeUnknownError` says how to check.

The decision is a pure function (:func:`decide`), tested from a table; the
drivers in ``_engine`` only sleep and resend. One deadline bounds each call,
all attempts and waits included; the transport below caps every read at what
is left of it, so that a trickling answer cannot outlast it either.

We first used httpx-retries, then a transport wrapper of our own; both retried
every request alike, because a transport does not know the operation.
"""

from __future__ import annotations

import contextvars
import enum
import logging
import math
import random
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import httpx
import orjson

from pinecone_versioned._config import RetryConfig
from pinecone_versioned.errors import (
    ApiError,
    ConflictError,
    NotFoundError,
    OutcomeUnknownError,
    PineconeConnectionError,
    PineconeError,
    PineconeTimeoutError,
    UnexpectedResponseError,
)

logger = logging.getLogger("pinecone_versioned")


class Safety(enum.Enum):
    REPEATABLE = "repeatable"
    DELETE = "delete: 404 after a lost answer is success"
    CREATE = "create: 409 after a lost answer is checked"
    ONCE = "not repeatable once it may have landed"


@dataclass(frozen=True, slots=True)
class Retrying:
    safety: Safety
    check: str = ""  # ONCE: how the caller finds out whether it took effect


REPEAT, DELETE, CREATE = Retrying(Safety.REPEATABLE), Retrying(Safety.DELETE), Retrying(Safety.CREATE)


def _once(check: str) -> Retrying:
    return Retrying(Safety.ONCE, check)


# Every facade operation (a key of _capabilities.OPERATIONS) -> how it is retried.
RETRIES: dict[str, Retrying] = {
    "list_indexes": REPEAT,
    "create_index": CREATE,
    "create_index_for_model": CREATE,
    "create_index_from_backup": _once("describe_index(name) and list_restore_jobs()"),
    "describe_index": REPEAT,
    "configure_index": REPEAT,
    "delete_index": DELETE,
    "list_collections": REPEAT,
    "create_collection": _once("describe_collection(name)"),
    "describe_collection": REPEAT,
    "delete_collection": DELETE,
    "create_backup": _once("list_backups(index_name=...)"),
    "list_index_backups": REPEAT,
    "list_project_backups": REPEAT,
    "describe_backup": REPEAT,
    "delete_backup": DELETE,
    "list_restore_jobs": REPEAT,
    "describe_restore_job": REPEAT,
    "upsert": REPEAT,
    "query": REPEAT,
    "fetch": REPEAT,
    "fetch_by_metadata": REPEAT,
    "update": REPEAT,
    "delete": REPEAT,
    "describe_index_stats": REPEAT,
    "list": REPEAT,
    "list_namespaces": REPEAT,
    "create_namespace": _once("describe_namespace(name)"),
    "describe_namespace": REPEAT,
    "delete_namespace": DELETE,
    "start_import": _once("list_imports()"),
    "list_imports": REPEAT,
    "describe_import": REPEAT,
    "cancel_import": _once("describe_import(import_id)"),
    "upsert_records": REPEAT,
    "search_records": REPEAT,
    "embed": REPEAT,
    "rerank": REPEAT,
    "list_models": REPEAT,
    "describe_model": REPEAT,
    "create_assistant": _once("describe_assistant(name)"),
    "list_assistants": REPEAT,
    "describe_assistant": REPEAT,
    "update_assistant": REPEAT,
    "delete_assistant": DELETE,
    "upload_file": _once("list_files()"),
    "list_files": REPEAT,
    "describe_file": REPEAT,
    "delete_file": DELETE,
    "chat": REPEAT,
    "chat_completions": REPEAT,
    "context": REPEAT,
    "evaluate_alignment": REPEAT,
    "get_token": REPEAT,
    "list_projects": REPEAT,
    "create_project": _once("list_projects()"),
    "describe_project": REPEAT,
    "update_project": REPEAT,
    "delete_project": DELETE,
    "list_api_keys": REPEAT,
    "create_api_key": _once("list_api_keys(project_id)"),
    "describe_api_key": REPEAT,
    "update_api_key": REPEAT,
    "delete_api_key": DELETE,
    "list_organizations": REPEAT,
    "describe_organization": REPEAT,
    "update_organization": REPEAT,
    "delete_organization": DELETE,
}


class Failure(enum.Enum):
    """What one failed attempt tells about the request."""

    NOT_SENT = "not sent"  # no connection was made: the server never saw it
    REFUSED = "refused"  # 429: the server saw it and did nothing
    LOST = "answer lost"  # sent, then reset, timed out or cut short: it may have landed
    SERVER = "server error"  # 5xx: it may have landed
    UNREADABLE = "unreadable answer"  # a success status whose body does not parse: it landed
    FINAL = "final"  # any other answer stands

    @property
    def may_have_landed(self) -> bool:
        return self in (Failure.LOST, Failure.SERVER, Failure.UNREADABLE)


# httpx errors raised before any byte of the request went out.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


def classify(error: BaseException, policy: RetryConfig) -> Failure:
    """The kind of failure ``error`` (from an attempt) is."""
    if isinstance(error, _NOT_SENT):
        return Failure.NOT_SENT
    if isinstance(error, httpx.TransportError):
        return Failure.LOST
    if isinstance(error, orjson.JSONDecodeError):
        return Failure.UNREADABLE
    if isinstance(error, ApiError) and error.status in policy.statuses:
        return Failure.REFUSED if error.status == 429 else Failure.SERVER
    return Failure.FINAL


@dataclass(frozen=True, slots=True)
class Decision:
    retry: bool
    delay: float = 0.0  # seconds to wait before the next attempt
    reason: str = ""  # why not, when it does not retry


def retry_after(headers: httpx.Headers | None, now: float) -> float | None:
    """The wait a ``Retry-After`` header asks for (seconds or an HTTP date), if it is valid."""
    value = (headers or httpx.Headers()).get("Retry-After", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    from email.utils import parsedate_to_datetime  # rare, and its import is not cheap

    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - now)
    except (TypeError, ValueError):
        return None


def decide(
    policy: RetryConfig,
    safety: Safety,
    attempt: int,
    failure: Failure,
    *,
    asked: float | None = None,
    jitter: float = 1.0,
    remaining: float = math.inf,
) -> Decision:
    """Whether failed ``attempt`` (1 for the first try) is tried again, and after how long.

    ``asked`` is the server's Retry-After in seconds, if any; otherwise the wait
    is ``backoff * 2**(attempt-1)`` scaled by ``jitter`` (full jitter: uniform in
    [0, 1)); either way at most ``max_wait``. ``remaining`` is what is left of
    the call's deadline: no attempt starts that could not finish within it.
    """
    if failure is Failure.FINAL:
        return Decision(False, reason="the answer is final")
    if safety is Safety.ONCE and failure.may_have_landed:
        return Decision(False, reason="it may have taken effect and is not safe to repeat")
    if attempt > policy.attempts:
        return Decision(False, reason=f"{policy.attempts} retries spent")
    delay = min(asked if asked is not None else policy.backoff * 2 ** (attempt - 1) * jitter, policy.max_wait)
    if delay >= remaining:
        return Decision(False, reason="the call's deadline would pass")
    return Decision(True, delay)


def retrying_for(operation: str, method: str) -> Retrying:
    """The rule of a facade operation; an operation reached only through the generic call path gets one
    by its HTTP method: reads are repeated, deletes are deletes, and anything else is sent once, since
    whether repeating it is harmless is not known here."""
    known = RETRIES.get(operation)
    if known is not None:
        return known
    if method in ("GET", "HEAD"):
        return REPEAT
    if method == "DELETE":
        return DELETE
    return _once(f"the describe or list operation that shows what {operation} made")


# The end of the current attempt's call, in time.monotonic() seconds, for the transport below.
_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar("pinecone_deadline", default=None)


class Attempts:
    """The retry state of one call: counts attempts, keeps the deadline, and judges each failure."""

    def __init__(self, operation: str, retrying: Retrying, policy: RetryConfig, where: str) -> None:
        self.operation = operation
        self.retrying = retrying
        self.policy = policy
        self.where = where  # the operation and host, for messages
        self.attempt = 1
        self.deadline = math.inf if policy.deadline is None else time.monotonic() + policy.deadline
        self.may_have_landed = False

    def start(self) -> contextvars.Token[float | None]:
        """Mark the start of an attempt; the transport caps its reads at the deadline."""
        return _deadline.set(None if self.deadline == math.inf else self.deadline)

    @staticmethod
    def end(token: contextvars.Token[float | None]) -> None:
        _deadline.reset(token)

    def judge(self, error: BaseException) -> float | None:
        """Seconds to wait before the next attempt; None when the call reached its goal after all
        (a delete whose earlier attempt landed). Raises the error for the caller when it stops."""
        failure = classify(error, self.policy)
        safety = self.retrying.safety
        if self.may_have_landed and isinstance(error, NotFoundError) and safety is Safety.DELETE:
            logger.debug("%s: attempt %d found it gone: an earlier attempt deleted it", self.where, self.attempt)
            return None
        if self.may_have_landed and isinstance(error, ConflictError) and safety is Safety.CREATE:
            error.after_lost_answer = True
        now = time.monotonic()
        asked = retry_after(error.headers, time.time()) if isinstance(error, ApiError) else None
        decision = decide(
            self.policy,
            safety,
            self.attempt,
            failure,
            asked=asked,
            jitter=random.random(),
            remaining=self.deadline - now,
        )
        reason = _describe(error)
        if not decision.retry:
            logger.debug("%s: attempt %d failed (%s); giving up: %s", self.where, self.attempt, reason, decision.reason)
            final = self._final(error, failure, decision.reason)
            final.may_have_landed = self.may_have_landed or failure.may_have_landed
            if final is error:
                raise final
            raise final from error
        logger.debug(
            "%s: attempt %d failed (%s); attempt %d in %.2f s",
            self.where, self.attempt, reason, self.attempt + 1, decision.delay,
        )  # fmt: skip
        self.may_have_landed = self.may_have_landed or failure.may_have_landed
        self.attempt += 1
        return decision.delay

    def _final(self, error: BaseException, failure: Failure, why: str) -> PineconeError:
        if self.retrying.safety is Safety.ONCE and failure.may_have_landed:
            return OutcomeUnknownError(
                f"{self.where}: {_describe(error)} after the request was sent, so it may or may not have taken"
                f" effect; it is not sent again because repeating it could do it twice."
                f" Check with {self.retrying.check} before trying again.",
                operation=self.operation,
                cause=error,
            )
        if isinstance(error, PineconeError):
            return error
        suffix = f" (after {self.attempt} attempts: {why})" if self.attempt > 1 else ""
        return translate(error, self.where, suffix, operation=self.operation)


def translate(error: BaseException, where: str, suffix: str = "", *, operation: str) -> PineconeError:
    """A failure that is not one of ours as one of ours (never including headers, so never the key)."""
    if isinstance(error, orjson.JSONDecodeError):
        return UnexpectedResponseError(
            f"{where}: the server answered with success, but the body is not valid JSON ({error}){suffix}",
            operation=operation,
        )
    if isinstance(error, httpx.TimeoutException):
        return PineconeTimeoutError(
            f"{where}: no complete response within the timeout ({type(error).__name__}){suffix}"
        )
    return PineconeConnectionError(f"{where}: {type(error).__name__}: {error}{suffix}")


def _describe(error: BaseException) -> str:
    if isinstance(error, ApiError):
        return f"HTTP {error.status}"
    return type(error).__name__


# --- the transport that applies the deadline to every read -----------------------


def _capped(request: httpx.Request) -> float | None:
    """What is left of the current call's deadline; caps the request's timeouts at it."""
    deadline = _deadline.get()
    if deadline is None:
        return None
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpx.ConnectTimeout("the call's deadline passed before this attempt", request=request)
    timeouts = request.extensions.get("timeout", {})
    request.extensions["timeout"] = {k: left if v is None else min(v, left) for k, v in timeouts.items()}
    return deadline


def _too_late(deadline: float | None) -> httpx.ReadTimeout | None:
    if deadline is not None and time.monotonic() > deadline:
        return httpx.ReadTimeout("the call's deadline passed while the answer was arriving")
    return None


class _DeadlineStream(httpx.SyncByteStream):
    def __init__(self, stream: httpx.SyncByteStream, deadline: float | None) -> None:
        self._stream, self._deadline = stream, deadline

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            late = _too_late(self._deadline)
            if late is not None:
                raise late
            yield chunk

    def close(self) -> None:
        self._stream.close()


class _AsyncDeadlineStream(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream, deadline: float | None) -> None:
        self._stream, self._deadline = stream, deadline

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            late = _too_late(self._deadline)
            if late is not None:
                raise late
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()


class DeadlineTransport(httpx.BaseTransport):
    """Caps each request's timeouts, and the arrival of its body, at the current call's deadline."""

    def __init__(self, transport: httpx.BaseTransport) -> None:
        self._transport = transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        deadline = _capped(request)
        response = self._transport.handle_request(request)
        if deadline is not None:
            assert isinstance(response.stream, httpx.SyncByteStream)
            response.stream = _DeadlineStream(response.stream, deadline)
        return response

    def close(self) -> None:
        self._transport.close()


class AsyncDeadlineTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of :class:`DeadlineTransport`."""

    def __init__(self, transport: httpx.AsyncBaseTransport) -> None:
        self._transport = transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        deadline = _capped(request)
        response = await self._transport.handle_async_request(request)
        if deadline is not None:
            assert isinstance(response.stream, httpx.AsyncByteStream)
            response.stream = _AsyncDeadlineStream(response.stream, deadline)
        return response

    async def aclose(self) -> None:
        await self._transport.aclose()
