from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

T = TypeVar("T", bound="CreateCollectionRequest")


@_attrs_define(repr=False, eq=False)
class CreateCollectionRequest(Model):
    """
    Attributes:
        name (str):
        source (str):
    """

    name: str
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        source = d.pop("source")

        create_collection_request = cls(
            name=name,
            source=source,
        )

        create_collection_request.additional_properties = d
        return create_collection_request
