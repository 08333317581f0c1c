"""Runtime shared by every generated surface package (written by codegen; do not edit).

One client class, one set of types and one error type serve all API versions
and surfaces, so a caller can hand the same configured HTTP connection pool to
every generated function.
"""

from pinecone_versioned_gen._runtime.client import AuthenticatedClient, Client
from pinecone_versioned_gen._runtime.errors import UnexpectedStatus
from pinecone_versioned_gen._runtime.types import UNSET, File, Response, Unset

__all__ = ["UNSET", "AuthenticatedClient", "Client", "File", "Response", "UnexpectedStatus", "Unset"]
