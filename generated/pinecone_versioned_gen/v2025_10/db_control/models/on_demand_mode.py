from enum import StrEnum


class OnDemandMode(StrEnum):
    ONDEMAND = "OnDemand"

    def __str__(self) -> str:
        return str(self.value)
