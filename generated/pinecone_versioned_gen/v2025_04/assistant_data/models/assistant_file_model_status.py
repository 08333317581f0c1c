from enum import StrEnum


class AssistantFileModelStatus(StrEnum):
    AVAILABLE = "Available"
    DELETING = "Deleting"
    PROCESSING = "Processing"
    PROCESSINGFAILED = "ProcessingFailed"

    def __str__(self) -> str:
        return str(self.value)
