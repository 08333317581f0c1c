"""Models of this surface, each module imported on first use (written by codegen; do not edit).

Importing one model no longer loads every model of the surface: a client that
calls a few operations loads only the models those operations use.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .backup_list import BackupList
    from .backup_model import BackupModel
    from .backup_model_metric import BackupModelMetric
    from .byoc_index_spec import ByocIndexSpec
    from .byoc_spec import ByocSpec
    from .byoc_spec_response import ByocSpecResponse
    from .collection_list import CollectionList
    from .collection_model import CollectionModel
    from .collection_model_status import CollectionModelStatus
    from .configure_byoc_spec import ConfigureByocSpec
    from .configure_byoc_spec_byoc import ConfigureByocSpecByoc
    from .configure_index_embed import ConfigureIndexEmbed
    from .configure_index_request import ConfigureIndexRequest
    from .configure_pod_spec import ConfigurePodSpec
    from .configure_pod_spec_pod import ConfigurePodSpecPod
    from .configure_serverless_spec import ConfigureServerlessSpec
    from .configure_serverless_spec_serverless import ConfigureServerlessSpecServerless
    from .create_backup_request import CreateBackupRequest
    from .create_collection_request import CreateCollectionRequest
    from .create_index_embed import CreateIndexEmbed
    from .create_index_embed_metric import CreateIndexEmbedMetric
    from .create_index_for_model_request import CreateIndexForModelRequest
    from .create_index_for_model_request_cloud import CreateIndexForModelRequestCloud
    from .create_index_from_backup_request import CreateIndexFromBackupRequest
    from .create_index_from_backup_response import CreateIndexFromBackupResponse
    from .create_index_request import CreateIndexRequest
    from .create_index_request_metric import CreateIndexRequestMetric
    from .dedicated_mode import DedicatedMode
    from .deletion_protection import DeletionProtection
    from .error_response import ErrorResponse
    from .error_response_error import ErrorResponseError
    from .error_response_error_code import ErrorResponseErrorCode
    from .index_list import IndexList
    from .index_model import IndexModel
    from .index_model_byoc_spec import IndexModelByocSpec
    from .index_model_metric import IndexModelMetric
    from .index_model_pod_spec import IndexModelPodSpec
    from .index_model_serverless_spec import IndexModelServerlessSpec
    from .index_model_status import IndexModelStatus
    from .index_model_status_state import IndexModelStatusState
    from .index_tags import IndexTags
    from .metadata_schema import MetadataSchema
    from .metadata_schema_field import MetadataSchemaField
    from .metadata_schema_fields import MetadataSchemaFields
    from .model_index_embed import ModelIndexEmbed
    from .model_index_embed_metric import ModelIndexEmbedMetric
    from .on_demand_mode import OnDemandMode
    from .pagination_response import PaginationResponse
    from .pod_index_spec import PodIndexSpec
    from .pod_spec import PodSpec
    from .pod_spec_metadata_config import PodSpecMetadataConfig
    from .read_capacity_dedicated_config import ReadCapacityDedicatedConfig
    from .read_capacity_dedicated_spec import ReadCapacityDedicatedSpec
    from .read_capacity_dedicated_spec_response import ReadCapacityDedicatedSpecResponse
    from .read_capacity_on_demand_spec import ReadCapacityOnDemandSpec
    from .read_capacity_on_demand_spec_response import ReadCapacityOnDemandSpecResponse
    from .read_capacity_status import ReadCapacityStatus
    from .restore_job_list import RestoreJobList
    from .restore_job_model import RestoreJobModel
    from .scaling_config_manual import ScalingConfigManual
    from .serverless_index_spec import ServerlessIndexSpec
    from .serverless_spec import ServerlessSpec
    from .serverless_spec_cloud import ServerlessSpecCloud
    from .serverless_spec_response import ServerlessSpecResponse
    from .serverless_spec_response_cloud import ServerlessSpecResponseCloud

_MODULES = {
    "BackupList": ".backup_list",
    "BackupModel": ".backup_model",
    "BackupModelMetric": ".backup_model_metric",
    "ByocIndexSpec": ".byoc_index_spec",
    "ByocSpec": ".byoc_spec",
    "ByocSpecResponse": ".byoc_spec_response",
    "CollectionList": ".collection_list",
    "CollectionModel": ".collection_model",
    "CollectionModelStatus": ".collection_model_status",
    "ConfigureByocSpec": ".configure_byoc_spec",
    "ConfigureByocSpecByoc": ".configure_byoc_spec_byoc",
    "ConfigureIndexEmbed": ".configure_index_embed",
    "ConfigureIndexRequest": ".configure_index_request",
    "ConfigurePodSpec": ".configure_pod_spec",
    "ConfigurePodSpecPod": ".configure_pod_spec_pod",
    "ConfigureServerlessSpec": ".configure_serverless_spec",
    "ConfigureServerlessSpecServerless": ".configure_serverless_spec_serverless",
    "CreateBackupRequest": ".create_backup_request",
    "CreateCollectionRequest": ".create_collection_request",
    "CreateIndexEmbed": ".create_index_embed",
    "CreateIndexEmbedMetric": ".create_index_embed_metric",
    "CreateIndexForModelRequest": ".create_index_for_model_request",
    "CreateIndexForModelRequestCloud": ".create_index_for_model_request_cloud",
    "CreateIndexFromBackupRequest": ".create_index_from_backup_request",
    "CreateIndexFromBackupResponse": ".create_index_from_backup_response",
    "CreateIndexRequest": ".create_index_request",
    "CreateIndexRequestMetric": ".create_index_request_metric",
    "DedicatedMode": ".dedicated_mode",
    "DeletionProtection": ".deletion_protection",
    "ErrorResponse": ".error_response",
    "ErrorResponseError": ".error_response_error",
    "ErrorResponseErrorCode": ".error_response_error_code",
    "IndexList": ".index_list",
    "IndexModel": ".index_model",
    "IndexModelByocSpec": ".index_model_byoc_spec",
    "IndexModelMetric": ".index_model_metric",
    "IndexModelPodSpec": ".index_model_pod_spec",
    "IndexModelServerlessSpec": ".index_model_serverless_spec",
    "IndexModelStatus": ".index_model_status",
    "IndexModelStatusState": ".index_model_status_state",
    "IndexTags": ".index_tags",
    "MetadataSchema": ".metadata_schema",
    "MetadataSchemaField": ".metadata_schema_field",
    "MetadataSchemaFields": ".metadata_schema_fields",
    "ModelIndexEmbed": ".model_index_embed",
    "ModelIndexEmbedMetric": ".model_index_embed_metric",
    "OnDemandMode": ".on_demand_mode",
    "PaginationResponse": ".pagination_response",
    "PodIndexSpec": ".pod_index_spec",
    "PodSpec": ".pod_spec",
    "PodSpecMetadataConfig": ".pod_spec_metadata_config",
    "ReadCapacityDedicatedConfig": ".read_capacity_dedicated_config",
    "ReadCapacityDedicatedSpec": ".read_capacity_dedicated_spec",
    "ReadCapacityDedicatedSpecResponse": ".read_capacity_dedicated_spec_response",
    "ReadCapacityOnDemandSpec": ".read_capacity_on_demand_spec",
    "ReadCapacityOnDemandSpecResponse": ".read_capacity_on_demand_spec_response",
    "ReadCapacityStatus": ".read_capacity_status",
    "RestoreJobList": ".restore_job_list",
    "RestoreJobModel": ".restore_job_model",
    "ScalingConfigManual": ".scaling_config_manual",
    "ServerlessIndexSpec": ".serverless_index_spec",
    "ServerlessSpec": ".serverless_spec",
    "ServerlessSpecCloud": ".serverless_spec_cloud",
    "ServerlessSpecResponse": ".serverless_spec_response",
    "ServerlessSpecResponseCloud": ".serverless_spec_response_cloud",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module, __name__), name)


__all__ = (
    "BackupList",
    "BackupModel",
    "BackupModelMetric",
    "ByocIndexSpec",
    "ByocSpec",
    "ByocSpecResponse",
    "CollectionList",
    "CollectionModel",
    "CollectionModelStatus",
    "ConfigureByocSpec",
    "ConfigureByocSpecByoc",
    "ConfigureIndexEmbed",
    "ConfigureIndexRequest",
    "ConfigurePodSpec",
    "ConfigurePodSpecPod",
    "ConfigureServerlessSpec",
    "ConfigureServerlessSpecServerless",
    "CreateBackupRequest",
    "CreateCollectionRequest",
    "CreateIndexEmbed",
    "CreateIndexEmbedMetric",
    "CreateIndexForModelRequest",
    "CreateIndexForModelRequestCloud",
    "CreateIndexFromBackupRequest",
    "CreateIndexFromBackupResponse",
    "CreateIndexRequest",
    "CreateIndexRequestMetric",
    "DedicatedMode",
    "DeletionProtection",
    "ErrorResponse",
    "ErrorResponseError",
    "ErrorResponseErrorCode",
    "IndexList",
    "IndexModel",
    "IndexModelByocSpec",
    "IndexModelMetric",
    "IndexModelPodSpec",
    "IndexModelServerlessSpec",
    "IndexModelStatus",
    "IndexModelStatusState",
    "IndexTags",
    "MetadataSchema",
    "MetadataSchemaField",
    "MetadataSchemaFields",
    "ModelIndexEmbed",
    "ModelIndexEmbedMetric",
    "OnDemandMode",
    "PaginationResponse",
    "PodIndexSpec",
    "PodSpec",
    "PodSpecMetadataConfig",
    "ReadCapacityDedicatedConfig",
    "ReadCapacityDedicatedSpec",
    "ReadCapacityDedicatedSpecResponse",
    "ReadCapacityOnDemandSpec",
    "ReadCapacityOnDemandSpecResponse",
    "ReadCapacityStatus",
    "RestoreJobList",
    "RestoreJobModel",
    "ScalingConfigManual",
    "ServerlessIndexSpec",
    "ServerlessSpec",
    "ServerlessSpecCloud",
    "ServerlessSpecResponse",
    "ServerlessSpecResponseCloud",
)
