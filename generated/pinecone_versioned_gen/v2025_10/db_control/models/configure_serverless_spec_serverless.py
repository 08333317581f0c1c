from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.read_capacity_dedicated_spec import ReadCapacityDedicatedSpec
    from ..models.read_capacity_on_demand_spec import ReadCapacityOnDemandSpec


T = TypeVar("T", bound="ConfigureServerlessSpecServerless")


@_attrs_define(repr=False, eq=False)
class ConfigureServerlessSpecServerless(Model):
    """
    Attributes:
        read_capacity (ReadCapacityDedicatedSpec | ReadCapacityOnDemandSpec | Unset):
    """

    read_capacity: ReadCapacityDedicatedSpec | ReadCapacityOnDemandSpec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.read_capacity_on_demand_spec import ReadCapacityOnDemandSpec

        read_capacity: dict[str, Any] | Unset
        if isinstance(self.read_capacity, Unset):
            read_capacity = UNSET
        elif isinstance(self.read_capacity, ReadCapacityOnDemandSpec):
            read_capacity = self.read_capacity.to_dict()
        else:
            read_capacity = self.read_capacity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if read_capacity is not UNSET:
            field_dict["read_capacity"] = read_capacity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.read_capacity_dedicated_spec import ReadCapacityDedicatedSpec
        from ..models.read_capacity_on_demand_spec import ReadCapacityOnDemandSpec

        d = dict(src_dict)

        def _parse_read_capacity(data: object) -> ReadCapacityDedicatedSpec | ReadCapacityOnDemandSpec | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_read_capacity_type_0 = ReadCapacityOnDemandSpec.from_dict(data)

                return componentsschemas_read_capacity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_read_capacity_type_1 = ReadCapacityDedicatedSpec.from_dict(data)

            return componentsschemas_read_capacity_type_1

        read_capacity = _parse_read_capacity(d.pop("read_capacity", UNSET))

        configure_serverless_spec_serverless = cls(
            read_capacity=read_capacity,
        )

        configure_serverless_spec_serverless.additional_properties = d
        return configure_serverless_spec_serverless
