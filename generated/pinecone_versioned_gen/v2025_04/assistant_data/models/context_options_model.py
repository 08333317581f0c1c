from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContextOptionsModel")


@_attrs_define(repr=False, eq=False)
class ContextOptionsModel(Model):
    """
    Attributes:
        top_k (int | Unset):
        snippet_size (int | Unset):
    """

    top_k: int | Unset = UNSET
    snippet_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        top_k = self.top_k

        snippet_size = self.snippet_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if snippet_size is not UNSET:
            field_dict["snippet_size"] = snippet_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        top_k = d.pop("top_k", UNSET)

        snippet_size = d.pop("snippet_size", UNSET)

        context_options_model = cls(
            top_k=top_k,
            snippet_size=snippet_size,
        )

        context_options_model.additional_properties = d
        return context_options_model
