from enum import StrEnum


class ErrorResponseErrorCode(StrEnum):
    OK = "OK"
    TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS"
    UNAUTHENTICATED = "UNAUTHENTICATED"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
