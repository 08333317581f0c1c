from enum import StrEnum


class SnippetModelType(StrEnum):
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
