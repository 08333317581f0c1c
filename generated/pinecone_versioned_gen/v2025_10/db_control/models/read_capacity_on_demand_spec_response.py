from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.on_demand_mode import OnDemandMode

if TYPE_CHECKING:
    from ..models.read_capacity_status import ReadCapacityStatus


T = TypeVar("T", bound="ReadCapacityOnDemandSpecResponse")


@_attrs_define(repr=False, eq=False)
class ReadCapacityOnDemandSpecResponse(Model):
    """
    Attributes:
        mode (OnDemandMode):
        status (ReadCapacityStatus):
    """

    mode: OnDemandMode
    status: ReadCapacityStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode.value

        status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.read_capacity_status import ReadCapacityStatus

        d = dict(src_dict)
        mode = OnDemandMode(d.pop("mode"))

        status = ReadCapacityStatus.from_dict(d.pop("status"))

        read_capacity_on_demand_spec_response = cls(
            mode=mode,
            status=status,
        )

        read_capacity_on_demand_spec_response.additional_properties = d
        return read_capacity_on_demand_spec_response
