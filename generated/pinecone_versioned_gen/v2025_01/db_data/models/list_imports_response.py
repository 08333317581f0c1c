from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import ListModel

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_model import ImportModel
    from ..models.pagination import Pagination


T = TypeVar("T", bound="ListImportsResponse")


@_attrs_define(repr=False, eq=False)
class ListImportsResponse(ListModel["ImportModel"]):
    """
    Attributes:
        data (list[ImportModel] | Unset):
        pagination (Pagination | Unset):
    """

    _ITEMS: ClassVar[str] = "data"

    data: list[ImportModel] | Unset = UNSET
    pagination: Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.import_model import ImportModel
        from ..models.pagination import Pagination

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[ImportModel] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = ImportModel.from_dict(data_item_data)

                data.append(data_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: Pagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = Pagination.from_dict(_pagination)

        list_imports_response = cls(
            data=data,
            pagination=pagination,
        )

        list_imports_response.additional_properties = d
        return list_imports_response
