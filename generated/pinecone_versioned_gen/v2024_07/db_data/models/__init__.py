"""Models of this surface, each module imported on first use (written by codegen; do not edit).

Importing one model no longer loads every model of the surface: a client that
calls a few operations loads only the models those operations use.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .delete_request import DeleteRequest
    from .delete_response import DeleteResponse
    from .describe_index_stats_request import DescribeIndexStatsRequest
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
    from .query_response import QueryResponse
    from .query_vector import QueryVector
    from .rpc_status import RpcStatus
    from .scored_vector import ScoredVector
    from .single_query_results import SingleQueryResults
    from .sparse_values import SparseValues
    from .update_request import UpdateRequest
    from .update_response import UpdateResponse
    from .upsert_request import UpsertRequest
    from .upsert_response import UpsertResponse
    from .usage import Usage
    from .vector import Vector

_MODULES = {
    "DeleteRequest": ".delete_request",
    "DeleteResponse": ".delete_response",
    "DescribeIndexStatsRequest": ".describe_index_stats_request",
    "DescribeIndexStatsResponse": ".describe_index_stats_response",
    "DescribeIndexStatsResponseNamespaces": ".describe_index_stats_response_namespaces",
    "FetchResponse": ".fetch_response",
    "FetchResponseVectors": ".fetch_response_vectors",
    "ListItem": ".list_item",
    "ListResponse": ".list_response",
    "NamespaceSummary": ".namespace_summary",
    "Pagination": ".pagination",
    "ProtobufAny": ".protobuf_any",
    "ProtobufNullValue": ".protobuf_null_value",
    "QueryRequest": ".query_request",
    "QueryResponse": ".query_response",
    "QueryVector": ".query_vector",
    "RpcStatus": ".rpc_status",
    "ScoredVector": ".scored_vector",
    "SingleQueryResults": ".single_query_results",
    "SparseValues": ".sparse_values",
    "UpdateRequest": ".update_request",
    "UpdateResponse": ".update_response",
    "UpsertRequest": ".upsert_request",
    "UpsertResponse": ".upsert_response",
    "Usage": ".usage",
    "Vector": ".vector",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module, __name__), name)


__all__ = (
    "DeleteRequest",
    "DeleteResponse",
    "DescribeIndexStatsRequest",
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
    "QueryResponse",
    "QueryVector",
    "RpcStatus",
    "ScoredVector",
    "SingleQueryResults",
    "SparseValues",
    "UpdateRequest",
    "UpdateResponse",
    "UpsertRequest",
    "UpsertResponse",
    "Usage",
    "Vector",
)
