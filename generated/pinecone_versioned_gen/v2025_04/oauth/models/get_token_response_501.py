from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTokenResponse501")


@_attrs_define(repr=False, eq=False)
class GetTokenResponse501(Model):
    """
    Attributes:
        error (str | Unset):
        error_description (str | Unset):
    """

    error: str | Unset = UNSET
    error_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        error_description = self.error_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if error_description is not UNSET:
            field_dict["error_description"] = error_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error = d.pop("error", UNSET)

        error_description = d.pop("error_description", UNSET)

        get_token_response_501 = cls(
            error=error,
            error_description=error_description,
        )

        get_token_response_501.additional_properties = d
        return get_token_response_501
