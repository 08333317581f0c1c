from enum import StrEnum


class Entailment(StrEnum):
    CONTRADICTED = "contradicted"
    ENTAILED = "entailed"
    NEUTRAL = "neutral"

    def __str__(self) -> str:
        return str(self.value)
