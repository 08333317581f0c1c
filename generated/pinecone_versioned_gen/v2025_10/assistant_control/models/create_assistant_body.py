from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.create_assistant_body_region import CreateAssistantBodyRegion
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAssistantBody")


@_attrs_define(repr=False, eq=False)
class CreateAssistantBody(Model):
    """
    Attributes:
        name (str):
        instructions (None | str | Unset):
        metadata (Any | Unset):
        region (CreateAssistantBodyRegion | Unset):
    """

    name: str
    instructions: None | str | Unset = UNSET
    metadata: Any | Unset = UNSET
    region: CreateAssistantBodyRegion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        metadata = self.metadata

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
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        metadata = d.pop("metadata", UNSET)

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
