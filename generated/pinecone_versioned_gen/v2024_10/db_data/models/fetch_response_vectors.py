from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import MapModel

if TYPE_CHECKING:
    from ..models.vector import Vector


T = TypeVar("T", bound="FetchResponseVectors")


@_attrs_define(repr=False, eq=False)
class FetchResponseVectors(MapModel["Vector"]):
    additional_properties: dict[str, Vector] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.vector import Vector

        d = dict(src_dict)
        fetch_response_vectors = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = Vector.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        fetch_response_vectors.additional_properties = additional_properties
        return fetch_response_vectors
