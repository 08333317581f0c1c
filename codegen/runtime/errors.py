"""The error types raised by generated code itself."""


class UnexpectedStatus(Exception):
    """A status code the spec does not describe, raised when the client asks for it."""

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content
        super().__init__(f"unexpected HTTP status {status_code} ({len(content)} bytes of body)")


class RequestEncodingError(TypeError):
    """A request body holds a value JSON cannot carry (raised before anything is sent)."""


__all__ = ["RequestEncodingError", "UnexpectedStatus"]
