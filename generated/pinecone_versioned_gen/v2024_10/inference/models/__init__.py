"""Models of this surface, each module imported on first use (written by codegen; do not edit).

Importing one model no longer loads every model of the surface: a client that
calls a few operations loads only the models those operations use.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .document import Document
    from .embed_request import EmbedRequest
    from .embed_request_inputs_item import EmbedRequestInputsItem
    from .embed_request_parameters import EmbedRequestParameters
    from .embedding import Embedding
    from .embeddings_list import EmbeddingsList
    from .embeddings_list_usage import EmbeddingsListUsage
    from .error_response import ErrorResponse
    from .error_response_error import ErrorResponseError
    from .error_response_error_code import ErrorResponseErrorCode
    from .ranked_document import RankedDocument
    from .rerank_body import RerankBody
    from .rerank_body_parameters import RerankBodyParameters
    from .rerank_result import RerankResult
    from .rerank_result_usage import RerankResultUsage

_MODULES = {
    "Document": ".document",
    "EmbedRequest": ".embed_request",
    "EmbedRequestInputsItem": ".embed_request_inputs_item",
    "EmbedRequestParameters": ".embed_request_parameters",
    "Embedding": ".embedding",
    "EmbeddingsList": ".embeddings_list",
    "EmbeddingsListUsage": ".embeddings_list_usage",
    "ErrorResponse": ".error_response",
    "ErrorResponseError": ".error_response_error",
    "ErrorResponseErrorCode": ".error_response_error_code",
    "RankedDocument": ".ranked_document",
    "RerankBody": ".rerank_body",
    "RerankBodyParameters": ".rerank_body_parameters",
    "RerankResult": ".rerank_result",
    "RerankResultUsage": ".rerank_result_usage",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module, __name__), name)


__all__ = (
    "Document",
    "EmbedRequest",
    "EmbedRequestInputsItem",
    "EmbedRequestParameters",
    "Embedding",
    "EmbeddingsList",
    "EmbeddingsListUsage",
    "ErrorResponse",
    "ErrorResponseError",
    "ErrorResponseErrorCode",
    "RankedDocument",
    "RerankBody",
    "RerankBodyParameters",
    "RerankResult",
    "RerankResultUsage",
)
