from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.dedicated_mode import DedicatedMode

if TYPE_CHECKING:
    from ..models.read_capacity_dedicated_config import ReadCapacityDedicatedConfig
    from ..models.read_capacity_status import ReadCapacityStatus


T = TypeVar("T", bound="ReadCapacityDedicatedSpecResponse")


@_attrs_define(repr=False, eq=False)
class ReadCapacityDedicatedSpecResponse(Model):
    """
    Attributes:
        mode (DedicatedMode):
        dedicated (ReadCapacityDedicatedConfig):
        status (ReadCapacityStatus):
    """

    mode: DedicatedMode
    dedicated: ReadCapacityDedicatedConfig
    status: ReadCapacityStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode.value

        dedicated = self.dedicated.to_dict()

        status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
                "dedicated": dedicated,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.read_capacity_dedicated_config import ReadCapacityDedicatedConfig
        from ..models.read_capacity_status import ReadCapacityStatus

        d = dict(src_dict)
        mode = DedicatedMode(d.pop("mode"))

        dedicated = ReadCapacityDedicatedConfig.from_dict(d.pop("dedicated"))

        status = ReadCapacityStatus.from_dict(d.pop("status"))

        read_capacity_dedicated_spec_response = cls(
            mode=mode,
            dedicated=dedicated,
            status=status,
        )

        read_capacity_dedicated_spec_response.additional_properties = d
        return read_capacity_dedicated_spec_response
