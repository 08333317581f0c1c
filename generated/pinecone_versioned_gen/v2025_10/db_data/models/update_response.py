from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateResponse")


@_attrs_define(repr=False, eq=False)
class UpdateResponse(Model):
    """
    Attributes:
        matched_records (int | Unset):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "matchedRecords": "matched_records",
    }

    matched_records: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        matched_records = self.matched_records

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if matched_records is not UNSET:
            field_dict["matchedRecords"] = matched_records

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        matched_records = d.pop("matchedRecords", UNSET)

        update_response = cls(
            matched_records=matched_records,
        )

        update_response.additional_properties = d
        return update_response
