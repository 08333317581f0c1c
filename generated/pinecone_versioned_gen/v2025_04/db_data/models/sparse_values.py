from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

T = TypeVar("T", bound="SparseValues")


@_attrs_define(repr=False, eq=False)
class SparseValues(Model):
    """
    Attributes:
        indices (list[int]):
        values (list[float]):
    """

    indices: list[int]
    values: list[float]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        indices = self.indices

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "indices": indices,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        indices = cast(list[int], d.pop("indices"))

        values = cast(list[float], d.pop("values"))

        sparse_values = cls(
            indices=indices,
            values=values,
        )

        sparse_values.additional_properties = d
        return sparse_values
