from enum import StrEnum

from pinecone_versioned_gen._runtime.enums import unknown_member


class ImportModelStatus(StrEnum):
    CANCELLED = "Cancelled"
    COMPLETED = "Completed"
    FAILED = "Failed"
    INPROGRESS = "InProgress"
    PENDING = "Pending"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ImportModelStatus | None":
        # A value a later service release added: kept (see _runtime.enums), not an error.
        return unknown_member(cls, value)
