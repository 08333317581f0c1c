"""The shared runtime's types, re-exported for this surface's generated modules."""

from pinecone_versioned_gen._runtime.types import UNSET, File, FileTypes, RequestFiles, Response, Unset

__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
