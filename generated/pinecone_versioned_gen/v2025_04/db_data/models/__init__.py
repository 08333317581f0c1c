"""Models of this surface, each module imported on first use (written by codegen; do not edit).

Importing one model no longer loads every model of the surface: a client that
calls a few operations loads only the models those operations use.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cancel_import_response import CancelImportResponse
    from .delete_request import DeleteRequest
    from .delete_response import DeleteResponse
    from .describe_index_stats_request import DescribeIndexStatsRequest
    from .embed_inputs import EmbedInputs
    from .fetch_response import FetchResponse
    from .fetch_response_vectors import FetchResponseVectors
    from .hit import Hit
    from .import_error_mode import ImportErrorMode
    from .import_error_mode_on_error import ImportErrorModeOnError
    from .import_model import ImportModel
    from .import_model_status import ImportModelStatus
    from .index_description import IndexDescription
    from .index_description_namespaces import IndexDescriptionNamespaces
    from .list_imports_response import ListImportsResponse
    from .list_item import ListItem
    from .list_namespaces_response import ListNamespacesResponse
    from .list_response import ListResponse
    from .namespace_description import NamespaceDescription
    from .namespace_summary import NamespaceSummary
    from .pagination import Pagination
    from .protobuf_any import ProtobufAny
    from .protobuf_null_value import ProtobufNullValue
    from .query_request import QueryRequest
    from .query_response import QueryResponse
    from .query_vector import QueryVector
    from .rpc_status import RpcStatus
    from .scored_vector import ScoredVector
    from .search_records_request import SearchRecordsRequest
    from .search_records_request_query import SearchRecordsRequestQuery
    from .search_records_request_rerank import SearchRecordsRequestRerank
    from .search_records_response import SearchRecordsResponse
    from .search_records_response_result import SearchRecordsResponseResult
    from .search_records_vector import SearchRecordsVector
    from .search_usage import SearchUsage
    from .search_vector import SearchVector
    from .single_query_results import SingleQueryResults
    from .sparse_values import SparseValues
    from .start_import_request import StartImportRequest
    from .start_import_response import StartImportResponse
    from .update_request import UpdateRequest
    from .update_response import UpdateResponse
    from .upsert_record import UpsertRecord
    from .upsert_request import UpsertRequest
    from .upsert_response import UpsertResponse
    from .usage import Usage
    from .vector import Vector

_MODULES = {
    "CancelImportResponse": ".cancel_import_response",
    "DeleteRequest": ".delete_request",
    "DeleteResponse": ".delete_response",
    "DescribeIndexStatsRequest": ".describe_index_stats_request",
    "EmbedInputs": ".embed_inputs",
    "FetchResponse": ".fetch_response",
    "FetchResponseVectors": ".fetch_response_vectors",
    "Hit": ".hit",
    "ImportErrorMode": ".import_error_mode",
    "ImportErrorModeOnError": ".import_error_mode_on_error",
    "ImportModel": ".import_model",
    "ImportModelStatus": ".import_model_status",
    "IndexDescription": ".index_description",
    "IndexDescriptionNamespaces": ".index_description_namespaces",
    "ListImportsResponse": ".list_imports_response",
    "ListItem": ".list_item",
    "ListNamespacesResponse": ".list_namespaces_response",
    "ListResponse": ".list_response",
    "NamespaceDescription": ".namespace_description",
    "NamespaceSummary": ".namespace_summary",
    "Pagination": ".pagination",
    "ProtobufAny": ".protobuf_any",
    "ProtobufNullValue": ".protobuf_null_value",
    "QueryRequest": ".query_request",
    "QueryResponse": ".query_response",
    "QueryVector": ".query_vector",
    "RpcStatus": ".rpc_status",
    "ScoredVector": ".scored_vector",
    "SearchRecordsRequest": ".search_records_request",
    "SearchRecordsRequestQuery": ".search_records_request_query",
    "SearchRecordsRequestRerank": ".search_records_request_rerank",
    "SearchRecordsResponse": ".search_records_response",
    "SearchRecordsResponseResult": ".search_records_response_result",
    "SearchRecordsVector": ".search_records_vector",
    "SearchUsage": ".search_usage",
    "SearchVector": ".search_vector",
    "SingleQueryResults": ".single_query_results",
    "SparseValues": ".sparse_values",
    "StartImportRequest": ".start_import_request",
    "StartImportResponse": ".start_import_response",
    "UpdateRequest": ".update_request",
    "UpdateResponse": ".update_response",
    "UpsertRecord": ".upsert_record",
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
    "CancelImportResponse",
    "DeleteRequest",
    "DeleteResponse",
    "DescribeIndexStatsRequest",
    "EmbedInputs",
    "FetchResponse",
    "FetchResponseVectors",
    "Hit",
    "ImportErrorMode",
    "ImportErrorModeOnError",
    "ImportModel",
    "ImportModelStatus",
    "IndexDescription",
    "IndexDescriptionNamespaces",
    "ListImportsResponse",
    "ListItem",
    "ListNamespacesResponse",
    "ListResponse",
    "NamespaceDescription",
    "NamespaceSummary",
    "Pagination",
    "ProtobufAny",
    "ProtobufNullValue",
    "QueryRequest",
    "QueryResponse",
    "QueryVector",
    "RpcStatus",
    "ScoredVector",
    "SearchRecordsRequest",
    "SearchRecordsRequestQuery",
    "SearchRecordsRequestRerank",
    "SearchRecordsResponse",
    "SearchRecordsResponseResult",
    "SearchRecordsVector",
    "SearchUsage",
    "SearchVector",
    "SingleQueryResults",
    "SparseValues",
    "StartImportRequest",
    "StartImportResponse",
    "UpdateRequest",
    "UpdateResponse",
    "UpsertRecord",
    "UpsertRequest",
    "UpsertResponse",
    "Usage",
    "Vector",
)
