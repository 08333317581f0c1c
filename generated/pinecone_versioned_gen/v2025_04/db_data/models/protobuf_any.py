from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProtobufAny")


@_attrs_define(repr=False, eq=False)
class ProtobufAny(Model):
    """
    Attributes:
        type_url (str | Unset):
        value (str | Unset):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "typeUrl": "type_url",
    }

    type_url: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_url = self.type_url

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_url is not UNSET:
            field_dict["typeUrl"] = type_url
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_url = d.pop("typeUrl", UNSET)

        value = d.pop("value", UNSET)

        protobuf_any = cls(
            type_url=type_url,
            value=value,
        )

        protobuf_any.additional_properties = d
        return protobuf_any
