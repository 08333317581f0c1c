from enum import StrEnum


class CreateIndexRequestMetric(StrEnum):
    COSINE = "cosine"
    DOTPRODUCT = "dotproduct"
    EUCLIDEAN = "euclidean"

    def __str__(self) -> str:
        return str(self.value)
