from enum import StrEnum


class JsonType(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
