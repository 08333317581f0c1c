"""A local, Pinecone-compatible server that speaks every API version of the spec directory.

``LocalServer`` runs it in process (see ``server``); ``pinecone-versioned serve``
runs it from the command line (see ``cli``).
"""

from .server import LocalServer

__all__ = ["LocalServer"]
