from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmbeddingsListUsage")


@_attrs_define(repr=False, eq=False)
class EmbeddingsListUsage(Model):
    """
    Attributes:
        total_tokens (int | Unset):
    """

    total_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_tokens = self.total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_tokens = d.pop("total_tokens", UNSET)

        embeddings_list_usage = cls(
            total_tokens=total_tokens,
        )

        embeddings_list_usage.additional_properties = d
        return embeddings_list_usage
