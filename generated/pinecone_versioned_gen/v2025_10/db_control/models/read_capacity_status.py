from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReadCapacityStatus")


@_attrs_define(repr=False, eq=False)
class ReadCapacityStatus(Model):
    """
    Attributes:
        state (str):
        current_replicas (int | Unset):
        current_shards (int | Unset):
        error_message (str | Unset):
    """

    state: str
    current_replicas: int | Unset = UNSET
    current_shards: int | Unset = UNSET
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state

        current_replicas = self.current_replicas

        current_shards = self.current_shards

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
            }
        )
        if current_replicas is not UNSET:
            field_dict["current_replicas"] = current_replicas
        if current_shards is not UNSET:
            field_dict["current_shards"] = current_shards
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        state = d.pop("state")

        current_replicas = d.pop("current_replicas", UNSET)

        current_shards = d.pop("current_shards", UNSET)

        error_message = d.pop("error_message", UNSET)

        read_capacity_status = cls(
            state=state,
            current_replicas=current_replicas,
            current_shards=current_shards,
            error_message=error_message,
        )

        read_capacity_status.additional_properties = d
        return read_capacity_status
