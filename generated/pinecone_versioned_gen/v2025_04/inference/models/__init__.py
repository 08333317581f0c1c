"""Models of this surface, each module imported on first use (written by codegen; do not edit).

Importing one model no longer loads every model of the surface: a client that
calls a few operations loads only the models those operations use.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .dense_embedding import DenseEmbedding
    from .dense_vector_type import DenseVectorType
    from .document import Document
    from .embed_request import EmbedRequest
    from .embed_request_inputs_item import EmbedRequestInputsItem
    from .embeddings_list import EmbeddingsList
    from .embeddings_list_usage import EmbeddingsListUsage
    from .error_response import ErrorResponse
    from .error_response_error import ErrorResponseError
    from .error_response_error_code import ErrorResponseErrorCode
    from .model_info import ModelInfo
    from .model_info_list import ModelInfoList
    from .model_info_metric import ModelInfoMetric
    from .model_info_supported_parameter import ModelInfoSupportedParameter
    from .ranked_document import RankedDocument
    from .rerank_request import RerankRequest
    from .rerank_result import RerankResult
    from .rerank_result_usage import RerankResultUsage
    from .sparse_embedding import SparseEmbedding
    from .sparse_vector_type import SparseVectorType

_MODULES = {
    "DenseEmbedding": ".dense_embedding",
    "DenseVectorType": ".dense_vector_type",
    "Document": ".document",
    "EmbedRequest": ".embed_request",
    "EmbedRequestInputsItem": ".embed_request_inputs_item",
    "EmbeddingsList": ".embeddings_list",
    "EmbeddingsListUsage": ".embeddings_list_usage",
    "ErrorResponse": ".error_response",
    "ErrorResponseError": ".error_response_error",
    "ErrorResponseErrorCode": ".error_response_error_code",
    "ModelInfo": ".model_info",
    "ModelInfoList": ".model_info_list",
    "ModelInfoMetric": ".model_info_metric",
    "ModelInfoSupportedParameter": ".model_info_supported_parameter",
    "RankedDocument": ".ranked_document",
    "RerankRequest": ".rerank_request",
    "RerankResult": ".rerank_result",
    "RerankResultUsage": ".rerank_result_usage",
    "SparseEmbedding": ".sparse_embedding",
    "SparseVectorType": ".sparse_vector_type",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module, __name__), name)


__all__ = (
    "DenseEmbedding",
    "DenseVectorType",
    "Document",
    "EmbedRequest",
    "EmbedRequestInputsItem",
    "EmbeddingsList",
    "EmbeddingsListUsage",
    "ErrorResponse",
    "ErrorResponseError",
    "ErrorResponseErrorCode",
    "ModelInfo",
    "ModelInfoList",
    "ModelInfoMetric",
    "ModelInfoSupportedParameter",
    "RankedDocument",
    "RerankRequest",
    "RerankResult",
    "RerankResultUsage",
    "SparseEmbedding",
    "SparseVectorType",
)
