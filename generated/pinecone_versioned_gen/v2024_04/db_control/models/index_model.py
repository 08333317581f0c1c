from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.index_metric import IndexMetric

if TYPE_CHECKING:
    from ..models.index_model_spec import IndexModelSpec
    from ..models.index_model_status import IndexModelStatus


T = TypeVar("T", bound="IndexModel")


@_attrs_define(repr=False, eq=False)
class IndexModel(Model):
    """
    Attributes:
        name (str):
        dimension (int):
        metric (IndexMetric):
        host (str):
        spec (IndexModelSpec):
        status (IndexModelStatus):
    """

    name: str
    dimension: int
    metric: IndexMetric
    host: str
    spec: IndexModelSpec
    status: IndexModelStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        dimension = self.dimension

        metric = self.metric.value

        host = self.host

        spec = self.spec.to_dict()

        status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "dimension": dimension,
                "metric": metric,
                "host": host,
                "spec": spec,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.index_model_spec import IndexModelSpec
        from ..models.index_model_status import IndexModelStatus

        d = dict(src_dict)
        name = d.pop("name")

        dimension = d.pop("dimension")

        metric = IndexMetric(d.pop("metric"))

        host = d.pop("host")

        spec = IndexModelSpec.from_dict(d.pop("spec"))

        status = IndexModelStatus.from_dict(d.pop("status"))

        index_model = cls(
            name=name,
            dimension=dimension,
            metric=metric,
            host=host,
            spec=spec,
            status=status,
        )

        index_model.additional_properties = d
        return index_model
