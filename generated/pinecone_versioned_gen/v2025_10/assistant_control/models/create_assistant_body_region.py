from enum import StrEnum


class CreateAssistantBodyRegion(StrEnum):
    EU = "eu"
    US = "us"

    def __str__(self) -> str:
        return str(self.value)
