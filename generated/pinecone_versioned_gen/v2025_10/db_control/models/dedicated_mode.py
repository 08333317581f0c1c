from enum import StrEnum


class DedicatedMode(StrEnum):
    DEDICATED = "Dedicated"

    def __str__(self) -> str:
        return str(self.value)
