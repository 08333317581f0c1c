"""The shared runtime's client, re-exported for this surface's generated modules."""

from pinecone_versioned_gen._runtime.client import AuthenticatedClient, Client

__all__ = ["AuthenticatedClient", "Client"]
