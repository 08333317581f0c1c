from enum import StrEnum


class VectorType(StrEnum):
    DENSE = "dense"
    SPARSE = "sparse"

    def __str__(self) -> str:
        return str(self.value)
