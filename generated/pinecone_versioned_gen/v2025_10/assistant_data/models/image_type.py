from enum import StrEnum


class ImageType(StrEnum):
    IMAGE = "image"

    def __str__(self) -> str:
        return str(self.value)
