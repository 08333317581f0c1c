from enum import StrEnum

from pinecone_versioned_gen._runtime.enums import unknown_member


class ChatLanguageModel(StrEnum):
    CLAUDE_3_5_SONNET = "claude-3-5-sonnet"
    GPT_4O = "gpt-4o"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ChatLanguageModel | None":
        # A value a later service release added: kept (see _runtime.enums), not an error.
        return unknown_member(cls, value)
