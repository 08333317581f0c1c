from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_assistant_body_region import CreateAssistantBodyRegion
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_assistant_body_metadata import CreateAssistantBodyMetadata


T = TypeVar("T", bound="CreateAssistantBody")


@_attrs_define
class CreateAssistantBody:
    """
    Attributes:
        name (str):
        instructions (None | str | Unset):
        metadata (CreateAssistantBodyMetadata | Unset):
        region (CreateAssistantBodyRegion | Unset):
    """

    name: str
    instructions: None | str | Unset = UNSET
    metadata: CreateAssistantBodyMetadata | Unset = UNSET
    region: CreateAssistantBodyRegion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_assistant_body_metadata import CreateAssistantBodyMetadata

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: CreateAssistantBodyMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CreateAssistantBodyMetadata.from_dict(_metadata)

        _region = d.pop("region", UNSET)
        region: CreateAssistantBodyRegion | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = CreateAssistantBodyRegion(_region)

        create_assistant_body = cls(
            name=name,
            instructions=instructions,
            metadata=metadata,
            region=region,
        )

        create_assistant_body.additional_properties = d
        return create_assistant_body

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
