from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_assistant_response_200_metadata import UpdateAssistantResponse200Metadata


T = TypeVar("T", bound="UpdateAssistantResponse200")


@_attrs_define
class UpdateAssistantResponse200:
    """
    Attributes:
        assistant_name (str | Unset):
        instructions (str | Unset):
        metadata (UpdateAssistantResponse200Metadata | Unset):
    """

    assistant_name: str | Unset = UNSET
    instructions: str | Unset = UNSET
    metadata: UpdateAssistantResponse200Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assistant_name = self.assistant_name

        instructions = self.instructions

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

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
        from ..models.update_assistant_response_200_metadata import UpdateAssistantResponse200Metadata

        d = dict(src_dict)
        assistant_name = d.pop("assistant_name", UNSET)

        instructions = d.pop("instructions", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: UpdateAssistantResponse200Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = UpdateAssistantResponse200Metadata.from_dict(_metadata)

        update_assistant_response_200 = cls(
            assistant_name=assistant_name,
            instructions=instructions,
            metadata=metadata,
        )

        update_assistant_response_200.additional_properties = d
        return update_assistant_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
