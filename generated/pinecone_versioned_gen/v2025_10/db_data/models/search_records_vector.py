from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchRecordsVector")


@_attrs_define(repr=False, eq=False)
class SearchRecordsVector(Model):
    """
    Attributes:
        values (list[float] | Unset):
        sparse_values (list[float] | Unset):
        sparse_indices (list[int] | Unset):
    """

    values: list[float] | Unset = UNSET
    sparse_values: list[float] | Unset = UNSET
    sparse_indices: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values: list[float] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        sparse_values: list[float] | Unset = UNSET
        if not isinstance(self.sparse_values, Unset):
            sparse_values = self.sparse_values

        sparse_indices: list[int] | Unset = UNSET
        if not isinstance(self.sparse_indices, Unset):
            sparse_indices = self.sparse_indices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if values is not UNSET:
            field_dict["values"] = values
        if sparse_values is not UNSET:
            field_dict["sparse_values"] = sparse_values
        if sparse_indices is not UNSET:
            field_dict["sparse_indices"] = sparse_indices

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        values = cast(list[float], d.pop("values", UNSET))

        sparse_values = cast(list[float], d.pop("sparse_values", UNSET))

        sparse_indices = cast(list[int], d.pop("sparse_indices", UNSET))

        search_records_vector = cls(
            values=values,
            sparse_values=sparse_values,
            sparse_indices=sparse_indices,
        )

        search_records_vector.additional_properties = d
        return search_records_vector
