from enum import StrEnum

from pinecone_versioned_gen._runtime.enums import unknown_member


class CreateAssistantBodyRegion(StrEnum):
    EU = "eu"
    US = "us"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CreateAssistantBodyRegion | None":
        # A value a later service release added: kept (see _runtime.enums), not an error.
        return unknown_member(cls, value)
