from enum import StrEnum


class DenseVectorType(StrEnum):
    DENSE = "dense"

    def __str__(self) -> str:
        return str(self.value)
