from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="NamespaceDescription")


@_attrs_define(repr=False, eq=False)
class NamespaceDescription(Model):
    """
    Attributes:
        name (str | Unset):
        record_count (int | Unset):
    """

    name: str | Unset = UNSET
    record_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        record_count = self.record_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if record_count is not UNSET:
            field_dict["record_count"] = record_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        record_count = d.pop("record_count", UNSET)

        namespace_description = cls(
            name=name,
            record_count=record_count,
        )

        namespace_description.additional_properties = d
        return namespace_description
