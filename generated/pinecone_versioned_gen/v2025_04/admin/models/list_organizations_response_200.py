from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import ListModel

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization import Organization


T = TypeVar("T", bound="ListOrganizationsResponse200")


@_attrs_define(repr=False, eq=False)
class ListOrganizationsResponse200(ListModel["Organization"]):
    """
    Attributes:
        data (list[Organization] | Unset):
    """

    _ITEMS: ClassVar[str] = "data"

    data: list[Organization] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.organization import Organization

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[Organization] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = Organization.from_dict(data_item_data)

                data.append(data_item)

        list_organizations_response_200 = cls(
            data=data,
        )

        list_organizations_response_200.additional_properties = d
        return list_organizations_response_200
