from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.describe_index_stats_request_filter import DescribeIndexStatsRequestFilter


T = TypeVar("T", bound="DescribeIndexStatsRequest")


@_attrs_define
class DescribeIndexStatsRequest:
    """
    Attributes:
        filter_ (DescribeIndexStatsRequestFilter | Unset):
    """

    filter_: DescribeIndexStatsRequestFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.describe_index_stats_request_filter import DescribeIndexStatsRequestFilter

        d = dict(src_dict)
        _filter_ = d.pop("filter", UNSET)
        filter_: DescribeIndexStatsRequestFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = DescribeIndexStatsRequestFilter.from_dict(_filter_)

        describe_index_stats_request = cls(
            filter_=filter_,
        )

        describe_index_stats_request.additional_properties = d
        return describe_index_stats_request

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
