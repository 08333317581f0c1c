from enum import StrEnum


class TextType(StrEnum):
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
