from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import ListModel

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.namespace_description import NamespaceDescription
    from ..models.pagination import Pagination


T = TypeVar("T", bound="ListNamespacesResponse")


@_attrs_define(repr=False, eq=False)
class ListNamespacesResponse(ListModel["NamespaceDescription"]):
    """
    Attributes:
        namespaces (list[NamespaceDescription] | Unset):
        pagination (Pagination | Unset):
        total_count (int | Unset):
    """

    _ITEMS: ClassVar[str] = "namespaces"

    namespaces: list[NamespaceDescription] | Unset = UNSET
    pagination: Pagination | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespaces: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.namespaces, Unset):
            namespaces = []
            for namespaces_item_data in self.namespaces:
                namespaces_item = namespaces_item_data.to_dict()
                namespaces.append(namespaces_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if namespaces is not UNSET:
            field_dict["namespaces"] = namespaces
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.namespace_description import NamespaceDescription
        from ..models.pagination import Pagination

        d = dict(src_dict)
        _namespaces = d.pop("namespaces", UNSET)
        namespaces: list[NamespaceDescription] | Unset = UNSET
        if _namespaces is not UNSET:
            namespaces = []
            for namespaces_item_data in _namespaces:
                namespaces_item = NamespaceDescription.from_dict(namespaces_item_data)

                namespaces.append(namespaces_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: Pagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = Pagination.from_dict(_pagination)

        total_count = d.pop("total_count", UNSET)

        list_namespaces_response = cls(
            namespaces=namespaces,
            pagination=pagination,
            total_count=total_count,
        )

        list_namespaces_response.additional_properties = d
        return list_namespaces_response
