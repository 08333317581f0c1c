from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import ListModel

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.index_model import IndexModel


T = TypeVar("T", bound="IndexList")


@_attrs_define(repr=False, eq=False)
class IndexList(ListModel["IndexModel"]):
    """
    Attributes:
        indexes (list[IndexModel] | Unset):
    """

    _ITEMS: ClassVar[str] = "indexes"

    indexes: list[IndexModel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        indexes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.indexes, Unset):
            indexes = []
            for indexes_item_data in self.indexes:
                indexes_item = indexes_item_data.to_dict()
                indexes.append(indexes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if indexes is not UNSET:
            field_dict["indexes"] = indexes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.index_model import IndexModel

        d = dict(src_dict)
        _indexes = d.pop("indexes", UNSET)
        indexes: list[IndexModel] | Unset = UNSET
        if _indexes is not UNSET:
            indexes = []
            for indexes_item_data in _indexes:
                indexes_item = IndexModel.from_dict(indexes_item_data)

                indexes.append(indexes_item)

        index_list = cls(
            indexes=indexes,
        )

        index_list.additional_properties = d
        return index_list
