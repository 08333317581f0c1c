from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import ListModel

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collection_model import CollectionModel


T = TypeVar("T", bound="CollectionList")


@_attrs_define(repr=False, eq=False)
class CollectionList(ListModel["CollectionModel"]):
    """
    Attributes:
        collections (list[CollectionModel] | Unset):
    """

    _ITEMS: ClassVar[str] = "collections"

    collections: list[CollectionModel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.collections, Unset):
            collections = []
            for collections_item_data in self.collections:
                collections_item = collections_item_data.to_dict()
                collections.append(collections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if collections is not UNSET:
            field_dict["collections"] = collections

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.collection_model import CollectionModel

        d = dict(src_dict)
        _collections = d.pop("collections", UNSET)
        collections: list[CollectionModel] | Unset = UNSET
        if _collections is not UNSET:
            collections = []
            for collections_item_data in _collections:
                collections_item = CollectionModel.from_dict(collections_item_data)

                collections.append(collections_item)

        collection_list = cls(
            collections=collections,
        )

        collection_list.additional_properties = d
        return collection_list
