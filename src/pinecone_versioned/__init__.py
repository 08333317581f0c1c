"""pinecone-versioned: a Pinecone client in which the API version is a parameter.

>>> from pinecone_versioned import Pinecone, ServerlessSpec
>>> pc = Pinecone(api_key="...", api_version="2025-04")        # doctest: +SKIP
>>> pc.create_index("movies", ServerlessSpec("aws", "us-east-1"), dimension=3)  # doctest: +SKIP
>>> index = pc.Index("movies")                                   # doctest: +SKIP
>>> index.upsert([("a", [0.1, 0.2, 0.3])])                       # doctest: +SKIP
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("pinecone-versioned")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0"

# Imported after __version__, which the HTTP layer puts in the User-Agent.
from pinecone_versioned._assistant import ChatStreamChunk
from pinecone_versioned._capabilities import capabilities
from pinecone_versioned._config import RetryConfig, default_api_version, supported_api_versions
from pinecone_versioned._data import NamespaceMatch, QueryNamespacesResult
from pinecone_versioned.client import (
    Admin,
    Assistant,
    AsyncAdmin,
    AsyncAssistant,
    AsyncIndex,
    AsyncPinecone,
    Index,
    Pinecone,
)
from pinecone_versioned.errors import (
    ApiError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    ForbiddenError,
    InvalidArgumentError,
    NotFoundError,
    PineconeConnectionError,
    PineconeError,
    PineconeTimeoutError,
    RateLimitedError,
    ServerError,
    UnauthorizedError,
    UnsupportedApiVersionError,
    UnsupportedOperationError,
)
from pinecone_versioned.sdk_versions import api_version_for, sdk_majors
from pinecone_versioned.specs import ByocSpec, PodSpec, ServerlessSpec

__all__ = [
    "Admin",
    "ApiError",
    "Assistant",
    "AsyncAdmin",
    "AsyncAssistant",
    "AsyncIndex",
    "AsyncPinecone",
    "BadRequestError",
    "ByocSpec",
    "ChatStreamChunk",
    "ConfigurationError",
    "ConflictError",
    "ForbiddenError",
    "Index",
    "InvalidArgumentError",
    "NamespaceMatch",
    "NotFoundError",
    "Pinecone",
    "PineconeConnectionError",
    "PineconeError",
    "PineconeTimeoutError",
    "PodSpec",
    "QueryNamespacesResult",
    "RateLimitedError",
    "RetryConfig",
    "ServerError",
    "ServerlessSpec",
    "UnauthorizedError",
    "UnsupportedApiVersionError",
    "UnsupportedOperationError",
    "__version__",
    "api_version_for",
    "capabilities",
    "default_api_version",
    "sdk_majors",
    "supported_api_versions",
]
