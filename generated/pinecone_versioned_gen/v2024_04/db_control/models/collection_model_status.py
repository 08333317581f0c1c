from enum import StrEnum


class CollectionModelStatus(StrEnum):
    INITIALIZING = "Initializing"
    READY = "Ready"
    TERMINATING = "Terminating"

    def __str__(self) -> str:
        return str(self.value)
