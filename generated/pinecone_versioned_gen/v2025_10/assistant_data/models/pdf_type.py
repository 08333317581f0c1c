from enum import StrEnum


class PdfType(StrEnum):
    PDF = "pdf"

    def __str__(self) -> str:
        return str(self.value)
