from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAssistantResponse200")


@_attrs_define(repr=False, eq=False)
class UpdateAssistantResponse200(Model):
    """
    Attributes:
        assistant_name (str | Unset):
        instructions (str | Unset):
        metadata (Any | Unset):
    """

    assistant_name: str | Unset = UNSET
    instructions: str | Unset = UNSET
    metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assistant_name = self.assistant_name

        instructions = self.instructions

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assistant_name is not UNSET:
            field_dict["assistant_name"] = assistant_name
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        assistant_name = d.pop("assistant_name", UNSET)

        instructions = d.pop("instructions", UNSET)

        metadata = d.pop("metadata", UNSET)

        update_assistant_response_200 = cls(
            assistant_name=assistant_name,
            instructions=instructions,
            metadata=metadata,
        )

        update_assistant_response_200.additional_properties = d
        return update_assistant_response_200
