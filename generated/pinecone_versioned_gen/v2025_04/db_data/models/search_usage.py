from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchUsage")


@_attrs_define(repr=False, eq=False)
class SearchUsage(Model):
    """
    Attributes:
        read_units (int):
        embed_total_tokens (int | Unset):
        rerank_units (int | Unset):
    """

    read_units: int
    embed_total_tokens: int | Unset = UNSET
    rerank_units: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        read_units = self.read_units

        embed_total_tokens = self.embed_total_tokens

        rerank_units = self.rerank_units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "read_units": read_units,
            }
        )
        if embed_total_tokens is not UNSET:
            field_dict["embed_total_tokens"] = embed_total_tokens
        if rerank_units is not UNSET:
            field_dict["rerank_units"] = rerank_units

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        read_units = d.pop("read_units")

        embed_total_tokens = d.pop("embed_total_tokens", UNSET)

        rerank_units = d.pop("rerank_units", UNSET)

        search_usage = cls(
            read_units=read_units,
            embed_total_tokens=embed_total_tokens,
            rerank_units=rerank_units,
        )

        search_usage.additional_properties = d
        return search_usage
