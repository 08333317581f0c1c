"""Contains all the data models used in inputs/outputs"""

from .dense_embedding import DenseEmbedding
from .dense_vector_type import DenseVectorType
from .document import Document
from .embed_request import EmbedRequest
from .embed_request_inputs_item import EmbedRequestInputsItem
from .embed_request_parameters import EmbedRequestParameters
from .embeddings_list import EmbeddingsList
from .embeddings_list_usage import EmbeddingsListUsage
from .error_response import ErrorResponse
from .error_response_error import ErrorResponseError
from .error_response_error_code import ErrorResponseErrorCode
from .error_response_error_details import ErrorResponseErrorDetails
from .list_models_type import ListModelsType
from .list_models_vector_type import ListModelsVectorType
from .model_info import ModelInfo
from .model_info_list import ModelInfoList
from .model_info_metric import ModelInfoMetric
from .model_info_supported_parameter import ModelInfoSupportedParameter
from .ranked_document import RankedDocument
from .rerank_request import RerankRequest
from .rerank_request_parameters import RerankRequestParameters
from .rerank_result import RerankResult
from .rerank_result_usage import RerankResultUsage
from .sparse_embedding import SparseEmbedding
from .sparse_vector_type import SparseVectorType

__all__ = (
    "DenseEmbedding",
    "DenseVectorType",
    "Document",
    "EmbedRequest",
    "EmbedRequestInputsItem",
    "EmbedRequestParameters",
    "EmbeddingsList",
    "EmbeddingsListUsage",
    "ErrorResponse",
    "ErrorResponseError",
    "ErrorResponseErrorCode",
    "ErrorResponseErrorDetails",
    "ListModelsType",
    "ListModelsVectorType",
    "ModelInfo",
    "ModelInfoList",
    "ModelInfoMetric",
    "ModelInfoSupportedParameter",
    "RankedDocument",
    "RerankRequest",
    "RerankRequestParameters",
    "RerankResult",
    "RerankResultUsage",
    "SparseEmbedding",
    "SparseVectorType",
)
