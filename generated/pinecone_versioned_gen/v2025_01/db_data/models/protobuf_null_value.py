from enum import StrEnum


class ProtobufNullValue(StrEnum):
    NULL_VALUE = "NULL_VALUE"

    def __str__(self) -> str:
        return str(self.value)
