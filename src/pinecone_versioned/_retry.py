"""One retry policy for the sync and the async client: which failures to retry, and how long to wait.

The decision is a pure function of the attempt number, the status (or the
transport error) and the response headers, so it is tested from a table; the
two transports below only sleep and resend.

We first used httpx-retries, which implements the same policy, and replaced it
after measuring its import: it loads asyncio and urllib.request, about 70 ms of
the ~260 ms a fresh ``import pinecone_versioned`` + ``Pinecone()`` took.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

import httpx

from pinecone_versioned._config import RetryConfig

# Failures after which a new attempt may succeed: nothing answered, or the answer said so.
RETRIED_ERRORS = (httpx.TransportError,)


@dataclass(frozen=True, slots=True)
class Decision:
    retry: bool
    delay: float = 0.0  # seconds to wait before the next attempt


def retry_after(headers: httpx.Headers, now: float) -> float | None:
    """The wait a ``Retry-After`` header asks for (seconds or an HTTP date), if it is valid."""
    value = headers.get("Retry-After", "").strip()
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
    attempt: int,
    *,
    status: int | None,
    headers: httpx.Headers | None = None,
    now: float = 0.0,
    jitter: float = 1.0,
) -> Decision:
    """Whether failed ``attempt`` (1 for the first try) is retried, and after how long.

    ``status`` is None when no response came. The wait is the server's
    Retry-After when it gives one, else ``backoff * 2**(attempt-1)`` scaled by
    ``jitter`` (full jitter: uniform in [0, 1)); either way at most ``max_wait``.
    """
    if attempt > policy.attempts or (status is not None and status not in policy.statuses):
        return Decision(False)
    asked = retry_after(headers, now) if headers is not None else None
    delay = asked if asked is not None else policy.backoff * 2 ** (attempt - 1) * jitter
    return Decision(True, min(delay, policy.max_wait))


class RetryTransport(httpx.BaseTransport):
    """Sends a request again after the failures ``decide`` allows, sleeping in between."""

    def __init__(self, transport: httpx.BaseTransport, policy: RetryConfig) -> None:
        self._transport = transport
        self._policy = policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 1
        while True:
            try:
                response = self._transport.handle_request(request)
            except RETRIED_ERRORS:
                decision = decide(self._policy, attempt, status=None, jitter=random.random())
                if not decision.retry:
                    raise
            else:
                decision = decide(
                    self._policy, attempt, status=response.status_code, headers=response.headers,
                    now=time.time(), jitter=random.random(),
                )  # fmt: skip
                if not decision.retry:
                    return response
                response.close()
            time.sleep(decision.delay)
            attempt += 1

    def close(self) -> None:
        self._transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of :class:`RetryTransport`."""

    def __init__(self, transport: httpx.AsyncBaseTransport, policy: RetryConfig) -> None:
        self._transport = transport
        self._policy = policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import asyncio  # imported here so that sync-only programs never load it

        attempt = 1
        while True:
            try:
                response = await self._transport.handle_async_request(request)
            except RETRIED_ERRORS:
                decision = decide(self._policy, attempt, status=None, jitter=random.random())
                if not decision.retry:
                    raise
            else:
                decision = decide(
                    self._policy, attempt, status=response.status_code, headers=response.headers,
                    now=time.time(), jitter=random.random(),
                )  # fmt: skip
                if not decision.retry:
                    return response
                await response.aclose()
            await asyncio.sleep(decision.delay)
            attempt += 1

    async def aclose(self) -> None:
        await self._transport.aclose()
