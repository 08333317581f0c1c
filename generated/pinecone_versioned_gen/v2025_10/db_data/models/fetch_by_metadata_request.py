from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fetch_by_metadata_request_filter import FetchByMetadataRequestFilter


T = TypeVar("T", bound="FetchByMetadataRequest")


@_attrs_define
class FetchByMetadataRequest:
    """
    Attributes:
        namespace (str | Unset):
        filter_ (FetchByMetadataRequestFilter | Unset):
        limit (int | Unset):  Default: 100.
        pagination_token (str | Unset):
    """

    namespace: str | Unset = UNSET
    filter_: FetchByMetadataRequestFilter | Unset = UNSET
    limit: int | Unset = 100
    pagination_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        limit = self.limit

        pagination_token = self.pagination_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if limit is not UNSET:
            field_dict["limit"] = limit
        if pagination_token is not UNSET:
            field_dict["paginationToken"] = pagination_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fetch_by_metadata_request_filter import FetchByMetadataRequestFilter

        d = dict(src_dict)
        namespace = d.pop("namespace", UNSET)

        _filter_ = d.pop("filter", UNSET)
        filter_: FetchByMetadataRequestFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = FetchByMetadataRequestFilter.from_dict(_filter_)

        limit = d.pop("limit", UNSET)

        pagination_token = d.pop("paginationToken", UNSET)

        fetch_by_metadata_request = cls(
            namespace=namespace,
            filter_=filter_,
            limit=limit,
            pagination_token=pagination_token,
        )

        fetch_by_metadata_request.additional_properties = d
        return fetch_by_metadata_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
