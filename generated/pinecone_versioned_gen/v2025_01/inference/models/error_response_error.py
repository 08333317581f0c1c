from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.error_response_error_code import ErrorResponseErrorCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponseError")


@_attrs_define(repr=False, eq=False)
class ErrorResponseError(Model):
    """
    Attributes:
        code (ErrorResponseErrorCode):
        message (str):
        details (Any | Unset):
    """

    code: ErrorResponseErrorCode
    message: str
    details: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        message = self.message

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = ErrorResponseErrorCode(d.pop("code"))

        message = d.pop("message")

        details = d.pop("details", UNSET)

        error_response_error = cls(
            code=code,
            message=message,
            details=details,
        )

        error_response_error.additional_properties = d
        return error_response_error
