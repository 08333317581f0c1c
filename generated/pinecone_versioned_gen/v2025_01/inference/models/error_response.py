from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

if TYPE_CHECKING:
    from ..models.error_response_error import ErrorResponseError


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define(repr=False, eq=False)
class ErrorResponse(Model):
    """
    Attributes:
        status (int):
        error (ErrorResponseError):
    """

    status: int
    error: ErrorResponseError
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_response_error import ErrorResponseError

        d = dict(src_dict)
        status = d.pop("status")

        error = ErrorResponseError.from_dict(d.pop("error"))

        error_response = cls(
            status=status,
            error=error,
        )

        error_response.additional_properties = d
        return error_response
