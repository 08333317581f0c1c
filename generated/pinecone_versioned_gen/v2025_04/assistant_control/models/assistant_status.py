from enum import StrEnum


class AssistantStatus(StrEnum):
    FAILED = "Failed"
    INITIALIZATIONFAILED = "InitializationFailed"
    INITIALIZING = "Initializing"
    READY = "Ready"
    TERMINATING = "Terminating"

    def __str__(self) -> str:
        return str(self.value)
