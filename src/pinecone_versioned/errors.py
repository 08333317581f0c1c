"""The exception hierarchy of pinecone-versioned.

Everything this package raises on purpose derives from :class:`PineconeError`.
Errors the server answers with derive from :class:`ApiError` and carry the HTTP
status, Pinecone's error code, the server's message and the request id; one
function, :func:`error_for_response`, picks the class from the status.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

# Headers in which Pinecone (and proxies in front of it) report a request id.
REQUEST_ID_HEADERS = ("x-pinecone-request-id", "x-request-id", "x-envoy-request-id")


class PineconeError(Exception):
    """Base class of every error raised by this package."""


class InvalidArgumentError(PineconeError, ValueError):
    """An argument is wrong in a way the client can tell before sending anything."""


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

    def __init__(self, message: str, *, operation: str, api_version: str, available_from: str | None) -> None:
        super().__init__(message)
        self.operation = operation
        self.api_version = api_version
        self.available_from = available_from


class TransportError(PineconeError):
    """No HTTP response was received."""


class PineconeTimeoutError(TransportError, TimeoutError):
    """The request did not complete within the configured timeout."""


class PineconeConnectionError(TransportError, ConnectionError):
    """The server could not be reached (DNS, refused connection, TLS, dropped connection)."""


class ApiError(PineconeError):
    """The server answered with an error status."""

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
    ) -> None:
        self.status = status
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
    )


def raise_for_status(response: httpx.Response) -> None:
    """Raise the mapped :class:`ApiError` if ``response`` is an error; read its body first."""
    if response.status_code >= 400:
        response.read()
        raise error_for_response(response)


__all__ = [
    "ApiError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "DeprecatedApiVersionWarning",
    "ForbiddenError",
    "InvalidArgumentError",
    "NotFoundError",
    "PineconeConnectionError",
    "PineconeError",
    "PineconeTimeoutError",
    "PreviewApiVersionWarning",
    "RateLimitedError",
    "ServerError",
    "TransportError",
    "UnauthorizedError",
    "UnsupportedApiVersionError",
    "UnsupportedOperationError",
    "error_for_response",
    "raise_for_status",
]
