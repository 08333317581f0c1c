from enum import StrEnum


class DocXType(StrEnum):
    DOC_X = "doc_x"

    def __str__(self) -> str:
        return str(self.value)
