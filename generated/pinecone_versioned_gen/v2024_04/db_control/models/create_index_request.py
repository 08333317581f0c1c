from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.index_metric import IndexMetric
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_index_spec import CreateIndexSpec


T = TypeVar("T", bound="CreateIndexRequest")


@_attrs_define(repr=False, eq=False)
class CreateIndexRequest(Model):
    """
    Attributes:
        name (str):
        dimension (int):
        spec (CreateIndexSpec):
        metric (IndexMetric | Unset):
    """

    name: str
    dimension: int
    spec: CreateIndexSpec
    metric: IndexMetric | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        dimension = self.dimension

        spec = self.spec.to_dict()

        metric: str | Unset = UNSET
        if not isinstance(self.metric, Unset):
            metric = self.metric.value

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_index_spec import CreateIndexSpec

        d = dict(src_dict)
        name = d.pop("name")

        dimension = d.pop("dimension")

        spec = CreateIndexSpec.from_dict(d.pop("spec"))

        _metric = d.pop("metric", UNSET)
        metric: IndexMetric | Unset
        if isinstance(_metric, Unset):
            metric = UNSET
        else:
            metric = IndexMetric(_metric)

        create_index_request = cls(
            name=name,
            dimension=dimension,
            spec=spec,
            metric=metric,
        )

        create_index_request.additional_properties = d
        return create_index_request
