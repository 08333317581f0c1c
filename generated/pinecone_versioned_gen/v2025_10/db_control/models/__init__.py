"""Contains all the data models used in inputs/outputs"""

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
from .configure_index_embed_field_map import ConfigureIndexEmbedFieldMap
from .configure_index_embed_read_parameters import ConfigureIndexEmbedReadParameters
from .configure_index_embed_write_parameters import ConfigureIndexEmbedWriteParameters
from .configure_index_request import ConfigureIndexRequest
from .configure_pod_spec import ConfigurePodSpec
from .configure_pod_spec_pod import ConfigurePodSpecPod
from .configure_serverless_spec import ConfigureServerlessSpec
from .configure_serverless_spec_serverless import ConfigureServerlessSpecServerless
from .create_backup_request import CreateBackupRequest
from .create_collection_request import CreateCollectionRequest
from .create_index_embed import CreateIndexEmbed
from .create_index_embed_field_map import CreateIndexEmbedFieldMap
from .create_index_embed_metric import CreateIndexEmbedMetric
from .create_index_embed_read_parameters import CreateIndexEmbedReadParameters
from .create_index_embed_write_parameters import CreateIndexEmbedWriteParameters
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
from .error_response_error_details import ErrorResponseErrorDetails
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
from .model_index_embed_field_map import ModelIndexEmbedFieldMap
from .model_index_embed_metric import ModelIndexEmbedMetric
from .model_index_embed_read_parameters import ModelIndexEmbedReadParameters
from .model_index_embed_write_parameters import ModelIndexEmbedWriteParameters
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
    "ConfigureIndexEmbedFieldMap",
    "ConfigureIndexEmbedReadParameters",
    "ConfigureIndexEmbedWriteParameters",
    "ConfigureIndexRequest",
    "ConfigurePodSpec",
    "ConfigurePodSpecPod",
    "ConfigureServerlessSpec",
    "ConfigureServerlessSpecServerless",
    "CreateBackupRequest",
    "CreateCollectionRequest",
    "CreateIndexEmbed",
    "CreateIndexEmbedFieldMap",
    "CreateIndexEmbedMetric",
    "CreateIndexEmbedReadParameters",
    "CreateIndexEmbedWriteParameters",
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
    "ErrorResponseErrorDetails",
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
    "ModelIndexEmbedFieldMap",
    "ModelIndexEmbedMetric",
    "ModelIndexEmbedReadParameters",
    "ModelIndexEmbedWriteParameters",
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
