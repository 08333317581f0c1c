from enum import StrEnum


class SparseVectorType(StrEnum):
    SPARSE = "sparse"

    def __str__(self) -> str:
        return str(self.value)
