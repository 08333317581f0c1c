from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scaling_config_manual import ScalingConfigManual


T = TypeVar("T", bound="ReadCapacityDedicatedConfig")


@_attrs_define(repr=False, eq=False)
class ReadCapacityDedicatedConfig(Model):
    """
    Attributes:
        node_type (str | Unset):
        scaling (str | Unset):
        manual (ScalingConfigManual | Unset):
    """

    node_type: str | Unset = UNSET
    scaling: str | Unset = UNSET
    manual: ScalingConfigManual | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_type = self.node_type

        scaling = self.scaling

        manual: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manual, Unset):
            manual = self.manual.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_type is not UNSET:
            field_dict["node_type"] = node_type
        if scaling is not UNSET:
            field_dict["scaling"] = scaling
        if manual is not UNSET:
            field_dict["manual"] = manual

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scaling_config_manual import ScalingConfigManual

        d = dict(src_dict)
        node_type = d.pop("node_type", UNSET)

        scaling = d.pop("scaling", UNSET)

        _manual = d.pop("manual", UNSET)
        manual: ScalingConfigManual | Unset
        if isinstance(_manual, Unset):
            manual = UNSET
        else:
            manual = ScalingConfigManual.from_dict(_manual)

        read_capacity_dedicated_config = cls(
            node_type=node_type,
            scaling=scaling,
            manual=manual,
        )

        read_capacity_dedicated_config.additional_properties = d
        return read_capacity_dedicated_config
