from enum import StrEnum


class ModelIndexEmbedMetric(StrEnum):
    COSINE = "cosine"
    DOTPRODUCT = "dotproduct"
    EUCLIDEAN = "euclidean"

    def __str__(self) -> str:
        return str(self.value)
