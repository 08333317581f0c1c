from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="NamespaceDescriptionIndexedFields")


@_attrs_define(repr=False, eq=False)
class NamespaceDescriptionIndexedFields(Model):
    """
    Attributes:
        fields (list[str] | Unset):
    """

    fields: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        fields = cast(list[str], d.pop("fields", UNSET))

        namespace_description_indexed_fields = cls(
            fields=fields,
        )

        namespace_description_indexed_fields.additional_properties = d
        return namespace_description_indexed_fields
