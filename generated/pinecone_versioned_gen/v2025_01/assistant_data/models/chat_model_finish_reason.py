from enum import StrEnum

from pinecone_versioned_gen._runtime.enums import unknown_member


class ChatModelFinishReason(StrEnum):
    CONTENT_FILTER = "content_filter"
    FUNCTION_CALL = "function_call"
    LENGTH = "length"
    STOP = "stop"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ChatModelFinishReason | None":
        # A value a later service release added: kept (see _runtime.enums), not an error.
        return unknown_member(cls, value)
