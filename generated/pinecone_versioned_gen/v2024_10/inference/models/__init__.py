"""Contains all the data models used in inputs/outputs"""

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
from .error_response_error_details import ErrorResponseErrorDetails
from .ranked_document import RankedDocument
from .rerank_body import RerankBody
from .rerank_body_parameters import RerankBodyParameters
from .rerank_result import RerankResult
from .rerank_result_usage import RerankResultUsage

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
    "ErrorResponseErrorDetails",
    "RankedDocument",
    "RerankBody",
    "RerankBodyParameters",
    "RerankResult",
    "RerankResultUsage",
)
