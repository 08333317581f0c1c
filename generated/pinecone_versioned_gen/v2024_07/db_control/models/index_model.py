from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.deletion_protection import DeletionProtection
from ..models.index_model_metric import IndexModelMetric
from ..types import UNSET, Unset

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
        metric (IndexModelMetric):  Default: IndexModelMetric.COSINE.
        host (str):
        spec (IndexModelSpec):
        status (IndexModelStatus):
        deletion_protection (DeletionProtection | Unset):
    """

    name: str
    dimension: int
    host: str
    spec: IndexModelSpec
    status: IndexModelStatus
    metric: IndexModelMetric = IndexModelMetric.COSINE
    deletion_protection: DeletionProtection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        dimension = self.dimension

        metric = self.metric.value

        host = self.host

        spec = self.spec.to_dict()

        status = self.status.to_dict()

        deletion_protection: str | Unset = UNSET
        if not isinstance(self.deletion_protection, Unset):
            deletion_protection = self.deletion_protection.value

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
        if deletion_protection is not UNSET:
            field_dict["deletion_protection"] = deletion_protection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.index_model_spec import IndexModelSpec
        from ..models.index_model_status import IndexModelStatus

        d = dict(src_dict)
        name = d.pop("name")

        dimension = d.pop("dimension")

        metric = IndexModelMetric(d.pop("metric"))

        host = d.pop("host")

        spec = IndexModelSpec.from_dict(d.pop("spec"))

        status = IndexModelStatus.from_dict(d.pop("status"))

        _deletion_protection = d.pop("deletion_protection", UNSET)
        deletion_protection: DeletionProtection | Unset
        if isinstance(_deletion_protection, Unset):
            deletion_protection = UNSET
        else:
            deletion_protection = DeletionProtection(_deletion_protection)

        index_model = cls(
            name=name,
            dimension=dimension,
            metric=metric,
            host=host,
            spec=spec,
            status=status,
            deletion_protection=deletion_protection,
        )

        index_model.additional_properties = d
        return index_model
