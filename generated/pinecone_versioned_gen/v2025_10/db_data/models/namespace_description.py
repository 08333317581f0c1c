from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_schema import MetadataSchema
    from ..models.namespace_description_indexed_fields import NamespaceDescriptionIndexedFields


T = TypeVar("T", bound="NamespaceDescription")


@_attrs_define(repr=False, eq=False)
class NamespaceDescription(Model):
    """
    Attributes:
        name (str | Unset):
        record_count (int | Unset):
        schema (MetadataSchema | Unset):
        indexed_fields (NamespaceDescriptionIndexedFields | Unset):
    """

    name: str | Unset = UNSET
    record_count: int | Unset = UNSET
    schema: MetadataSchema | Unset = UNSET
    indexed_fields: NamespaceDescriptionIndexedFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        record_count = self.record_count

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        indexed_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.indexed_fields, Unset):
            indexed_fields = self.indexed_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if record_count is not UNSET:
            field_dict["record_count"] = record_count
        if schema is not UNSET:
            field_dict["schema"] = schema
        if indexed_fields is not UNSET:
            field_dict["indexed_fields"] = indexed_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata_schema import MetadataSchema
        from ..models.namespace_description_indexed_fields import NamespaceDescriptionIndexedFields

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        record_count = d.pop("record_count", UNSET)

        _schema = d.pop("schema", UNSET)
        schema: MetadataSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = MetadataSchema.from_dict(_schema)

        _indexed_fields = d.pop("indexed_fields", UNSET)
        indexed_fields: NamespaceDescriptionIndexedFields | Unset
        if isinstance(_indexed_fields, Unset):
            indexed_fields = UNSET
        else:
            indexed_fields = NamespaceDescriptionIndexedFields.from_dict(_indexed_fields)

        namespace_description = cls(
            name=name,
            record_count=record_count,
            schema=schema,
            indexed_fields=indexed_fields,
        )

        namespace_description.additional_properties = d
        return namespace_description
