from enum import StrEnum

from pinecone_versioned_gen._runtime.enums import unknown_member


class ErrorResponseErrorCode(StrEnum):
    OK = "OK"
    TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS"
    UNAUTHENTICATED = "UNAUTHENTICATED"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ErrorResponseErrorCode | None":
        # A value a later service release added: kept (see _runtime.enums), not an error.
        return unknown_member(cls, value)
