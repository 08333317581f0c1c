"""Models of this surface, each module imported on first use (written by codegen; do not edit).

Importing one model no longer loads every model of the surface: a client that
calls a few operations loads only the models those operations use.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cancel_import_response import CancelImportResponse
    from .create_namespace_request import CreateNamespaceRequest
    from .delete_request import DeleteRequest
    from .delete_response import DeleteResponse
    from .describe_index_stats_request import DescribeIndexStatsRequest
    from .embed_inputs import EmbedInputs
    from .fetch_by_metadata_request import FetchByMetadataRequest
    from .fetch_by_metadata_response import FetchByMetadataResponse
    from .fetch_by_metadata_response_vectors import FetchByMetadataResponseVectors
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
    from .metadata_schema import MetadataSchema
    from .metadata_schema_field import MetadataSchemaField
    from .metadata_schema_fields import MetadataSchemaFields
    from .namespace_description import NamespaceDescription
    from .namespace_description_indexed_fields import NamespaceDescriptionIndexedFields
    from .namespace_summary import NamespaceSummary
    from .pagination import Pagination
    from .protobuf_any import ProtobufAny
    from .query_request import QueryRequest
    from .query_response import QueryResponse
    from .query_vector import QueryVector
    from .rpc_status import RpcStatus
    from .scored_vector import ScoredVector
    from .search_match_terms import SearchMatchTerms
    from .search_match_terms_strategy import SearchMatchTermsStrategy
    from .search_records_request import SearchRecordsRequest
    from .search_records_request_query import SearchRecordsRequestQuery
    from .search_records_request_rerank import SearchRecordsRequestRerank
    from .search_records_response import SearchRecordsResponse
    from .search_records_response_result import SearchRecordsResponseResult
    from .search_records_vector import SearchRecordsVector
    from .search_usage import SearchUsage
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
    "CreateNamespaceRequest": ".create_namespace_request",
    "DeleteRequest": ".delete_request",
    "DeleteResponse": ".delete_response",
    "DescribeIndexStatsRequest": ".describe_index_stats_request",
    "EmbedInputs": ".embed_inputs",
    "FetchByMetadataRequest": ".fetch_by_metadata_request",
    "FetchByMetadataResponse": ".fetch_by_metadata_response",
    "FetchByMetadataResponseVectors": ".fetch_by_metadata_response_vectors",
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
    "MetadataSchema": ".metadata_schema",
    "MetadataSchemaField": ".metadata_schema_field",
    "MetadataSchemaFields": ".metadata_schema_fields",
    "NamespaceDescription": ".namespace_description",
    "NamespaceDescriptionIndexedFields": ".namespace_description_indexed_fields",
    "NamespaceSummary": ".namespace_summary",
    "Pagination": ".pagination",
    "ProtobufAny": ".protobuf_any",
    "QueryRequest": ".query_request",
    "QueryResponse": ".query_response",
    "QueryVector": ".query_vector",
    "RpcStatus": ".rpc_status",
    "ScoredVector": ".scored_vector",
    "SearchMatchTerms": ".search_match_terms",
    "SearchMatchTermsStrategy": ".search_match_terms_strategy",
    "SearchRecordsRequest": ".search_records_request",
    "SearchRecordsRequestQuery": ".search_records_request_query",
    "SearchRecordsRequestRerank": ".search_records_request_rerank",
    "SearchRecordsResponse": ".search_records_response",
    "SearchRecordsResponseResult": ".search_records_response_result",
    "SearchRecordsVector": ".search_records_vector",
    "SearchUsage": ".search_usage",
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
    "CreateNamespaceRequest",
    "DeleteRequest",
    "DeleteResponse",
    "DescribeIndexStatsRequest",
    "EmbedInputs",
    "FetchByMetadataRequest",
    "FetchByMetadataResponse",
    "FetchByMetadataResponseVectors",
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
    "MetadataSchema",
    "MetadataSchemaField",
    "MetadataSchemaFields",
    "NamespaceDescription",
    "NamespaceDescriptionIndexedFields",
    "NamespaceSummary",
    "Pagination",
    "ProtobufAny",
    "QueryRequest",
    "QueryResponse",
    "QueryVector",
    "RpcStatus",
    "ScoredVector",
    "SearchMatchTerms",
    "SearchMatchTermsStrategy",
    "SearchRecordsRequest",
    "SearchRecordsRequestQuery",
    "SearchRecordsRequestRerank",
    "SearchRecordsResponse",
    "SearchRecordsResponseResult",
    "SearchRecordsVector",
    "SearchUsage",
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
