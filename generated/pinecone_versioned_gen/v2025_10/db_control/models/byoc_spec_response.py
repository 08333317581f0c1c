from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_schema import MetadataSchema
    from ..models.read_capacity_dedicated_spec_response import ReadCapacityDedicatedSpecResponse
    from ..models.read_capacity_on_demand_spec_response import ReadCapacityOnDemandSpecResponse


T = TypeVar("T", bound="ByocSpecResponse")


@_attrs_define(repr=False, eq=False)
class ByocSpecResponse(Model):
    """
    Attributes:
        environment (str):
        read_capacity (ReadCapacityDedicatedSpecResponse | ReadCapacityOnDemandSpecResponse):
        schema (MetadataSchema | Unset):
    """

    environment: str
    read_capacity: ReadCapacityDedicatedSpecResponse | ReadCapacityOnDemandSpecResponse
    schema: MetadataSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.read_capacity_on_demand_spec_response import ReadCapacityOnDemandSpecResponse

        environment = self.environment

        read_capacity: dict[str, Any]
        if isinstance(self.read_capacity, ReadCapacityOnDemandSpecResponse):
            read_capacity = self.read_capacity.to_dict()
        else:
            read_capacity = self.read_capacity.to_dict()

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environment": environment,
                "read_capacity": read_capacity,
            }
        )
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata_schema import MetadataSchema
        from ..models.read_capacity_dedicated_spec_response import ReadCapacityDedicatedSpecResponse
        from ..models.read_capacity_on_demand_spec_response import ReadCapacityOnDemandSpecResponse

        d = dict(src_dict)
        environment = d.pop("environment")

        def _parse_read_capacity(data: object) -> ReadCapacityDedicatedSpecResponse | ReadCapacityOnDemandSpecResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_read_capacity_response_type_0 = ReadCapacityOnDemandSpecResponse.from_dict(data)

                return componentsschemas_read_capacity_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_read_capacity_response_type_1 = ReadCapacityDedicatedSpecResponse.from_dict(data)

            return componentsschemas_read_capacity_response_type_1

        read_capacity = _parse_read_capacity(d.pop("read_capacity"))

        _schema = d.pop("schema", UNSET)
        schema: MetadataSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = MetadataSchema.from_dict(_schema)

        byoc_spec_response = cls(
            environment=environment,
            read_capacity=read_capacity,
            schema=schema,
        )

        byoc_spec_response.additional_properties = d
        return byoc_spec_response
