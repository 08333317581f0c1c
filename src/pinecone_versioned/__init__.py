"""pinecone-versioned: a Pinecone client in which the API version is a parameter."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("pinecone-versioned")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0"

__all__ = ["__version__"]
