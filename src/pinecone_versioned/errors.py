"""The exception hierarchy of pinecone-versioned.

Everything this package raises on purpose derives from :class:`PineconeError`.
Errors the server answers with derive from :class:`ApiError` and carry the HTTP
status, Pinecone's error code, the server's message and the request id; one
function, :func:`error_for_response`, picks the class from the status.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

# Headers in which Pinecone (and proxies in front of it) report a request id.
REQUEST_ID_HEADERS = ("x-pinecone-request-id", "x-request-id", "x-envoy-request-id")


class PineconeError(Exception):
    """Base class of every error raised by this package."""

    # Set when a request failed after it was sent (its answer lost or a 5xx): the server may have acted.
    may_have_landed: bool = False


class InvalidArgumentError(PineconeError, ValueError):
    """An argument is wrong in a way the client can tell before sending anything."""


class InvalidArgumentTypeError(InvalidArgumentError, TypeError):
    """An argument has a type the method does not take (also a ``TypeError``, as Python would raise)."""


class ConfigurationError(InvalidArgumentError):
    """The client cannot be built from the given arguments and environment."""


class UnsupportedApiVersionError(ConfigurationError):
    """The requested API version is malformed, not shipped by this build, or a preview pinned without opt-in."""


class PreviewApiVersionWarning(UserWarning):
    """A client pins a preview API version (an alpha or release candidate), which may change without notice."""


class DeprecatedApiVersionWarning(FutureWarning):
    """A client pins a deprecated API version; the message names the version to move to."""


class UnsupportedOperationError(PineconeError):
    """The pinned API version lacks an operation or parameter that was used."""

    def __init__(
        self,
        message: str,
        *,
        operation: str,
        api_version: str,
        available_from: str | None,
        removed_in: str | None = None,
        last_in: str | None = None,
    ) -> None:
        super().__init__(message)
        self.operation = operation
        self.api_version = api_version
        self.available_from = available_from  # the first later version that has it
        self.removed_in = removed_in  # the version that dropped it, when an earlier one had it
        self.last_in = last_in  # the last earlier version that had it


class ClientClosedError(PineconeError):
    """The client (or the client an index or plane came from) was closed; build a new one."""


class UnexpectedResponseError(PineconeError):
    """The server answered with success, but not in the shape the pinned API version describes."""

    def __init__(self, message: str, *, operation: str) -> None:
        super().__init__(message)
        self.operation = operation


class TransportError(PineconeError):
    """No HTTP response was received."""


class PineconeTimeoutError(TransportError, TimeoutError):
    """The request did not complete within the configured timeout."""


class PineconeConnectionError(TransportError, ConnectionError):
    """The server could not be reached (DNS, refused connection, TLS, dropped connection)."""


class OutcomeUnknownError(PineconeError):
    """A request that is not safe to repeat was sent, and its answer was lost: it may or may not have
    taken effect. The message says how to check; ``cause`` is the failure that lost the answer."""

    def __init__(self, message: str, *, operation: str, cause: BaseException) -> None:
        super().__init__(message)
        self.operation = operation
        self.cause = cause


@dataclass(frozen=True, slots=True)
class FailedBatch:
    """One batch of a batched upsert that was not confirmed written."""

    position: int  # the batch's place in the upsert
    vectors: Sequence[Mapping[str, Any]]  # in wire form; ``upsert`` takes them back as they are
    error: PineconeError | None  # None: never sent, because an earlier batch had failed

    @property
    def ids(self) -> list[str]:
        return [str(vector["id"]) for vector in self.vectors]

    @property
    def may_have_landed(self) -> bool:
        """Whether the server may have written it all the same (its answer was lost)."""
        return self.error is not None and self.error.may_have_landed


class UpsertError(PineconeError):
    """A batched upsert wrote only part of its vectors.

    Raised once every batch in flight has finished; no batch starts after the
    first failure. ``upserted_count`` vectors were confirmed written; the others
    are in ``failed_vectors`` (failed batches and batches never sent, in input
    order), so ``index.upsert(err.failed_vectors, batch_size=...)`` resumes.
    ``errors`` holds every underlying error.
    """

    def __init__(self, *, upserted_count: int, total: int, batches: int, failed: Sequence[FailedBatch]) -> None:
        self.upserted_count = upserted_count
        self.total = total
        self.failed_batches = [batch for batch in failed if batch.error is not None]
        self.unsent_batches = [batch for batch in failed if batch.error is None]
        self.errors: list[PineconeError] = [batch.error for batch in self.failed_batches if batch.error is not None]
        kinds = sorted({type(error).__name__ for error in self.errors})
        super().__init__(
            f"upsert: {len(self.failed_batches)} of {batches} batches failed ({', '.join(kinds)})"
            + (f" and {len(self.unsent_batches)} were not sent" if self.unsent_batches else "")
            + f"; {upserted_count} of {total} vectors written. Resume with"
            f" index.upsert(err.failed_vectors, ...). First error: {self.errors[0] if self.errors else None}"
        )

    @property
    def failed_vectors(self) -> list[Mapping[str, Any]]:
        """Every vector not confirmed written (failed and unsent batches), in input order."""
        batches = sorted([*self.failed_batches, *self.unsent_batches], key=lambda batch: batch.position)
        return [vector for batch in batches for vector in batch.vectors]

    @property
    def failed_ids(self) -> list[str]:
        return [str(vector["id"]) for vector in self.failed_vectors]

    @property
    def uncertain_ids(self) -> list[str]:
        """Ids of failed batches whose answer was lost: they may be on the server all the same."""
        return [i for batch in self.failed_batches if batch.may_have_landed for i in batch.ids]


class ApiError(PineconeError):
    """The server answered with an error status."""

    # Set on a 409 that answered a retry of a create whose earlier attempt may have landed.
    after_lost_answer: bool = False

    def __init__(
        self,
        *,
        status: int,
        message: str,
        code: str | None = None,
        request_id: str | None = None,
        method: str | None = None,
        url: str | None = None,
        body: bytes = b"",
        headers: httpx.Headers | None = None,
    ) -> None:
        self.status = status
        self.headers = headers  # the response's headers (Retry-After, request ids); never the request's
        self.code = code
        self.message = message
        self.request_id = request_id
        self.method = method
        self.url = url
        self.body = body
        super().__init__(str(self))

    def __str__(self) -> str:
        parts = [f"HTTP {self.status}"]
        if self.code:
            parts.append(self.code)
        text = " ".join(parts) + f": {self.message}"
        if self.method and self.url:
            text += f" ({self.method} {self.url})"
        if self.request_id:
            text += f" [request id {self.request_id}]"
        return text


class BadRequestError(ApiError):
    """HTTP 400 or 422: the server rejected the request's content."""


class UnauthorizedError(ApiError):
    """HTTP 401: the API key or token is missing or not valid."""


class ForbiddenError(ApiError):
    """HTTP 403: the credentials are valid but not allowed to do this."""


class NotFoundError(ApiError):
    """HTTP 404: the index, namespace, collection or other resource does not exist."""


class ConflictError(ApiError):
    """HTTP 409: the resource already exists or is in a state that forbids the change."""


class RateLimitedError(ApiError):
    """HTTP 429: too many requests, still refused after the configured retries."""


class ServerError(ApiError):
    """HTTP 5xx: the server failed, still after the configured retries."""


_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    422: BadRequestError,
    429: RateLimitedError,
}


def _error_fields(body: bytes) -> tuple[str | None, str | None]:
    """Pinecone's (code, message) from an error body, in any of its shapes."""
    try:
        data: Any = json.loads(body)
    except ValueError:
        text = body.decode("utf-8", "replace").strip()
        return None, text[:500] or None
    if not isinstance(data, dict):
        return None, None
    # Control plane: {"error": {"code": "NOT_FOUND", "message": "..."}, "status": 404}
    nested = data.get("error")
    if isinstance(nested, dict):
        code, message = nested.get("code"), nested.get("message")
        return (str(code) if code is not None else None), (str(message) if message is not None else None)
    # Data plane (gRPC status): {"code": 5, "message": "...", "details": []}
    code = data.get("code")
    message = data.get("message") or (nested if isinstance(nested, str) else None)
    return (str(code) if code is not None else None), (str(message) if message is not None else None)


def error_for_response(response: httpx.Response) -> ApiError:
    """The exception for an error response (the body must have been read)."""
    status = response.status_code
    code, message = _error_fields(response.content)
    request_id = next((response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None)
    cls = _BY_STATUS.get(status) or (ServerError if status >= 500 else ApiError)
    try:
        request: httpx.Request | None = response.request
    except RuntimeError:  # a response built by hand, not received
        request = None
    return cls(
        status=status,
        code=code,
        message=message or response.reason_phrase or "no message",
        request_id=request_id,
        method=request.method if request is not None else None,
        # The URL never carries credentials: the key travels in a header.
        url=str(request.url.copy_with(query=None)) if request is not None else None,
        body=response.content,
        headers=response.headers,
    )


def raise_for_status(response: httpx.Response) -> None:
    """Raise the mapped :class:`ApiError` if ``response`` is an error; read its body first."""
    if response.status_code >= 400:
        response.read()
        raise error_for_response(response)


__all__ = [
    "ApiError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "DeprecatedApiVersionWarning",
    "FailedBatch",
    "ForbiddenError",
    "InvalidArgumentError",
    "InvalidArgumentTypeError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PineconeConnectionError",
    "PineconeError",
    "PineconeTimeoutError",
    "PreviewApiVersionWarning",
    "RateLimitedError",
    "ServerError",
    "TransportError",
    "UnauthorizedError",
    "UnexpectedResponseError",
    "UnsupportedApiVersionError",
    "UnsupportedOperationError",
    "UpsertError",
    "error_for_response",
    "raise_for_status",
]
