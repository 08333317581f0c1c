from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchVector")


@_attrs_define(repr=False, eq=False)
class SearchVector(Model):
    """
    Attributes:
        values (list[float] | Unset):
    """

    values: list[float] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values: list[float] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        values = cast(list[float], d.pop("values", UNSET))

        search_vector = cls(
            values=values,
        )

        search_vector.additional_properties = d
        return search_vector
