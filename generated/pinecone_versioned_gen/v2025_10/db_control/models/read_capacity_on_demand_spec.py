from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode.value

        field_dict: dict[str, Any] = {}

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

        return read_capacity_on_demand_spec
