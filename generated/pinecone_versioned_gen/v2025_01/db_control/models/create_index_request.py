from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.create_index_request_metric import CreateIndexRequestMetric
from ..models.deletion_protection import DeletionProtection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.index_spec import IndexSpec
    from ..models.index_tags import IndexTags


T = TypeVar("T", bound="CreateIndexRequest")


@_attrs_define(repr=False, eq=False)
class CreateIndexRequest(Model):
    """
    Attributes:
        name (str):
        spec (IndexSpec):
        dimension (int | Unset):
        metric (CreateIndexRequestMetric | Unset):
        deletion_protection (DeletionProtection | Unset):
        tags (IndexTags | Unset):
        vector_type (str | Unset):  Default: 'dense'.
    """

    name: str
    spec: IndexSpec
    dimension: int | Unset = UNSET
    metric: CreateIndexRequestMetric | Unset = UNSET
    deletion_protection: DeletionProtection | Unset = UNSET
    tags: IndexTags | Unset = UNSET
    vector_type: str | Unset = "dense"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        spec = self.spec.to_dict()

        dimension = self.dimension

        metric: str | Unset = UNSET
        if not isinstance(self.metric, Unset):
            metric = self.metric.value

        deletion_protection: str | Unset = UNSET
        if not isinstance(self.deletion_protection, Unset):
            deletion_protection = self.deletion_protection.value

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        vector_type = self.vector_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "spec": spec,
            }
        )
        if dimension is not UNSET:
            field_dict["dimension"] = dimension
        if metric is not UNSET:
            field_dict["metric"] = metric
        if deletion_protection is not UNSET:
            field_dict["deletion_protection"] = deletion_protection
        if tags is not UNSET:
            field_dict["tags"] = tags
        if vector_type is not UNSET:
            field_dict["vector_type"] = vector_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.index_spec import IndexSpec
        from ..models.index_tags import IndexTags

        d = dict(src_dict)
        name = d.pop("name")

        spec = IndexSpec.from_dict(d.pop("spec"))

        dimension = d.pop("dimension", UNSET)

        _metric = d.pop("metric", UNSET)
        metric: CreateIndexRequestMetric | Unset
        if isinstance(_metric, Unset):
            metric = UNSET
        else:
            metric = CreateIndexRequestMetric(_metric)

        _deletion_protection = d.pop("deletion_protection", UNSET)
        deletion_protection: DeletionProtection | Unset
        if isinstance(_deletion_protection, Unset):
            deletion_protection = UNSET
        else:
            deletion_protection = DeletionProtection(_deletion_protection)

        _tags = d.pop("tags", UNSET)
        tags: IndexTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = IndexTags.from_dict(_tags)

        vector_type = d.pop("vector_type", UNSET)

        create_index_request = cls(
            name=name,
            spec=spec,
            dimension=dimension,
            metric=metric,
            deletion_protection=deletion_protection,
            tags=tags,
            vector_type=vector_type,
        )

        create_index_request.additional_properties = d
        return create_index_request
