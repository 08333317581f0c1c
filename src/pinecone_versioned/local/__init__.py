"""A local, Pinecone-compatible server that speaks every API version of the spec directory.

``LocalServer`` runs it in process (see ``server``); ``pinecone-versioned serve``
runs it from the command line (see ``cli``); ``IndexDefinition`` is an index it
creates at start.
"""

from ._startup import IndexDefinition
from .server import LocalServer

__all__ = ["IndexDefinition", "LocalServer"]
