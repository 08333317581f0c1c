from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpsertResponse")


@_attrs_define(repr=False, eq=False)
class UpsertResponse(Model):
    """
    Attributes:
        upserted_count (int | Unset):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "upsertedCount": "upserted_count",
    }

    upserted_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upserted_count = self.upserted_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if upserted_count is not UNSET:
            field_dict["upsertedCount"] = upserted_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        upserted_count = d.pop("upsertedCount", UNSET)

        upsert_response = cls(
            upserted_count=upserted_count,
        )

        upsert_response.additional_properties = d
        return upsert_response
