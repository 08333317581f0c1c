from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import MapModel

if TYPE_CHECKING:
    from ..models.metadata_schema_field import MetadataSchemaField


T = TypeVar("T", bound="MetadataSchemaFields")


@_attrs_define(repr=False, eq=False)
class MetadataSchemaFields(MapModel["MetadataSchemaField"]):
    additional_properties: dict[str, MetadataSchemaField] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata_schema_field import MetadataSchemaField

        d = dict(src_dict)
        metadata_schema_fields = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = MetadataSchemaField.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        metadata_schema_fields.additional_properties = additional_properties
        return metadata_schema_fields
