"""Contains all the data models used in inputs/outputs"""

from .delete_request import DeleteRequest
from .delete_request_filter import DeleteRequestFilter
from .delete_response import DeleteResponse
from .describe_index_stats_request import DescribeIndexStatsRequest
from .describe_index_stats_request_filter import DescribeIndexStatsRequestFilter
from .describe_index_stats_response import DescribeIndexStatsResponse
from .describe_index_stats_response_namespaces import DescribeIndexStatsResponseNamespaces
from .fetch_response import FetchResponse
from .fetch_response_vectors import FetchResponseVectors
from .list_item import ListItem
from .list_response import ListResponse
from .namespace_summary import NamespaceSummary
from .pagination import Pagination
from .protobuf_any import ProtobufAny
from .protobuf_null_value import ProtobufNullValue
from .query_request import QueryRequest
from .query_request_filter import QueryRequestFilter
from .query_response import QueryResponse
from .query_vector import QueryVector
from .query_vector_filter import QueryVectorFilter
from .rpc_status import RpcStatus
from .scored_vector import ScoredVector
from .scored_vector_metadata import ScoredVectorMetadata
from .single_query_results import SingleQueryResults
from .sparse_values import SparseValues
from .update_request import UpdateRequest
from .update_request_set_metadata import UpdateRequestSetMetadata
from .update_response import UpdateResponse
from .upsert_request import UpsertRequest
from .upsert_response import UpsertResponse
from .usage import Usage
from .vector import Vector
from .vector_metadata import VectorMetadata

__all__ = (
    "DeleteRequest",
    "DeleteRequestFilter",
    "DeleteResponse",
    "DescribeIndexStatsRequest",
    "DescribeIndexStatsRequestFilter",
    "DescribeIndexStatsResponse",
    "DescribeIndexStatsResponseNamespaces",
    "FetchResponse",
    "FetchResponseVectors",
    "ListItem",
    "ListResponse",
    "NamespaceSummary",
    "Pagination",
    "ProtobufAny",
    "ProtobufNullValue",
    "QueryRequest",
    "QueryRequestFilter",
    "QueryResponse",
    "QueryVector",
    "QueryVectorFilter",
    "RpcStatus",
    "ScoredVector",
    "ScoredVectorMetadata",
    "SingleQueryResults",
    "SparseValues",
    "UpdateRequest",
    "UpdateRequestSetMetadata",
    "UpdateResponse",
    "UpsertRequest",
    "UpsertResponse",
    "Usage",
    "Vector",
    "VectorMetadata",
)
