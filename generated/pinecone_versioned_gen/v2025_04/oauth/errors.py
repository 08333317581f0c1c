"""The shared runtime's errors, re-exported for this surface's generated modules."""

from pinecone_versioned_gen._runtime.errors import UnexpectedStatus

__all__ = ["UnexpectedStatus"]
