from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

if TYPE_CHECKING:
    from ..models.hit import Hit


T = TypeVar("T", bound="SearchRecordsResponseResult")


@_attrs_define(repr=False, eq=False)
class SearchRecordsResponseResult(Model):
    """
    Attributes:
        hits (list[Hit]):
    """

    hits: list[Hit]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hits = []
        for hits_item_data in self.hits:
            hits_item = hits_item_data.to_dict()
            hits.append(hits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hits": hits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.hit import Hit

        d = dict(src_dict)
        hits = []
        _hits = d.pop("hits")
        for hits_item_data in _hits:
            hits_item = Hit.from_dict(hits_item_data)

            hits.append(hits_item)

        search_records_response_result = cls(
            hits=hits,
        )

        search_records_response_result.additional_properties = d
        return search_records_response_result
