from enum import StrEnum

from pinecone_versioned_gen._runtime.enums import unknown_member


class ServerlessSpecCloud(StrEnum):
    AWS = "aws"
    AZURE = "azure"
    GCP = "gcp"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ServerlessSpecCloud | None":
        # A value a later service release added: kept (see _runtime.enums), not an error.
        return unknown_member(cls, value)
