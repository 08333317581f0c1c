from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import ListModel

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pagination_response import PaginationResponse
    from ..models.restore_job_model import RestoreJobModel


T = TypeVar("T", bound="RestoreJobList")


@_attrs_define(repr=False, eq=False)
class RestoreJobList(ListModel["RestoreJobModel"]):
    """
    Attributes:
        data (list[RestoreJobModel]):
        pagination (PaginationResponse | Unset):
    """

    _ITEMS: ClassVar[str] = "data"

    data: list[RestoreJobModel]
    pagination: PaginationResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pagination_response import PaginationResponse
        from ..models.restore_job_model import RestoreJobModel

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = RestoreJobModel.from_dict(data_item_data)

            data.append(data_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: PaginationResponse | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = PaginationResponse.from_dict(_pagination)

        restore_job_list = cls(
            data=data,
            pagination=pagination,
        )

        restore_job_list.additional_properties = d
        return restore_job_list
