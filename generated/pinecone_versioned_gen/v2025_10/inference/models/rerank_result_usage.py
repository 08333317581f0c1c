from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="RerankResultUsage")


@_attrs_define(repr=False, eq=False)
class RerankResultUsage(Model):
    """
    Attributes:
        rerank_units (int | Unset):
    """

    rerank_units: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rerank_units = self.rerank_units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rerank_units is not UNSET:
            field_dict["rerank_units"] = rerank_units

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rerank_units = d.pop("rerank_units", UNSET)

        rerank_result_usage = cls(
            rerank_units=rerank_units,
        )

        rerank_result_usage.additional_properties = d
        return rerank_result_usage
