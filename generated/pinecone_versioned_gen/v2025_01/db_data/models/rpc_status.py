from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.protobuf_any import ProtobufAny


T = TypeVar("T", bound="RpcStatus")


@_attrs_define(repr=False, eq=False)
class RpcStatus(Model):
    """
    Attributes:
        code (int | Unset):
        message (str | Unset):
        details (list[ProtobufAny] | Unset):
    """

    code: int | Unset = UNSET
    message: str | Unset = UNSET
    details: list[ProtobufAny] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.protobuf_any import ProtobufAny

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        _details = d.pop("details", UNSET)
        details: list[ProtobufAny] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = ProtobufAny.from_dict(details_item_data)

                details.append(details_item)

        rpc_status = cls(
            code=code,
            message=message,
            details=details,
        )

        rpc_status.additional_properties = d
        return rpc_status
