from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmbedRequestParameters")


@_attrs_define(repr=False, eq=False)
class EmbedRequestParameters(Model):
    """
    Attributes:
        input_type (str | Unset):
        truncate (str | Unset):  Default: 'END'.
    """

    input_type: str | Unset = UNSET
    truncate: str | Unset = "END"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_type = self.input_type

        truncate = self.truncate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_type is not UNSET:
            field_dict["input_type"] = input_type
        if truncate is not UNSET:
            field_dict["truncate"] = truncate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        input_type = d.pop("input_type", UNSET)

        truncate = d.pop("truncate", UNSET)

        embed_request_parameters = cls(
            input_type=input_type,
            truncate=truncate,
        )

        embed_request_parameters.additional_properties = d
        return embed_request_parameters
