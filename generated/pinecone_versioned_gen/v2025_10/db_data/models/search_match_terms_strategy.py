from enum import StrEnum


class SearchMatchTermsStrategy(StrEnum):
    ALL = "all"

    def __str__(self) -> str:
        return str(self.value)
