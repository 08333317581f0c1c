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
from .ranked_document import RankedDocument
from .rerank_request import RerankRequest
from .rerank_request_parameters import RerankRequestParameters
from .rerank_result import RerankResult
from .rerank_result_usage import RerankResultUsage
from .sparse_embedding import SparseEmbedding
from .sparse_vector_type import SparseVectorType
from .vector_type import VectorType

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
    "RankedDocument",
    "RerankRequest",
    "RerankRequestParameters",
    "RerankResult",
    "RerankResultUsage",
    "SparseEmbedding",
    "SparseVectorType",
    "VectorType",
)
