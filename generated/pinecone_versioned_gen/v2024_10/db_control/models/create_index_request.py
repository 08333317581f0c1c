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
        dimension (int):
        spec (IndexSpec):
        metric (CreateIndexRequestMetric | Unset):  Default: CreateIndexRequestMetric.COSINE.
        deletion_protection (DeletionProtection | Unset):
        tags (IndexTags | Unset):
    """

    name: str
    dimension: int
    spec: IndexSpec
    metric: CreateIndexRequestMetric | Unset = CreateIndexRequestMetric.COSINE
    deletion_protection: DeletionProtection | Unset = UNSET
    tags: IndexTags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        dimension = self.dimension

        spec = self.spec.to_dict()

        metric: str | Unset = UNSET
        if not isinstance(self.metric, Unset):
            metric = self.metric.value

        deletion_protection: str | Unset = UNSET
        if not isinstance(self.deletion_protection, Unset):
            deletion_protection = self.deletion_protection.value

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "dimension": dimension,
                "spec": spec,
            }
        )
        if metric is not UNSET:
            field_dict["metric"] = metric
        if deletion_protection is not UNSET:
            field_dict["deletion_protection"] = deletion_protection
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.index_spec import IndexSpec
        from ..models.index_tags import IndexTags

        d = dict(src_dict)
        name = d.pop("name")

        dimension = d.pop("dimension")

        spec = IndexSpec.from_dict(d.pop("spec"))

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

        create_index_request = cls(
            name=name,
            dimension=dimension,
            spec=spec,
            metric=metric,
            deletion_protection=deletion_protection,
            tags=tags,
        )

        create_index_request.additional_properties = d
        return create_index_request
