from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.dedicated_mode import DedicatedMode

if TYPE_CHECKING:
    from ..models.read_capacity_dedicated_config import ReadCapacityDedicatedConfig


T = TypeVar("T", bound="ReadCapacityDedicatedSpec")


@_attrs_define(repr=False, eq=False)
class ReadCapacityDedicatedSpec(Model):
    """
    Attributes:
        mode (DedicatedMode):
        dedicated (ReadCapacityDedicatedConfig):
    """

    mode: DedicatedMode
    dedicated: ReadCapacityDedicatedConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode.value

        dedicated = self.dedicated.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
                "dedicated": dedicated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.read_capacity_dedicated_config import ReadCapacityDedicatedConfig

        d = dict(src_dict)
        mode = DedicatedMode(d.pop("mode"))

        dedicated = ReadCapacityDedicatedConfig.from_dict(d.pop("dedicated"))

        read_capacity_dedicated_spec = cls(
            mode=mode,
            dedicated=dedicated,
        )

        read_capacity_dedicated_spec.additional_properties = d
        return read_capacity_dedicated_spec
