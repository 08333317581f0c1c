from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

T = TypeVar("T", bound="UpsertRecord")


@_attrs_define(repr=False, eq=False)
class UpsertRecord(Model):
    """
    Attributes:
        field_id (str):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "_id": "field_id",
    }

    field_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_id = d.pop("_id")

        upsert_record = cls(
            field_id=field_id,
        )

        upsert_record.additional_properties = d
        return upsert_record
