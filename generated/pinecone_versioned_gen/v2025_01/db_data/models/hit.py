from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

T = TypeVar("T", bound="Hit")


@_attrs_define(repr=False, eq=False)
class Hit(Model):
    """
    Attributes:
        field_id (str):
        field_score (float):
        fields (Any):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "_score": "field_score",
    }

    field_id: str
    field_score: float
    fields: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        field_score = self.field_score

        fields = self.fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "_score": field_score,
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_id = d.pop("_id")

        field_score = d.pop("_score")

        fields = d.pop("fields")

        hit = cls(
            field_id=field_id,
            field_score=field_score,
            fields=fields,
        )

        hit.additional_properties = d
        return hit
