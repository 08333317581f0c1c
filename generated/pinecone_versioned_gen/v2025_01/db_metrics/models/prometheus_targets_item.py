from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prometheus_targets_item_labels import PrometheusTargetsItemLabels


T = TypeVar("T", bound="PrometheusTargetsItem")


@_attrs_define(repr=False, eq=False)
class PrometheusTargetsItem(Model):
    """
    Attributes:
        targets (list[str]):
        labels (PrometheusTargetsItemLabels | Unset):
    """

    targets: list[str]
    labels: PrometheusTargetsItemLabels | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        targets = self.targets

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "targets": targets,
            }
        )
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.prometheus_targets_item_labels import PrometheusTargetsItemLabels

        d = dict(src_dict)
        targets = cast(list[str], d.pop("targets"))

        _labels = d.pop("labels", UNSET)
        labels: PrometheusTargetsItemLabels | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = PrometheusTargetsItemLabels.from_dict(_labels)

        prometheus_targets_item = cls(
            targets=targets,
            labels=labels,
        )

        prometheus_targets_item.additional_properties = d
        return prometheus_targets_item
