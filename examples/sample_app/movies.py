"""A tiny application that uses Pinecone: store movies by embedding and genre, find similar ones.

It builds its client from the environment (PINECONE_API_KEY, PINECONE_CONTROLLER_HOST,
PINECONE_API_VERSION), as an application deployed against Pinecone would; its tests
(test_movies.py) point that environment at a local server with the pytest plugin.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pinecone_versioned import Pinecone, ServerlessSpec

INDEX = "movies"
DIMENSION = 3


class MovieShelf:
    """Movies in one Pinecone index, searched by similarity within a genre."""

    def __init__(self, client: Pinecone | None = None) -> None:
        self.client = client or Pinecone()

    def open(self) -> None:
        """Create the index on first use."""
        if INDEX not in self.client.list_indexes().names():
            self.client.create_index(INDEX, ServerlessSpec("aws", "us-east-1"), dimension=DIMENSION)

    def add(self, movies: Mapping[str, tuple[Sequence[float], str]]) -> int:
        """Store movies (title -> (embedding, genre)); how many were written."""
        written = self.client.Index(INDEX).upsert(
            [(title, list(vector), {"genre": genre}) for title, (vector, genre) in movies.items()]
        )
        return written.upserted_count

    def similar(self, vector: Sequence[float], genre: str | None = None, count: int = 3) -> list[str]:
        """The titles closest to ``vector``, best first, within ``genre`` if given."""
        found = self.client.Index(INDEX).query(
            vector=list(vector), top_k=count, filter={"genre": genre} if genre else None
        )
        return [match.id for match in found.matches]
