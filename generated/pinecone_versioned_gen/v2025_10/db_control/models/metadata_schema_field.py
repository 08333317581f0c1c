from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetadataSchemaField")


@_attrs_define(repr=False, eq=False)
class MetadataSchemaField(Model):
    """
    Attributes:
        filterable (bool | Unset):
    """

    filterable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filterable = self.filterable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filterable is not UNSET:
            field_dict["filterable"] = filterable

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        filterable = d.pop("filterable", UNSET)

        metadata_schema_field = cls(
            filterable=filterable,
        )

        metadata_schema_field.additional_properties = d
        return metadata_schema_field
