from enum import StrEnum


class ListModelsType(StrEnum):
    EMBED = "embed"
    RERANK = "rerank"

    def __str__(self) -> str:
        return str(self.value)
