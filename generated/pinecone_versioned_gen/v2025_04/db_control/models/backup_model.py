from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.backup_model_metric import BackupModelMetric
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.index_tags import IndexTags


T = TypeVar("T", bound="BackupModel")


@_attrs_define(repr=False, eq=False)
class BackupModel(Model):
    """
    Attributes:
        backup_id (str):
        source_index_name (str):
        source_index_id (str):
        status (str):
        cloud (str):
        region (str):
        name (str | Unset):
        description (str | Unset):
        dimension (int | Unset):
        metric (BackupModelMetric | Unset):
        record_count (int | Unset):
        namespace_count (int | Unset):
        size_bytes (int | Unset):
        tags (IndexTags | Unset):
        created_at (str | Unset):
    """

    backup_id: str
    source_index_name: str
    source_index_id: str
    status: str
    cloud: str
    region: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    dimension: int | Unset = UNSET
    metric: BackupModelMetric | Unset = UNSET
    record_count: int | Unset = UNSET
    namespace_count: int | Unset = UNSET
    size_bytes: int | Unset = UNSET
    tags: IndexTags | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backup_id = self.backup_id

        source_index_name = self.source_index_name

        source_index_id = self.source_index_id

        status = self.status

        cloud = self.cloud

        region = self.region

        name = self.name

        description = self.description

        dimension = self.dimension

        metric: str | Unset = UNSET
        if not isinstance(self.metric, Unset):
            metric = self.metric.value

        record_count = self.record_count

        namespace_count = self.namespace_count

        size_bytes = self.size_bytes

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "backup_id": backup_id,
                "source_index_name": source_index_name,
                "source_index_id": source_index_id,
                "status": status,
                "cloud": cloud,
                "region": region,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if dimension is not UNSET:
            field_dict["dimension"] = dimension
        if metric is not UNSET:
            field_dict["metric"] = metric
        if record_count is not UNSET:
            field_dict["record_count"] = record_count
        if namespace_count is not UNSET:
            field_dict["namespace_count"] = namespace_count
        if size_bytes is not UNSET:
            field_dict["size_bytes"] = size_bytes
        if tags is not UNSET:
            field_dict["tags"] = tags
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.index_tags import IndexTags

        d = dict(src_dict)
        backup_id = d.pop("backup_id")

        source_index_name = d.pop("source_index_name")

        source_index_id = d.pop("source_index_id")

        status = d.pop("status")

        cloud = d.pop("cloud")

        region = d.pop("region")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        dimension = d.pop("dimension", UNSET)

        _metric = d.pop("metric", UNSET)
        metric: BackupModelMetric | Unset
        if isinstance(_metric, Unset):
            metric = UNSET
        else:
            metric = BackupModelMetric(_metric)

        record_count = d.pop("record_count", UNSET)

        namespace_count = d.pop("namespace_count", UNSET)

        size_bytes = d.pop("size_bytes", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: IndexTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = IndexTags.from_dict(_tags)

        created_at = d.pop("created_at", UNSET)

        backup_model = cls(
            backup_id=backup_id,
            source_index_name=source_index_name,
            source_index_id=source_index_id,
            status=status,
            cloud=cloud,
            region=region,
            name=name,
            description=description,
            dimension=dimension,
            metric=metric,
            record_count=record_count,
            namespace_count=namespace_count,
            size_bytes=size_bytes,
            tags=tags,
            created_at=created_at,
        )

        backup_model.additional_properties = d
        return backup_model
