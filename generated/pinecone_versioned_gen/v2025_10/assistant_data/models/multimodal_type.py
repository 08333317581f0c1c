from enum import StrEnum


class MultimodalType(StrEnum):
    MULTIMODAL = "multimodal"

    def __str__(self) -> str:
        return str(self.value)
