from enum import StrEnum


class SearchCompletionsModel(StrEnum):
    CLAUDE_3_5_SONNET = "claude-3-5-sonnet"
    GPT_4O = "gpt-4o"

    def __str__(self) -> str:
        return str(self.value)
