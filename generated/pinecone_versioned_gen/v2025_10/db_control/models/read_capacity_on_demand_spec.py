from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.on_demand_mode import OnDemandMode

T = TypeVar("T", bound="ReadCapacityOnDemandSpec")


@_attrs_define(repr=False, eq=False)
class ReadCapacityOnDemandSpec(Model):
    """
    Attributes:
        mode (OnDemandMode):
    """

    mode: OnDemandMode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mode = OnDemandMode(d.pop("mode"))

        read_capacity_on_demand_spec = cls(
            mode=mode,
        )

        read_capacity_on_demand_spec.additional_properties = d
        return read_capacity_on_demand_spec
