from enum import StrEnum

from pinecone_versioned_gen._runtime.enums import unknown_member


class SearchCompletionsModel(StrEnum):
    CLAUDE_3_5_SONNET = "claude-3-5-sonnet"
    CLAUDE_3_7_SONNET = "claude-3-7-sonnet"
    GEMINI_2_5_PRO = "gemini-2.5-pro"
    GPT_4O = "gpt-4o"
    GPT_4_1 = "gpt-4.1"
    O4_MINI = "o4-mini"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SearchCompletionsModel | None":
        # A value a later service release added: kept (see _runtime.enums), not an error.
        return unknown_member(cls, value)
