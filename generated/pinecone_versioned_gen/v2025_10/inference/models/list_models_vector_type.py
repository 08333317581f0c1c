from enum import StrEnum


class ListModelsVectorType(StrEnum):
    DENSE = "dense"
    SPARSE = "sparse"

    def __str__(self) -> str:
        return str(self.value)
