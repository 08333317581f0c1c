from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="Usage")


@_attrs_define(repr=False, eq=False)
class Usage(Model):
    """
    Attributes:
        read_units (int | Unset):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "readUnits": "read_units",
    }

    read_units: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        read_units = self.read_units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if read_units is not UNSET:
            field_dict["readUnits"] = read_units

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        read_units = d.pop("readUnits", UNSET)

        usage = cls(
            read_units=read_units,
        )

        usage.additional_properties = d
        return usage
