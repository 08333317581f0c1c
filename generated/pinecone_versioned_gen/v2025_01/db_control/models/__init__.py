"""Models of this surface, each module imported on first use (written by codegen; do not edit).

Importing one model no longer loads every model of the surface: a client that
calls a few operations loads only the models those operations use.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .collection_list import CollectionList
    from .collection_model import CollectionModel
    from .collection_model_status import CollectionModelStatus
    from .configure_index_embed import ConfigureIndexEmbed
    from .configure_index_request import ConfigureIndexRequest
    from .configure_index_request_spec import ConfigureIndexRequestSpec
    from .configure_index_request_spec_pod import ConfigureIndexRequestSpecPod
    from .create_collection_request import CreateCollectionRequest
    from .create_index_embed import CreateIndexEmbed
    from .create_index_embed_metric import CreateIndexEmbedMetric
    from .create_index_for_model_request import CreateIndexForModelRequest
    from .create_index_for_model_request_cloud import CreateIndexForModelRequestCloud
    from .create_index_request import CreateIndexRequest
    from .create_index_request_metric import CreateIndexRequestMetric
    from .deletion_protection import DeletionProtection
    from .error_response import ErrorResponse
    from .error_response_error import ErrorResponseError
    from .error_response_error_code import ErrorResponseErrorCode
    from .index_list import IndexList
    from .index_model import IndexModel
    from .index_model_metric import IndexModelMetric
    from .index_model_spec import IndexModelSpec
    from .index_model_status import IndexModelStatus
    from .index_model_status_state import IndexModelStatusState
    from .index_spec import IndexSpec
    from .index_tags import IndexTags
    from .model_index_embed import ModelIndexEmbed
    from .model_index_embed_metric import ModelIndexEmbedMetric
    from .pod_spec import PodSpec
    from .pod_spec_metadata_config import PodSpecMetadataConfig
    from .serverless_spec import ServerlessSpec
    from .serverless_spec_cloud import ServerlessSpecCloud

_MODULES = {
    "CollectionList": ".collection_list",
    "CollectionModel": ".collection_model",
    "CollectionModelStatus": ".collection_model_status",
    "ConfigureIndexEmbed": ".configure_index_embed",
    "ConfigureIndexRequest": ".configure_index_request",
    "ConfigureIndexRequestSpec": ".configure_index_request_spec",
    "ConfigureIndexRequestSpecPod": ".configure_index_request_spec_pod",
    "CreateCollectionRequest": ".create_collection_request",
    "CreateIndexEmbed": ".create_index_embed",
    "CreateIndexEmbedMetric": ".create_index_embed_metric",
    "CreateIndexForModelRequest": ".create_index_for_model_request",
    "CreateIndexForModelRequestCloud": ".create_index_for_model_request_cloud",
    "CreateIndexRequest": ".create_index_request",
    "CreateIndexRequestMetric": ".create_index_request_metric",
    "DeletionProtection": ".deletion_protection",
    "ErrorResponse": ".error_response",
    "ErrorResponseError": ".error_response_error",
    "ErrorResponseErrorCode": ".error_response_error_code",
    "IndexList": ".index_list",
    "IndexModel": ".index_model",
    "IndexModelMetric": ".index_model_metric",
    "IndexModelSpec": ".index_model_spec",
    "IndexModelStatus": ".index_model_status",
    "IndexModelStatusState": ".index_model_status_state",
    "IndexSpec": ".index_spec",
    "IndexTags": ".index_tags",
    "ModelIndexEmbed": ".model_index_embed",
    "ModelIndexEmbedMetric": ".model_index_embed_metric",
    "PodSpec": ".pod_spec",
    "PodSpecMetadataConfig": ".pod_spec_metadata_config",
    "ServerlessSpec": ".serverless_spec",
    "ServerlessSpecCloud": ".serverless_spec_cloud",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module, __name__), name)


__all__ = (
    "CollectionList",
    "CollectionModel",
    "CollectionModelStatus",
    "ConfigureIndexEmbed",
    "ConfigureIndexRequest",
    "ConfigureIndexRequestSpec",
    "ConfigureIndexRequestSpecPod",
    "CreateCollectionRequest",
    "CreateIndexEmbed",
    "CreateIndexEmbedMetric",
    "CreateIndexForModelRequest",
    "CreateIndexForModelRequestCloud",
    "CreateIndexRequest",
    "CreateIndexRequestMetric",
    "DeletionProtection",
    "ErrorResponse",
    "ErrorResponseError",
    "ErrorResponseErrorCode",
    "IndexList",
    "IndexModel",
    "IndexModelMetric",
    "IndexModelSpec",
    "IndexModelStatus",
    "IndexModelStatusState",
    "IndexSpec",
    "IndexTags",
    "ModelIndexEmbed",
    "ModelIndexEmbedMetric",
    "PodSpec",
    "PodSpecMetadataConfig",
    "ServerlessSpec",
    "ServerlessSpecCloud",
)
