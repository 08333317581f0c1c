"""The one exception the handlers raise, and how each surface renders it."""

from __future__ import annotations

from typing import Any

# gRPC status numbers: the data plane reports errors as an rpcStatus whose code is one of these.
_GRPC_CODES = {
    "OK": 0,
    "UNKNOWN": 2,
    "INVALID_ARGUMENT": 3,
    "DEADLINE_EXCEEDED": 4,
    "NOT_FOUND": 5,
    "ALREADY_EXISTS": 6,
    "PERMISSION_DENIED": 7,
    "FORBIDDEN": 7,
    "RESOURCE_EXHAUSTED": 8,
    "FAILED_PRECONDITION": 9,
    "UNIMPLEMENTED": 12,
    "INTERNAL": 13,
    "UNAVAILABLE": 14,
    "UNAUTHENTICATED": 16,
}


class ApiError(Exception):
    """An HTTP error with Pinecone's error code name and a message of ours."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message

    def control_body(self) -> dict[str, Any]:
        """The control plane's ErrorResponse shape."""
        return {"status": self.status, "error": {"code": self.code, "message": self.message}}

    def data_body(self) -> dict[str, Any]:
        """The data plane's rpcStatus shape."""
        return {"code": _GRPC_CODES.get(self.code, 2), "message": self.message, "details": []}

    def oauth_body(self) -> dict[str, Any]:
        """OAuth's error shape (RFC 6749, section 5.2)."""
        code = {401: "invalid_client", 403: "access_denied"}.get(self.status, "invalid_request")
        return {"error": code if self.status < 500 else "server_error", "error_description": self.message}


def bad_request(message: str) -> ApiError:
    """A 400 INVALID_ARGUMENT."""
    return ApiError(400, "INVALID_ARGUMENT", message)


def not_found(message: str) -> ApiError:
    """A 404 NOT_FOUND."""
    return ApiError(404, "NOT_FOUND", message)
