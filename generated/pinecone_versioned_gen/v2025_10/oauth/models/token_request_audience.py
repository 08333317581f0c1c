from enum import StrEnum


class TokenRequestAudience(StrEnum):
    HTTPSAPI_PINECONE_IO = "https://api.pinecone.io/"

    def __str__(self) -> str:
        return str(self.value)
