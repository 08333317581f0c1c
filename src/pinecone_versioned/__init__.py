"""pinecone-versioned: a Pinecone client in which the API version is a parameter.

>>> from pinecone_versioned import Pinecone, ServerlessSpec
>>> pc = Pinecone(api_key="...", api_version="2025-04")        # doctest: +SKIP
>>> pc.create_index("movies", ServerlessSpec("aws", "us-east-1"), dimension=3)  # doctest: +SKIP
>>> index = pc.Index("movies")                                   # doctest: +SKIP
>>> index.upsert([("a", [0.1, 0.2, 0.3])])                       # doctest: +SKIP
"""

import importlib
from typing import TYPE_CHECKING, Any

from pinecone_versioned._capabilities import capabilities
from pinecone_versioned._config import RetryConfig, default_api_version, supported_api_versions
from pinecone_versioned._data import NamespaceMatch, QueryNamespacesResult
from pinecone_versioned._version import __version__
from pinecone_versioned.client import AsyncIndex, AsyncPinecone, Index, Pinecone
from pinecone_versioned.errors import (
    ApiError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    DeprecatedApiVersionWarning,
    ForbiddenError,
    InvalidArgumentError,
    InvalidArgumentTypeError,
    NotFoundError,
    OutcomeUnknownError,
    PineconeConnectionError,
    PineconeError,
    PineconeTimeoutError,
    PreviewApiVersionWarning,
    RateLimitedError,
    ServerError,
    UnauthorizedError,
    UnexpectedResponseError,
    UnsupportedApiVersionError,
    UnsupportedOperationError,
    UpsertError,
)
from pinecone_versioned.sdk_versions import api_version_for, sdk_majors
from pinecone_versioned.specs import ByocSpec, PodSpec, ServerlessSpec

if TYPE_CHECKING:
    from pinecone_versioned.admin import Admin, AsyncAdmin
    from pinecone_versioned.assistant import Assistant, AsyncAssistant, ChatStreamChunk

# Less common clients are imported on first use, which keeps `import pinecone_versioned` light.
_LAZY = {
    "Admin": "pinecone_versioned.admin",
    "AsyncAdmin": "pinecone_versioned.admin",
    "Assistant": "pinecone_versioned.assistant",
    "AsyncAssistant": "pinecone_versioned.assistant",
    "ChatStreamChunk": "pinecone_versioned.assistant",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'pinecone_versioned' has no attribute {name!r}")


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
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "DeprecatedApiVersionWarning",
    "ForbiddenError",
    "Index",
    "InvalidArgumentError",
    "InvalidArgumentTypeError",
    "NamespaceMatch",
    "NotFoundError",
    "OutcomeUnknownError",
    "Pinecone",
    "PineconeConnectionError",
    "PineconeError",
    "PineconeTimeoutError",
    "PodSpec",
    "PreviewApiVersionWarning",
    "QueryNamespacesResult",
    "RateLimitedError",
    "RetryConfig",
    "ServerError",
    "ServerlessSpec",
    "UnauthorizedError",
    "UnexpectedResponseError",
    "UnsupportedApiVersionError",
    "UnsupportedOperationError",
    "UpsertError",
    "__version__",
    "api_version_for",
    "capabilities",
    "default_api_version",
    "sdk_majors",
    "supported_api_versions",
]
